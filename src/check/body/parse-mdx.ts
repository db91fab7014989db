import { mdxToMdast } from 'satteri';
import { FEATURES, type TreeNode } from './tree.ts';

/**
 * How many `<` inside `{…}` expressions a body may hold before they are blanked out for the parser.
 * The MDX parser backtracks over tags inside an expression in time exponential in their number
 * (18 take a tenth of a second, 24 several seconds, 40 would take days). Charter rejects markup in
 * expressions anyway, so past this bound the parser is spared it.
 */
export const MAX_MARKUP_IN_EXPRESSIONS = 8;

/**
 * Parses an MDX body like the build does, in time linear in its length. A body with more than
 * {@link MAX_MARKUP_IN_EXPRESSIONS} `<` inside expressions (or after a `{` that is never closed) is
 * parsed with those `<` blanked out: its positions and every other node stay as they are, and its
 * expressions are still reported, since none of them is a plain value. Throws the parser's error.
 */
export function parseMdx(body: string): TreeNode {
	const markup = findMarkupInExpressions(body);
	const text = markup.length > MAX_MARKUP_IN_EXPRESSIONS ? blankOut(body, markup) : body;
	return mdxToMdast(text, { features: FEATURES }) as unknown as TreeNode;
}

/**
 * The offsets of every `<` inside a `{…}` expression, by a scan that approximates MDX's own
 * reading: fenced and inline code, escapes (`\{`) and quoted attribute values inside tags are
 * skipped. A `{` that is never closed runs to the end of the body.
 */
export function findMarkupInExpressions(body: string): number[] {
	const markup: number[] = [];
	let depth = 0;
	let inTag = false;
	let fence: string | undefined;
	let offset = 0;
	for (const line of body.split('\n')) {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence !== undefined) {
			if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
		} else if (marker !== undefined && depth === 0 && !inTag) fence = marker;
		else {
			for (let index = 0; index < line.length; index++) {
				const char = line[index];
				if (char === '\\') index++;
				else if (depth > 0) {
					if (char === '{') depth++;
					else if (char === '}') depth--;
					else if (char === '<') markup.push(offset + index);
				} else if (inTag) {
					if (char === '"' || char === "'") {
						const close = line.indexOf(char, index + 1);
						index = close === -1 ? line.length : close;
					} else if (char === '{') depth++;
					else if (char === '>') inTag = false;
				} else if (char === '`') {
					const run = /^`+/.exec(line.slice(index))![0];
					const close = line.indexOf(run, index + run.length);
					index = close === -1 ? index + run.length - 1 : close + run.length - 1;
				} else if (char === '<' && /[A-Za-z]/.test(line[index + 1] ?? '')) inTag = true;
				else if (char === '{') depth++;
			}
		}
		offset += line.length + 1;
	}
	return markup;
}

function blankOut(body: string, offsets: readonly number[]): string {
	const characters = [...body.split('')];
	for (const offset of offsets) characters[offset] = ' ';
	return characters.join('');
}
