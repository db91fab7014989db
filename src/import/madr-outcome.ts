import type { Paragraph } from 'mdast';
import { findSection, getLinks, getPlainText, toSentence, type MarkdownDocument } from './markdown.ts';
import type { AdrPoint } from './types.ts';

/** The "Chosen option: …, because …" sentence of the Decision Outcome section. */
export function readOutcome(
	document: MarkdownDocument,
): { option: string; because?: AdrPoint; becauseText?: string; text: string } | undefined {
	const section = findSection(document, ['Decision Outcome', 'Decision']);
	const paragraph = section?.content.find(
		(node): node is Paragraph =>
			node.type === 'paragraph' && /^chosen (option|alternative)\b/i.test(getPlainText(node)),
	);
	if (!paragraph) return undefined;
	const text = getPlainText(paragraph);
	const match =
		/^chosen (?:option|alternative)\s*:?\s*(?:"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’|([^,]+?))\s*(?:[,;]?\s*because\b[,:]?\s*([\s\S]*))?$/i.exec(
			text,
		);
	if (!match) return undefined;
	const option = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim().replace(/\.$/, '');
	let because = match[6]?.trim();
	// "Chosen option: "X", because" followed by a list of reasons, as in MADR's own records.
	const next = section!.content[section!.content.indexOf(paragraph) + 1];
	if (because === '' && /because[,:]?\s*$/i.test(text) && next?.type === 'list') {
		because = next.children
			.map((item) => getPlainText(item).replace(/[.;,]\s*$/, ''))
			.filter((item) => item !== '')
			.join('; ');
		return because === ''
			? { option, text }
			: { option, text, because: { text: toSentence(because), links: getLinks(document, next) }, becauseText: because };
	}
	return {
		option,
		text,
		...(because
			? { because: { text: toSentence(because), links: getLinks(document, paragraph) }, becauseText: because }
			: {}),
	};
}
