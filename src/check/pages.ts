import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { listFiles } from './files.ts';
import { getValueAt, type ParsedFrontmatter } from './frontmatter.ts';
import { PAGES_DIR } from '../shared/paths.ts';
import { lowerFirst } from '../shared/text.ts';
import { createProblem, formatFieldPath, type Problem } from './problems.ts';
import { getPageUrl } from '../shared/links.ts';
import { didYouMean, suggestClosest } from '../shared/suggest.ts';
import { checkRawHtml } from './body/html.ts';
import { checkElementOrigins, reportStyleElement, type OriginCheckOptions } from './body/origins.ts';

/** One page file as read from disk, with its address in the site. */
export interface PageFile {
	/** Path relative to the project root, with `/` separators. */
	file: string;
	source: string;
	/** The page's address from the site's root, like `/about/`. */
	url: string;
}

/**
 * Reads the site's pages that are not records: the Markdown files under `content/` outside
 * `content/practices/`, as the `docs` collection loads them (names starting with `_` or `.` are left out).
 */
export function readPageFiles(root: string, practicesDir: string): PageFile[] {
	return listFiles(root, PAGES_DIR, /\.mdx?$/)
		.map((path) => `${PAGES_DIR}/${path}`)
		.filter((file) => isPageFile(file, practicesDir))
		.sort()
		.map((file) => readPageFile(root, file));
}

/**
 * Whether a path relative to the project root, with `/` separators, names a page that is not a
 * record (see {@link readPageFiles}).
 */
export function isPageFile(file: string, practicesDir: string): boolean {
	return (
		file.startsWith(`${PAGES_DIR}/`) &&
		/\.mdx?$/.test(file) &&
		!file.startsWith(`${practicesDir}/`) &&
		!file
			.slice(PAGES_DIR.length + 1)
			.split('/')
			.some((part) => /^[_.]/.test(part))
	);
}

/** Reads one page {@link isPageFile} accepts. */
export function readPageFile(root: string, file: string): PageFile {
	return { file, source: readFileSync(join(root, file), 'utf8'), url: getPageUrl(file.slice(PAGES_DIR.length + 1)) };
}

let pageSchema: z.ZodType | undefined;

/** Starlight's own frontmatter schema for pages, built once; images are checked by Astro when it builds. */
function getPageSchema(): z.ZodType {
	return (pageSchema ??= docsSchema()({ image: () => z.string() } as never) as z.ZodType);
}

/**
 * Checks a page's frontmatter against Starlight's schema, the one the build applies, so that a
 * mistake is reported with its line instead of stopping the build with Astro's stack trace.
 */
export function checkPageData(file: string, frontmatter: ParsedFrontmatter): Problem[] {
	const result = getPageSchema().safeParse(frontmatter.data);
	if (result.success) return [];
	const keys = frontmatter.data && typeof frontmatter.data === 'object' ? Object.keys(frontmatter.data) : [];
	return result.error.issues.map((issue) => {
		const field = formatFieldPath(issue.path);
		const value = getValueAt(frontmatter.data, issue.path);
		if (value === undefined && issue.path.length === 1) {
			// A key the page has that looks like the missing one is the likely cause (`titel:`).
			const typo = suggestClosest(String(issue.path[0]), keys);
			return createProblem(
				'field/invalid',
				{ file, ...frontmatter.locate(typo === undefined ? [] : [typo], { key: true }) },
				{
					field,
					message: `is required${typo === undefined ? '' : ` (is "${typo}" a misspelling of it?)`}`,
					fix: `add \`${field}:\` to the frontmatter${field === 'title' ? ', like title: About this playbook' : ''}`,
				},
			);
		}
		if (issue.code === 'invalid_type') {
			return createProblem(
				'field/invalid',
				{ file, ...frontmatter.locate(issue.path) },
				{
					field,
					message: `is ${JSON.stringify(value)}, which is not a ${issue.expected}`,
					fix: `write a ${issue.expected} there; Starlight's frontmatter reference lists what each field takes`,
				},
			);
		}
		const options = 'values' in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined;
		return createProblem(
			'field/invalid',
			{ file, ...frontmatter.locate(issue.path) },
			{
				field,
				message: options
					? `is "${String(value)}", which is not allowed${didYouMean(String(value), options)}`
					: lowerFirst(issue.message),
				fix: options
					? `use one of ${options.join(', ')}`
					: "correct the value; Starlight's frontmatter reference lists what each field takes",
			},
		);
	});
}

/** Head elements a page may not add: they would run code or restyle the whole site. */
const ACTIVE_HEAD_TAGS = new Set(['script', 'style']);

/**
 * Checks what a page's frontmatter adds to the page outside its body: `head` entries (scripts,
 * styles, anything loaded from another origin) and the HTML of `banner.content` and `hero.image.html`,
 * which Starlight renders as it is.
 */
export function checkPageMarkup(file: string, frontmatter: ParsedFrontmatter, options: OriginCheckOptions): Problem[] {
	const data = frontmatter.data as { head?: unknown } | undefined;
	const problems: Problem[] = [];
	const record = { file, body: '', bodyLine: 1 };
	const nodeAt = (path: PropertyKey[]) => {
		const { line, column } = frontmatter.locate(path);
		return { type: 'frontmatter', position: { start: { line, column } } };
	};
	if (Array.isArray(data?.head)) {
		data.head.forEach((entry: unknown, index) => {
			if (!entry || typeof entry !== 'object') return;
			const { tag, attrs } = entry as { tag?: unknown; attrs?: unknown };
			const node = nodeAt(['head', index]);
			if (typeof tag !== 'string') return;
			if (tag === 'style') problems.push(reportStyleElement(record, node));
			else if (ACTIVE_HEAD_TAGS.has(tag)) {
				problems.push(
					createProblem(
						'html/active',
						{ file, ...node.position.start },
						{
							field: formatFieldPath(['head', index]),
							message: `adds a <${tag}> element to the page's head, which would run code in readers' browsers`,
						},
					),
				);
			}
			for (const [name, value] of Object.entries(attrs && typeof attrs === 'object' ? attrs : {})) {
				problems.push(...checkElementOrigins(record, node, tag, name, String(value), options));
			}
		});
	}
	for (const path of [
		['banner', 'content'],
		['hero', 'image', 'html'],
	]) {
		const html = getValueAt(frontmatter.data, path);
		if (typeof html === 'string') problems.push(...checkRawHtml(record, { ...nodeAt(path), value: html }, options));
	}
	return problems;
}
