import { createProblem, type Problem } from '../problems.ts';
import { at, excerpt, visit, type RecordBody, type TreeNode } from './tree.ts';
import { htmlToHast } from 'satteri';
import { checkElementOrigins, reportStyleElement, type OriginCheckOptions } from './origins.ts';

/** Link targets a record may use: web and mail addresses; anything without a scheme is a link inside the site. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const SCHEME = /^\s*([a-z][a-z0-9+.-]*:)/i;

/**
 * HTML elements a record may not hold, with what each would do: run code, load another document or
 * plugin into the page, or change where the page's links go and how it loads.
 */
const ACTIVE_ELEMENTS: ReadonlyMap<string, string> = new Map([
	['script', "would run code in readers' browsers"],
	...['iframe', 'frame', 'frameset', 'portal'].map(
		(tag) => [tag, 'would load another document into the page'] as const,
	),
	...['object', 'embed', 'applet'].map((tag) => [tag, 'would load a plugin into the page'] as const),
	...['base', 'meta', 'link'].map((tag) => [tag, 'would change how the page loads or where its links go'] as const),
]);
/** Attributes whose value is an address the browser follows or loads. */
const URL_ATTRIBUTE = /^(?:href|src|action|formaction|poster|cite|data)$/i;

/**
 * Checks a block or span of raw HTML in Markdown, element by element, reporting at the node's
 * position: active elements and attributes, and what the HTML would load from another origin.
 */
export function checkRawHtml(record: RecordBody, node: TreeNode, options: OriginCheckOptions = {}): Problem[] {
	const problems: Problem[] = [];
	visit(htmlToHast(String(node.value), { fragment: true }) as unknown as TreeNode, (element) => {
		if (element.type !== 'element') return;
		const { tagName, properties } = element as unknown as { tagName: string; properties?: Record<string, unknown> };
		problems.push(...checkElementName(record, node, tagName));
		for (const [name, value] of Object.entries(properties ?? {})) {
			const text = Array.isArray(value) ? value.join(' ') : String(value);
			problems.push(
				...checkAttribute(record, node, tagName, name, text),
				...checkElementOrigins(record, node, tagName, name, text, options),
			);
		}
	});
	return problems;
}

/**
 * Reports an element that would run code, load another document or plugin, change how the page
 * loads, or restyle it (`<style>`).
 */
export function checkElementName(record: RecordBody, node: TreeNode, tagName: string): Problem[] {
	const tag = tagName.toLowerCase();
	if (tag === 'style') return [reportStyleElement(record, node)];
	const effect = ACTIVE_ELEMENTS.get(tag);
	if (!effect) return [];
	const article = /^[aeiou]/.test(tag) ? 'an' : 'a';
	return [
		createProblem('html/active', at(record, node), { message: `holds ${article} <${tag}> element, which ${effect}` }),
	];
}

/** Checks one attribute with a plain string value: no event handlers or inline documents, and safe addresses. */
export function checkAttribute(
	record: RecordBody,
	node: TreeNode,
	tagName: string,
	name: string,
	value: string,
): Problem[] {
	if (/^on/i.test(name)) {
		return [
			createProblem('html/active', at(record, node), {
				message: `gives <${tagName}> the event handler ${name.toLowerCase()}="${excerpt(value)}", which would run JavaScript in readers' browsers`,
			}),
		];
	}
	if (/^srcdoc$/i.test(name)) {
		return [
			createProblem('html/active', at(record, node), { message: `gives <${tagName}> an inline document (srcdoc)` }),
		];
	}
	if (URL_ATTRIBUTE.test(name)) {
		const problem = checkUrl(record, node, value);
		if (problem) return [problem];
	}
	return [];
}

/** Reports a Markdown link, image or link definition whose address has a protocol other than http(s) or mailto. */
export function checkLink(record: RecordBody, node: TreeNode): Problem[] {
	if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
		const problem = checkUrl(record, node, node.url);
		if (problem) return [problem];
	}
	return [];
}

function checkUrl(record: RecordBody, node: TreeNode, url: string): Problem | undefined {
	const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
	if (!scheme || ALLOWED_PROTOCOLS.has(scheme)) return undefined;
	return createProblem('link/protocol', at(record, node), {
		message: `links to "${excerpt(url)}", which is not an http: or https: address`,
	});
}
