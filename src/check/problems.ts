/**
 * The one registry of problem kinds Charter reports. Each kind has a severity and the fix a
 * contributor should make; a problem's own message says what is wrong in that file.
 */
export const PROBLEM_KINDS = {
	'file/frontmatter': { severity: 'error', fix: 'start the file with a frontmatter block between two `---` lines' },
	'file/yaml': { severity: 'error', fix: 'fix the YAML syntax at this line' },
	'file/id': { severity: 'error', fix: 'rename the file to a kebab-case id, like output-vs-outcome.mdx' },
	'file/duplicate-id': { severity: 'error', fix: 'keep one file per id: rename or delete one of them' },
	'file/symlink': {
		severity: 'error',
		fix: 'replace the link with a copy of the file, or point it at a file inside the project',
	},
	'file/ignored': {
		severity: 'error',
		fix: 'move the record to content/practices/ as a .md or .mdx file, or start its name with `_` to keep it out of the site',
	},
	'field/invalid': { severity: 'error', fix: 'correct the value' },
	'field/unknown': { severity: 'error', fix: 'remove the key or correct its spelling' },
	'pillar/unknown': { severity: 'error', fix: 'use a pillar id configured in astro.config.mjs' },
	'reference/unknown': { severity: 'error', fix: 'use the id of an existing record (its file name without extension)' },
	'reference/self': { severity: 'error', fix: 'remove the record’s own id' },
	'supersede/status': {
		severity: 'error',
		fix: 'set `status: superseded` on the older record, or remove it from `supersedes`',
	},
	'supersede/orphan': {
		severity: 'error',
		fix: 'add this id to the `supersedes` list of the record that replaces it, or change the status',
	},
	'supersede/cycle': {
		severity: 'error',
		fix: 'remove one of the `supersedes` entries so that the chain has an oldest record',
	},
	'source/unknown': { severity: 'error', fix: 'add a source with that id to `sources`, or cite an existing one' },
	'source/duplicate': { severity: 'error', fix: 'give each source of the record its own id' },
	'file/mdx': {
		severity: 'error',
		fix: 'fix the MDX syntax at this line; in text, write `\\{` for a literal brace and `&lt;` for a literal <',
	},
	'mdx/import': {
		severity: 'error',
		fix: 'import components only from the modules listed in the `allowedImports` option in astro.config.mjs',
	},
	'mdx/missing-export': {
		severity: 'error',
		fix: 'import a name the module exports, or correct its spelling',
	},
	'mdx/export': { severity: 'error', fix: 'remove the export: a record holds prose and data, not code' },
	'mdx/code': {
		severity: 'error',
		fix: 'remove the statement: only `import` lines of allowed components may stand outside the text',
	},
	'mdx/expression': {
		severity: 'error',
		fix: 'write it as plain text: inside `{…}` only comments `{/* … */}` and plain values such as strings and numbers are allowed',
	},
	'mdx/component': { severity: 'error', fix: 'import the component from an allowed module, or correct its name' },
	'html/active': {
		severity: 'error',
		fix: 'remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings',
	},
	'html/external': {
		severity: 'error',
		fix: 'serve the file from the playbook itself, or add its origin to the `allowedOrigins` option in astro.config.mjs',
	},
	'html/style': {
		severity: 'error',
		fix: "remove it: a record's look comes from the site's theme; a style attribute may hold plain CSS for its own element",
	},
	'body/section-heading': {
		severity: 'error',
		fix: 'rename or remove the heading: Charter renders the justification, alternatives, sources and links from the frontmatter, so the body does not repeat them',
	},
	'link/unknown': {
		severity: 'error',
		fix: "link to an existing record by its file, like `./output-vs-outcome.mdx`, or correct the record's id",
	},
	'link/anchor': {
		severity: 'error',
		fix: 'use the id of one of the headings or sections of the linked page, or link to the page without `#…`',
	},
	'image/missing': { severity: 'error', fix: 'add the image, or correct its path' },
	'link/protocol': { severity: 'error', fix: 'link to an http:// or https:// address, or to a page of the playbook' },
	'content/placeholder': { severity: 'error', fix: 'replace the placeholder with the real text' },
	'decision/changed': {
		severity: 'error',
		fix: 'undo the change, or add a new entry at the end of `amendments` (today’s date and what changed, and why); to replace the decision, write a new record that supersedes this one',
	},
	'decision/status': {
		severity: 'error',
		fix: 'keep the status `accepted`, or move it forward to `deprecated` or `superseded`',
	},
	'decision/amendment-edited': {
		severity: 'error',
		fix: 'restore the earlier amendment as it was: the log only grows, so add a new entry at the end instead',
	},
	'decision/deleted': {
		severity: 'error',
		fix: 'restore the record and deprecate or supersede it instead of deleting it',
	},
	'amendment/future': { severity: 'error', fix: 'date the amendment the day it was made, today at the latest' },
	'alias/collision': {
		severity: 'error',
		fix: 'remove the alias: an old id can lead to one record only, and never to a live record’s own id',
	},
	'reference/alias': {
		severity: 'warning',
		fix: 'replace the old id with the record’s current id',
	},
	'link/alias': { severity: 'warning', fix: 'link to the record by its current file' },
	'reference/stale': {
		severity: 'warning',
		fix: 'point to the record that is in force now, or remove the reference',
	},
	'review/overdue': {
		severity: 'warning',
		fix: 'review the practice with its owners, then set `reviewed:` to the date of the review (or change its status)',
	},
	'source/uncited': {
		severity: 'warning',
		fix: 'cite the source in the `sources` of a claim or an alternative, or remove it',
	},
} as const satisfies Record<string, { severity: Severity; fix: string }>;

/** How serious a problem is: errors fail the check and the build, warnings only with `--strict`. */
export type Severity = 'error' | 'warning';

/** The kind of a problem, a key of {@link PROBLEM_KINDS}. */
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** One thing wrong with the playbook, located in a file. */
export interface Problem {
	kind: ProblemKind;
	severity: Severity;
	/** Path of the file, relative to the project root, with `/` separators. */
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** 1-based column in the file. */
	column: number;
	/** Path of the field in the frontmatter, like `justification[1].sources[0]`; empty for the whole file. */
	field: string;
	/** What is wrong. */
	message: string;
	/** How to fix it. */
	fix: string;
}

/** Where a problem is: a file and a position in it. */
export interface Location {
	file: string;
	line: number;
	column: number;
}

/** What a problem says, beside its kind and location. */
export interface ProblemText {
	/** Path of the field in the frontmatter (see {@link formatFieldPath}); leave it out for the whole file. */
	field?: string;
	/** What is wrong. */
	message: string;
	/** How to fix it, when the case allows a better fix than the kind's own. */
	fix?: string | undefined;
}

/** Creates a problem of a registered kind at `location`. */
export function createProblem(
	kind: ProblemKind,
	location: Location,
	{ field = '', message, fix }: ProblemText,
): Problem {
	const { severity, fix: kindFix } = PROBLEM_KINDS[kind];
	return { kind, severity, ...location, field, message, fix: fix ?? kindFix };
}

/** Formats a field path such as `['justification', 1, 'sources', 0]` as `justification[1].sources[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else text += text === '' ? String(segment) : `.${String(segment)}`;
	}
	return text;
}

/** Sorts problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
	);
}
