import type { List, Paragraph } from 'mdast';
import { getLinks, getPlainText, parseMarkdown, startOf, type MarkdownDocument, type TextEdits } from './markdown.ts';
import type { AdrLink, ImportNote } from './types.ts';

/** The metadata of a decision record: from YAML frontmatter, `* Status: …` bullets or `Date: …` lines. */
export interface AdrMetadata {
	/** The status in plain text, with the links written in it. */
	status?: { text: string; links: AdrLink[] };
	date?: string;
	deciders: string[];
	/** The label that named the deciders, as written. */
	decidersLabel?: string;
	tags: string[];
	/** Metadata with no Charter field: `[label, value]`, kept in the body. */
	other: [string, string][];
	notes: ImportNote[];
	/** Which bullet marker metadata lists used (`*` in MADR 2, `-` in log4brains). */
	bulletMarker?: '*' | '-';
}

type Field = 'status' | 'date' | 'deciders' | 'tags';

const FIELDS: Record<string, Field> = {
	status: 'status',
	date: 'date',
	deciders: 'deciders',
	'decision-makers': 'deciders',
	'decision makers': 'deciders',
	'decided by': 'deciders',
	tags: 'tags',
};

const METADATA_LINE = /^([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*(.*)$/;

/** Creates empty metadata. */
export function createMetadata(): AdrMetadata {
	return { deciders: [], tags: [], other: [], notes: [] };
}

/** Whether a value is still a template's placeholder, like `{list everyone involved}` or `[YYYY-MM-DD …]`. */
export function isTemplatePlaceholder(value: string): boolean {
	return /^\s*[{[][^\]}]*[}\]]\s*$/.test(value) && !/\]\(/.test(value);
}

/** Adds one `label: value` pair to the metadata, as a field when Charter has one, otherwise to `other`. */
export function addMetadata(metadata: AdrMetadata, label: string, value: unknown): void {
	const field = FIELDS[label.trim().toLowerCase()];
	const text = formatValue(value);
	if (text === '') return;
	if (isTemplatePlaceholder(text)) {
		metadata.notes.push({ kind: 'not-mapped', text: `${label}: still the template's placeholder "${text}"; left out` });
		return;
	}
	if (field === 'status') {
		const inline = parseMarkdown(text);
		metadata.status = { text: getPlainText(inline.tree), links: getLinks(inline, inline.tree) };
	} else if (field === 'date') metadata.date = text;
	else if (field === 'deciders') {
		metadata.deciders.push(...splitList(value));
		metadata.decidersLabel ??= label;
	} else if (field === 'tags') metadata.tags.push(...splitList(value, true));
	else metadata.other.push([label, text]);
}

/** Reads the metadata of a YAML frontmatter object (MADR 3 and 4). */
export function readFrontmatterMetadata(data: unknown): AdrMetadata {
	const metadata = createMetadata();
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return metadata;
	for (const [label, value] of Object.entries(data)) addMetadata(metadata, label, value);
	return metadata;
}

/**
 * Reads metadata written in the preamble (between the title and the first section): lists of
 * `* Status: accepted` items (MADR 2, log4brains) and paragraphs of `Date: 2024-01-15` lines
 * (adr-tools). Mapped items are removed through `edits`.
 */
export function readPreambleMetadata(
	document: MarkdownDocument,
	edits: TextEdits,
	metadata: AdrMetadata = createMetadata(),
): AdrMetadata {
	for (const node of document.preamble) {
		if (node.type === 'list') readMetadataList(document, node, edits, metadata);
		else if (node.type === 'paragraph') readMetadataParagraph(document, node, edits, metadata);
	}
	return metadata;
}

function readMetadataList(document: MarkdownDocument, list: List, edits: TextEdits, metadata: AdrMetadata): void {
	const items = list.children.map((item) => ({ item, match: METADATA_LINE.exec(getPlainText(item)) }));
	// Only a list that starts with a known field is metadata; other lists in the preamble are content.
	const first = items[0]?.match;
	if (!first || FIELDS[first[1]!.toLowerCase()] === undefined) return;
	const marker = document.source[startOf(list)];
	if (marker === '*' || marker === '-') metadata.bulletMarker ??= marker;
	let removed = 0;
	for (const { item, match } of items) {
		if (!match) continue;
		const [, label, value] = match;
		// The value's own Markdown (a status linking to a record) is read from the source.
		const paragraph = item.children[0];
		const source = paragraph
			? document.source.slice(startOf(paragraph), paragraph.position?.end.offset).replace(/^[^:]*:\s*/, '')
			: value!;
		addMetadata(metadata, label!, source.replace(/\s*<!--[\s\S]*?-->\s*/g, ' ').trim());
		edits.removeNode(document.source, item);
		removed++;
	}
	if (removed === list.children.length) edits.removeNode(document.source, list);
}

function readMetadataParagraph(
	document: MarkdownDocument,
	paragraph: Paragraph,
	edits: TextEdits,
	metadata: AdrMetadata,
): void {
	const source = document.source.slice(startOf(paragraph), paragraph.position?.end.offset);
	const lines = source.split('\n').map((line) => METADATA_LINE.exec(line.trim()));
	if (!lines.every((match) => match && FIELDS[match[1]!.toLowerCase()] !== undefined)) return;
	for (const match of lines)
		addMetadata(metadata, match![1]!, match![2]!.replace(/\s*<!--[\s\S]*?-->\s*/g, ' ').trim());
	edits.removeNode(document.source, paragraph);
}

function formatValue(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.map(formatValue).filter(Boolean).join(', ');
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value).trim();
}

function splitList(value: unknown, spaces = false): string[] {
	const items = Array.isArray(value)
		? value.map(formatValue)
		: formatValue(value).split(spaces ? /[,;\s]+/ : /\s*(?:[,;&\n]|\band\b)\s*/);
	return items.map((item) => item.trim()).filter((item) => item !== '' && !isTemplatePlaceholder(item));
}
