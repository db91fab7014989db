import type { Definition, Heading, List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { AdrLink, AdrPoint } from './types.ts';

/** A heading and the part of the document it heads. Offsets index the parsed source. */
export interface Section {
	/** The heading's text, without inline HTML comments such as `<!-- optional -->`. */
	title: string;
	depth: number;
	node: Heading;
	/** Where the heading starts. */
	start: number;
	/** Where the section ends: at the next heading of the same or a higher level, or the end of the document. */
	end: number;
	/** The top-level nodes between this heading and the next heading of any level. */
	content: RootContent[];
}

/** A Markdown document parsed into a syntax tree with its sections. */
export interface MarkdownDocument {
	source: string;
	tree: Root;
	/** Every heading, in document order. */
	sections: Section[];
	/** The top-level nodes before the first heading after the title. */
	preamble: RootContent[];
	/** Link reference definitions (`[label]: url`), by normalized label. */
	definitions: Map<string, string>;
}

// Plain CommonMark, as the importer has always read records: GFM would turn tables and bare URLs into
// other nodes. Frontmatter is split off before parsing, so a `---` block that is left (broken YAML) is body.
const FEATURES = { gfm: false, frontmatter: false };

/** Parses Markdown (CommonMark) and indexes its headings as sections. */
export function parseMarkdown(source: string): MarkdownDocument {
	const tree = markdownToMdast(source, { features: FEATURES }) as Root;
	const sections: Section[] = [];
	const nodes = tree.children;
	nodes.forEach((node, index) => {
		if (node.type !== 'heading') return;
		const next = nodes.slice(index + 1).findIndex((other) => other.type === 'heading');
		const content = next === -1 ? nodes.slice(index + 1) : nodes.slice(index + 1, index + 1 + next);
		const endNode = nodes.slice(index + 1).find((other) => other.type === 'heading' && other.depth <= node.depth);
		sections.push({
			title: getPlainText(node),
			depth: node.depth,
			node,
			start: startOf(node),
			end: endNode ? startOf(endNode) : source.length,
			content,
		});
	});
	const firstHeading = nodes.findIndex((node) => node.type === 'heading' && node.depth > 1);
	const preamble = (firstHeading === -1 ? nodes : nodes.slice(0, firstHeading)).filter(
		(node) => !(node.type === 'heading' && node.depth === 1),
	);
	const definitions = new Map<string, string>();
	visit(tree, (node) => {
		if (node.type === 'definition')
			definitions.set(normalizeLabel((node as Definition).identifier), (node as Definition).url);
	});
	return { source, tree, sections, preamble, definitions };
}

const normalizeLabel = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

const BARE_URL = /https?:\/\/[^\s<>()\]\[]+[^\s<>()\]\[.,;:!?'"]/g;

/** The links in a node: inline links, reference links (resolved through their definitions) and bare URLs. */
export function getLinks(document: Pick<MarkdownDocument, 'definitions'>, node: Nodes): AdrLink[] {
	const links: AdrLink[] = [];
	visit(node, (child) => {
		if (child.type === 'link') links.push({ text: getPlainText(child), target: child.url });
		else if (child.type === 'linkReference') {
			const url = document.definitions.get(normalizeLabel(child.identifier));
			if (url !== undefined) links.push({ text: getPlainText(child), target: url });
		} else if (child.type === 'text') {
			for (const match of child.value.matchAll(BARE_URL)) links.push({ text: match[0], target: match[0] });
		}
	});
	return links;
}

/** A node as a point: its plain text, without a leading `prefix`, made a sentence, with its links. */
export function getPoint(document: Pick<MarkdownDocument, 'definitions'>, node: Nodes, prefix?: RegExp): AdrPoint {
	const text = getPlainText(node).replace(prefix ?? /^$/, '');
	return { text: toSentence(text), links: getLinks(document, node) };
}

/** Capitalizes the first letter and ends the text with a full stop unless it ends with punctuation already. */
export function toSentence(text: string): string {
	const trimmed = text.trim().replace(/\s*\(see below\)\s*\.?$/i, '');
	if (trimmed === '') return '';
	const capitalized = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
	return /[.!?…:"”'’]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** The first sentence of a text, at most `max` characters (cut at a word, with an ellipsis). */
export function getFirstSentence(text: string, max = 240): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const sentence = /^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
	if (sentence.length <= max) return sentence;
	return `${sentence.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The start offset of a node in the source. */
export function startOf(node: Nodes): number {
	return node.position?.start.offset ?? 0;
}

/** The end offset of a node in the source. */
export function endOf(node: Nodes): number {
	return node.position?.end.offset ?? 0;
}

/** The source text of a node. */
export function sourceOf(document: Pick<MarkdownDocument, 'source'>, node: Nodes): string {
	return document.source.slice(startOf(node), endOf(node));
}

/** A node's text as a reader sees it: links as their text, no HTML, whitespace collapsed. */
export function getPlainText(node: Nodes): string {
	return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** The nodes of a section that are not headings, including those of its subsections. */
export function getSectionNodes(document: MarkdownDocument, section: Section): RootContent[] {
	return document.tree.children.filter(
		(node) => startOf(node) > section.start && endOf(node) <= section.end && node.type !== 'heading',
	);
}

/** The subsections one level below a section. */
export function getSubsections(document: MarkdownDocument, section: Section): Section[] {
	return document.sections.filter(
		(other) => other.start > section.start && other.start < section.end && other.depth === section.depth + 1,
	);
}

/** The items of the lists directly in a section (not in its subsections). */
export function getListItems(section: Pick<Section, 'content'>): ListItem[] {
	return section.content.filter((node): node is List => node.type === 'list').flatMap((list) => list.children);
}

/** Whether a node holds nothing a reader would see: only HTML comments or whitespace. */
export function isInvisible(node: Nodes, source: string): boolean {
	if (node.type === 'html') return /^\s*(<!--[\s\S]*?-->\s*)*$/.test(node.value);
	return (
		source
			.slice(startOf(node), endOf(node))
			.replace(/<!--[\s\S]*?-->/g, '')
			.trim() === ''
	);
}

/** Removes and replaces ranges of a source text, then applies them all at once. */
export class TextEdits {
	private readonly edits: { start: number; end: number; text: string }[] = [];

	/** Replaces `[start, end)` with `text`. Overlapping edits keep the first one made. */
	replace(start: number, end: number, text: string): void {
		if (this.edits.some((edit) => start < edit.end && end > edit.start)) return;
		this.edits.push({ start, end, text });
	}

	/** Removes `[start, end)`. */
	remove(start: number, end: number): void {
		this.replace(start, end, '');
	}

	/** Removes a node, with the line break that ends it. */
	removeNode(source: string, node: Nodes): void {
		const end = endOf(node);
		this.remove(lineStart(source, startOf(node)), source[end] === '\n' ? end + 1 : end);
	}

	/** Whether `[start, end)` lies inside a removed range. */
	isRemoved(start: number, end: number): boolean {
		return this.edits.some((edit) => edit.text === '' && edit.start <= start && edit.end >= end);
	}

	/** The source with every edit applied. */
	apply(source: string): string {
		let result = '';
		let position = 0;
		for (const edit of [...this.edits].sort((a, b) => a.start - b.start)) {
			result += source.slice(position, edit.start) + edit.text;
			position = edit.end;
		}
		return result + source.slice(position);
	}
}

/** The offset where the line holding `offset` starts, when only spaces precede it on that line. */
function lineStart(source: string, offset: number): number {
	const start = source.lastIndexOf('\n', offset - 1) + 1;
	return source.slice(start, offset).trim() === '' ? start : offset;
}

/** Tidies Markdown after edits: at most one blank line in a row, no blank lines at the start or end. */
export function tidyMarkdown(markdown: string): string {
	return markdown
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^\s*\n/, '')
		.trimEnd();
}

/**
 * Removes the headings of the named sections when, after edits, nothing a reader would see is
 * left under them (subsections included).
 */
export function removeEmptiedSections(markdown: string, titles: ReadonlySet<string>): string {
	if (titles.size === 0) return markdown;
	const document = parseMarkdown(markdown);
	const edits = new TextEdits();
	for (const section of document.sections) {
		if (!titles.has(section.title)) continue;
		const inside = document.tree.children.filter((node) => startOf(node) > section.start && endOf(node) <= section.end);
		const visible = inside.filter((node) => node.type !== 'heading' && !isInvisible(node, markdown));
		const headings = inside.filter((node): node is Heading => node.type === 'heading');
		// A section is empty when every subsection is empty too (they are checked on their own).
		const emptySubsections = headings.every(
			(heading) => titles.has(getPlainText(heading)) && !hasVisibleContent(document, heading),
		);
		if (visible.length === 0 && emptySubsections) {
			edits.remove(section.start, section.end);
		}
	}
	return tidyMarkdown(edits.apply(markdown));
}

function hasVisibleContent(document: MarkdownDocument, heading: Heading): boolean {
	const section = document.sections.find((candidate) => candidate.node === heading);
	if (!section) return false;
	return document.tree.children.some(
		(node) =>
			startOf(node) > section.start &&
			endOf(node) <= section.end &&
			node.type !== 'heading' &&
			!isInvisible(node, document.source),
	);
}

/** Finds the section with one of the given titles (case-insensitive), at any level. */
export function findSection(document: MarkdownDocument, titles: readonly string[]): Section | undefined {
	const wanted = titles.map((title) => title.toLowerCase());
	return document.sections.find((section) => wanted.includes(section.title.toLowerCase().replace(/:$/, '')));
}
