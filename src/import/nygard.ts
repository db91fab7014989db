import type { Paragraph } from 'mdast';
import { parseFrontmatter } from '../check/frontmatter.ts';
import { resolveRecordFile } from './links.ts';
import { readStatusRelations, removeTitle, type ParseContext } from './madr.ts';
import {
	findSection,
	getFirstSentence,
	getLinks,
	getPlainText,
	parseMarkdown,
	removeEmptiedSections,
	TextEdits,
	tidyMarkdown,
} from './markdown.ts';
import { addMetadata, createMetadata, readFrontmatterMetadata, readPreambleMetadata } from './metadata.ts';
import { mapStatus } from './status.ts';
import type { AdrRelation, ParsedAdr } from './types.ts';

/** A line of a Status section that links to another record: "Superceded by [3. Use X](0003-use-x.md)". */
const RELATION_LINE = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:?\s*\[/;

/**
 * Parses a record in Michael Nygard's format as adr-tools writes it: `# 12. Title`, a `Date:` line,
 * and Status, Context, Decision and Consequences sections. The Status section holds the status and
 * links such as "Supercedes [2. …](0002-….md)" and "Superceded by [3. …](0003-….md)" (adr-tools'
 * spelling) or "Amended by …".
 */
export function parseNygard(file: string, source: string, context: ParseContext): ParsedAdr {
	const frontmatter = parseFrontmatter(source);
	const metadata =
		frontmatter && frontmatter.syntaxErrors.length === 0 ? readFrontmatterMetadata(frontmatter.data) : createMetadata();
	const document = parseMarkdown(frontmatter ? frontmatter.body : source);
	const edits = new TextEdits();
	readPreambleMetadata(document, edits, metadata);
	const title = removeTitle(document, edits);

	const relations: AdrRelation[] = [];
	let statusInBody = false;
	const statusSection = findSection(document, ['Status']);
	if (statusSection) {
		const paragraphs = statusSection.content.filter((node): node is Paragraph => node.type === 'paragraph');
		for (const paragraph of paragraphs) {
			const text = getPlainText(paragraph);
			const links = getLinks(document, paragraph);
			const markdown = document.source.slice(paragraph.position?.start.offset, paragraph.position?.end.offset);
			const words = RELATION_LINE.exec(markdown)?.[1];
			if (words && links.length === 1) {
				const relation = { relation: words.toLowerCase().trim(), link: links[0]! };
				relations.push(relation);
				// A supersede link is mapped to `supersedes` and the status; other links stay in the body too.
				if (/^super[sc]ede/.test(relation.relation) && resolveRecordFile(relation.link, context.files) !== undefined) {
					edits.removeNode(document.source, paragraph);
				}
				if (/^super[sc]eded by$/.test(relation.relation) && metadata.status === undefined)
					addMetadata(metadata, 'status', markdown);
			} else if (metadata.status === undefined && text !== '') {
				addMetadata(metadata, 'status', text);
				if (mapStatus(text) !== undefined) edits.removeNode(document.source, paragraph);
				else statusInBody = true;
			}
		}
	}
	// adr-tools replaces "Accepted" with the "Superceded by" line: that link decides the status.
	if (
		relations.some(({ relation }) => /^super[sc]eded by$/.test(relation)) &&
		mapStatus(metadata.status?.text ?? '') !== 'superseded'
	) {
		if (metadata.status && mapStatus(metadata.status.text) !== undefined)
			metadata.status = { text: `${metadata.status.text}, then superseded`, links: [] };
	}

	const decision = findSection(document, ['Decision']);
	const decisionParagraph = decision?.content.find((node) => node.type === 'paragraph');
	const contextSection = findSection(document, ['Context']);
	const contextParagraph = contextSection?.content.find((node) => node.type === 'paragraph');
	const body = removeEmptiedSections(
		tidyMarkdown(edits.apply(document.source)),
		new Set(statusSection ? [statusSection.title] : []),
	);
	return {
		file,
		format: 'Nygard',
		...(title !== undefined ? { title } : {}),
		...(metadata.status ? { status: metadata.status.text } : {}),
		statusInBody,
		...(metadata.date !== undefined ? { date: metadata.date } : {}),
		deciders: metadata.deciders,
		...(metadata.decidersLabel !== undefined ? { decidersLabel: metadata.decidersLabel } : {}),
		tags: metadata.tags,
		drivers: [],
		chosenGood: [],
		alternatives: [],
		relations: [
			...readStatusRelations(metadata).filter(
				(relation) => !relations.some((other) => other.link.target === relation.link.target),
			),
			...relations,
		],
		...(decisionParagraph ? { decision: getFirstSentence(getPlainText(decisionParagraph)) } : {}),
		...(contextParagraph ? { context: getFirstSentence(getPlainText(contextParagraph)) } : {}),
		otherMetadata: metadata.other,
		body,
		keptSections: parseMarkdown(body).sections.map((section) => section.title),
		notes: metadata.notes,
	};
}
