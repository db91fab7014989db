/** A record's body, with where it starts in its file. */
export interface RecordBody {
	/** Path of the file relative to the project root. */
	file: string;
	/** The text after the frontmatter. */
	body: string;
	/** The line of the file where the body starts. */
	bodyLine: number;
}

/** The parts of an mdast node the checks read; satteri's own types are a union too strict to walk generically. */
export interface TreeNode {
	type: string;
	position?: { start: { line: number; column: number } } | undefined;
	children?: TreeNode[];
	value?: unknown;
	name?: unknown;
	url?: unknown;
	attributes?: TreeNode[];
}

/** The parser options for record bodies: the ones the build uses (Starlight's asides are directives). */
export const FEATURES = { frontmatter: false, gfm: true, directive: true };

/** Calls `callback` on `node` and every node under it, parents before children. */
export function visit(node: TreeNode, callback: (node: TreeNode) => void): void {
	callback(node);
	const children = (node as { children?: TreeNode[] }).children;
	if (children) for (const child of children) visit(child, callback);
}

/** Where a node of the body is in the record's file. */
export function at(record: RecordBody, node: TreeNode) {
	const start = node.position?.start ?? { line: 1, column: 1 };
	return { file: record.file, line: record.bodyLine + start.line - 1, column: start.column };
}

/** The first line of `text`, cut at `length` characters, with `…` when anything was left out. */
export function excerpt(text: string, length = 60): string {
	// Only the start of the text is read, so excerpts of many problems in one long line stay cheap.
	const start = text.slice(0, length + 256);
	const newline = start.indexOf('\n');
	const line = (newline === -1 ? start : start.slice(0, newline)).trim();
	const more = newline !== -1 || text.length > start.length;
	return line.length > length || more ? `${line.slice(0, length).trimEnd()}…` : line;
}
