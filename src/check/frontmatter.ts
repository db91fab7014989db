import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { lowerFirst } from '../shared/text.ts';

/** A file's YAML frontmatter, parsed with enough position data to point at any field. */
export interface ParsedFrontmatter {
	/** The parsed frontmatter value, `undefined` when the YAML is broken. */
	data: unknown;
	/** YAML syntax errors, each with its position in the file. */
	syntaxErrors: { message: string; line: number; column: number }[];
	/** Finds the line and column (1-based, in the file) of a field, or of its closest existing parent. */
	locate(path: readonly PropertyKey[], options?: { key?: boolean }): { line: number; column: number };
	/** The text after the closing `---`. */
	body: string;
	/** The line of the file where the body starts. */
	bodyLine: number;
}

// As in Astro, the opening fence may follow a byte-order mark and blank lines.
const OPENING = /^\uFEFF?((?:[ \t]*\r?\n)*)---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Why a file has no frontmatter block: it is empty, its `---` block is never closed, or it has none. */
export type MissingFrontmatter = 'empty' | 'unclosed' | 'absent';

/**
 * Splits a Markdown or MDX file into its frontmatter and body and parses the frontmatter.
 * Returns `undefined` when the file does not start with a closed `---` frontmatter block;
 * {@link findMissingFrontmatter} then says why.
 */
export function parseFrontmatter(source: string): ParsedFrontmatter | undefined {
	const opening = OPENING.exec(source);
	if (!opening) return undefined;
	const rest = source.slice(opening[0].length);
	const closing = CLOSING.exec(rest);
	if (!closing) return undefined;
	const yamlText = rest.slice(0, closing.index);
	const afterClosing = closing.index + closing[0].length;
	const body = rest.slice(afterClosing).replace(/^\r?\n/, '');
	// The YAML starts on the line after the opening fence; the body after the closing fence line.
	const yamlFirstLine = countLines(opening[1]!) + 2;
	const bodyLine = yamlFirstLine + countLines(yamlText) + 1;

	// js-yaml parses several times faster than a full document with positions, and most records are
	// valid: positions are only computed, once, when a problem needs one. Its core schema keeps dates
	// as text, as YAML 1.2 does, so an impossible date like 2025-02-30 is not silently moved to March.
	let located: { document: Document; toFile: (offset: number) => { line: number; column: number } } | undefined;
	const locateDocument = () => {
		if (located) return located;
		const lineCounter = new LineCounter();
		const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
		const toFile = (offset: number) => {
			const { line, col } = lineCounter.linePos(offset);
			return { line: line + yamlFirstLine - 1, column: col };
		};
		located = { document, toFile };
		return located;
	};

	let data: unknown;
	let syntaxErrors: ParsedFrontmatter['syntaxErrors'] = [];
	try {
		data = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
		// An alias inside the value it names (`key: &a [*a]`) makes a value that contains itself, which
		// no check could walk to its end.
		if (isCyclic(data)) {
			syntaxErrors = [
				{ message: 'has an alias (*name) inside the value it names, which never ends', line: yamlFirstLine, column: 1 },
			];
		}
	} catch (error) {
		const { document, toFile } = locateDocument();
		syntaxErrors = document.errors.map((yamlError) => ({
			message: describeYamlError(yamlError.code, yamlError.message),
			...toFile(yamlError.pos[0]),
		}));
		// The two parsers rarely disagree; when only js-yaml (the one Astro uses) objects, report its error.
		if (syntaxErrors.length === 0 && error instanceof YAMLException) {
			// Some of its errors carry no position (a byte-order mark after `...`): point at the first line.
			const mark = (error.mark as YAMLException['mark'] | undefined) ?? { line: 0, column: 0 };
			syntaxErrors = [{ message: error.reason, line: mark.line + yamlFirstLine, column: mark.column + 1 }];
		}
		// Anything else thrown (not a YAMLException) is still a YAML problem, never a crash.
		if (syntaxErrors.length === 0) {
			syntaxErrors = [{ message: lowerFirst(String(error)), line: yamlFirstLine, column: 1 }];
		}
	}

	return {
		data: syntaxErrors.length > 0 ? undefined : data,
		syntaxErrors,
		body,
		bodyLine,
		locate: (path, options) => {
			const { document, toFile } = locateDocument();
			return toFile(findOffset(document, path, options?.key ?? false));
		},
	};
}

/** Why {@link parseFrontmatter} found no frontmatter block in `source`. */
export function findMissingFrontmatter(source: string): MissingFrontmatter {
	if (source.replace(/^\uFEFF/, '').trim() === '') return 'empty';
	return OPENING.test(source) ? 'unclosed' : 'absent';
}

function countLines(text: string): number {
	let count = 0;
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
	return count;
}

function describeYamlError(code: string, message: string): string {
	if (code === 'DUPLICATE_KEY') return 'repeats a key that is already set above';
	// yaml's messages end with a position suffix we already report.
	const text = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').replace(/\.$/, '');
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The offset of the node at `path`, of its key with `key`, or of its closest existing ancestor. */
function findOffset(document: Document, path: readonly PropertyKey[], key: boolean): number {
	let node: unknown = document.contents;
	let offset = rangeStart(node) ?? 0;
	for (const [index, segment] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === segment);
			if (!pair) return offset;
			offset =
				(key && last ? rangeStart(pair.key) : undefined) ?? rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
			node = pair.value;
			continue;
		}
		if (
			node &&
			typeof node === 'object' &&
			'items' in node &&
			Array.isArray(node.items) &&
			typeof segment === 'number'
		) {
			const item: unknown = node.items[segment];
			if (item === undefined) return offset;
			offset = rangeStart(item) ?? offset;
			node = item;
			continue;
		}
		return offset;
	}
	return offset;
}

function rangeStart(node: unknown): number | undefined {
	if (isNode(node) && node.range) return node.range[0];
	return undefined;
}

/** The value at a field path such as `['sources', 0, 'url']` in parsed frontmatter, or `undefined` when there is none. */
export function getValueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

function isCyclic(value: unknown, ancestors = new Set<object>()): boolean {
	if (value === null || typeof value !== 'object') return false;
	if (ancestors.has(value)) return true;
	ancestors.add(value);
	const cyclic = Object.values(value).some((child) => isCyclic(child, ancestors));
	ancestors.delete(value);
	return cyclic;
}
