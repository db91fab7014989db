import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { getHeadingIds, type BodyOutline } from './body/index.ts';
import { createProblem, type Problem } from './problems.ts';
import { decode, getLinkTarget, isExternalAddress, stripBase } from '../shared/links.ts';
import { RECORD_SECTIONS } from '../schemas/record-sections.ts';
import { didYouMean } from '../shared/suggest.ts';

/** One record file as the link check sees it. */
export interface LinkedRecord {
	/** Path relative to the project root, with `/` separators. */
	file: string;
	id: string;
	/** The text after the frontmatter, to find heading ids when a link needs them. */
	body: string;
	/** The line of the file where the body starts. */
	bodyLine: number;
	/** The frontmatter as written (valid or not): its lists decide which sections and source anchors the page has. */
	data: unknown;
	/** What the body links to, as the body check collected it. */
	outline: BodyOutline;
	/** Set for a page that is not a record (like `/about/`): its address. Links are checked, but it is no record to link to. */
	pageUrl?: string | undefined;
}

/** Where the records live and how the site is published. */
export interface LinkCheckOptions {
	/** The folder of the records, relative to the project root. */
	practicesDir: string;
	/** The site's base path, so that links written with it are understood. */
	base?: string | undefined;
	/** The project's folder on disk, to find linked images; without it, images are not checked. */
	root?: string | undefined;
	/** Old ids of renamed records, each with the current id: a link to one still leads to the record. */
	aliases?: ReadonlyMap<string, string> | undefined;
}

/**
 * Checks the links of every record's body: a link to a record (by its file, like
 * `./output-vs-outcome.mdx`, or by its page, like `/practices/output-vs-outcome/`) must name an
 * existing record, a `#heading` must be a heading or section of its page, a link to a Markdown file
 * must be to a record, and an image next to the records or in `public/` must exist.
 */
export function checkRecordLinks(linkedFiles: readonly LinkedRecord[], options: LinkCheckOptions): Problem[] {
	const records = linkedFiles.filter((record) => record.pageUrl === undefined);
	const byFile = new Map(records.map((record) => [record.file, record]));
	const byId = new Map(records.map((record) => [record.id, record]));
	const pagesByFile = new Map(
		linkedFiles.filter((file) => file.pageUrl !== undefined).map((page) => [page.file, page]),
	);
	const referenced = getReferencedIds(records);
	const headingsOf = (record: LinkedRecord) =>
		(record.outline.headingIds ??= getHeadingIds(record.body, record.file.endsWith('.mdx')));
	const anchorsOf = new Map<LinkedRecord, { sections: string[]; all: Set<string> }>();
	const getAnchors = (record: LinkedRecord) => {
		let anchors = anchorsOf.get(record);
		if (!anchors) {
			const sections = record.pageUrl === undefined ? getSectionIds(record.data, referenced.has(record.id)) : [];
			const sourceAnchors = getList(record.data, 'sources').map((source) => `source-${getId(source)}`);
			anchors = { sections, all: new Set(['_top', ...sections, ...sourceAnchors, ...headingsOf(record)]) };
			anchorsOf.set(record, anchors);
		}
		return anchors;
	};

	const problems: Problem[] = [];
	for (const record of linkedFiles) {
		for (const link of record.outline.links) {
			const location = { file: record.file, line: link.line, column: link.column };
			const context = {
				file: record.file,
				practicesDir: options.practicesDir,
				base: options.base,
				pageUrl: record.pageUrl,
			};
			if (link.image) {
				const problem = checkImage(link.url, location, context, options);
				if (problem) problems.push(problem);
				continue;
			}
			const target = getLinkTarget(link.url, context);
			if (target.kind === 'markdown-file') {
				problems.push(
					createProblem('link/unknown', location, {
						message: `links to "${link.url}", the file ${target.file}, which is neither a record nor a page of the site`,
						fix: `link to a record's file in ${options.practicesDir}/ or a page's file in ${posix.dirname(options.practicesDir)}/, or to an address in the site`,
					}),
				);
				continue;
			}
			if (target.kind === 'page') {
				const page = pagesByFile.get(target.file);
				if (!page) {
					problems.push(
						createProblem('link/unknown', location, {
							message: `links to "${link.url}", but there is no page ${target.file}`,
							fix: 'link to an existing record or page by its file, or correct the path',
						}),
					);
				} else if (target.hash !== '' && !headingsOf(page).includes(target.hash)) {
					problems.push(
						createProblem('link/anchor', location, {
							message: `links to "${link.url}", but ${target.file} has no heading "${target.hash}"${didYouMean(target.hash, headingsOf(page))}`,
							fix:
								headingsOf(page).length > 0
									? `link to one of its headings: ${headingsOf(page).join(', ')}`
									: 'link to the page without `#…`',
						}),
					);
				}
				continue;
			}
			if (target.kind !== 'record' && target.kind !== 'same-page') continue;
			const linked =
				target.kind === 'same-page'
					? record
					: target.file !== undefined
						? byFile.get(target.file)
						: byId.get(target.id);
			const renamed = target.kind === 'record' && !linked ? options.aliases?.get(target.id) : undefined;
			if (renamed !== undefined && target.kind === 'record') {
				const newFile = byId.get(renamed)?.file;
				problems.push(
					createProblem('link/alias', location, {
						message: `links to "${link.url}", the old id of "${renamed}"`,
						fix: newFile
							? `link to the record's file now, ${posix.relative(posix.dirname(record.file), newFile).replace(/^(?!\.)/, './')}`
							: `link to "${renamed}" instead`,
					}),
				);
				continue;
			}
			if (!linked) {
				// A same-page link always finds its own record; only a link to another one can miss.
				if (target.kind === 'record') problems.push(reportUnknownRecord(link.url, location, target, byFile, byId));
				continue;
			}
			if (target.hash !== '' && !getAnchors(linked).all.has(target.hash)) {
				const headings = headingsOf(linked);
				const { sections, all } = getAnchors(linked);
				const where =
					linked !== record ? `the record "${linked.id}"` : record.pageUrl === undefined ? 'this record' : 'this page';
				const choices = [
					headings.length > 0 ? `its headings: ${headings.join(', ')}` : '',
					sections.length > 0 ? `its sections: ${sections.join(', ')}` : '',
				].filter(Boolean);
				problems.push(
					createProblem('link/anchor', location, {
						message: `links to "${link.url}", but ${where} has no heading or section "${target.hash}"${didYouMean(target.hash, all)}`,
						fix: choices.length > 0 ? `link to one of ${choices.join('; or ')}` : 'link to the page without `#…`',
					}),
				);
			}
		}
	}
	return problems;
}

function reportUnknownRecord(
	url: string,
	location: { file: string; line: number; column: number },
	target: { id: string; file?: string | undefined },
	byFile: ReadonlyMap<string, LinkedRecord>,
	byId: ReadonlyMap<string, LinkedRecord>,
): Problem {
	const message =
		target.file !== undefined
			? `no record file is named ${posix.basename(target.file)}${didYouMean(
					posix.basename(target.file),
					[...byFile.keys()].map((file) => posix.basename(file)),
				)}`
			: `no record has the id "${target.id}"${didYouMean(target.id, byId.keys())}`;
	return createProblem('link/unknown', location, { message: `links to "${url}", but ${message}` });
}

// A body heading that could take a section's id: the section's name, in any case, as an ATX heading.
const SECTION_LIKE_HEADING = new RegExp(
	`^ {0,3}#{1,6}[ \\t]+(?:${RECORD_SECTIONS.map((section) => section.label.toLowerCase()).join('|')})[ \\t#]*$`,
	'im',
);

/**
 * Reports a body heading whose id is also the id of a section Charter adds to the same page (a
 * `## Sources` heading in a record that has sources): the page would hold the id twice, and links
 * and the table of contents would reach only one of them.
 */
export function checkHeadingIds(records: readonly LinkedRecord[]): Problem[] {
	const referenced = getReferencedIds(records);
	const problems: Problem[] = [];
	for (const record of records) {
		if (record.pageUrl !== undefined) continue;
		// Most bodies have no such heading; the cheap test spares parsing them again.
		if (record.outline.headingIds === undefined && !SECTION_LIKE_HEADING.test(record.body)) continue;
		const headingIds = (record.outline.headingIds ??= getHeadingIds(record.body, record.file.endsWith('.mdx')));
		const sections = new Set(getSectionIds(record.data, referenced.has(record.id)));
		for (const id of new Set(headingIds.filter((headingId) => sections.has(headingId)))) {
			problems.push(
				createProblem(
					'body/section-heading',
					{ file: record.file, ...findHeadingLine(record, id) },
					{
						message: `has a heading with the id "${id}", which the "${id}" section Charter adds from the frontmatter already uses`,
					},
				),
			);
		}
	}
	return problems;
}

/** The line of the first heading that reads like a section name with this id, for the report. */
function findHeadingLine(record: LinkedRecord, id: string): { line: number; column: number } {
	const lines = record.body.split('\n');
	const index = lines.findIndex(
		(line) =>
			/^ {0,3}#{1,6}[ \t]/.test(line) &&
			line
				.replace(/^[ #\t]+|[ #\t]+$/g, '')
				.toLowerCase()
				.replace(/\s+/g, '-') === id,
	);
	return { line: record.bodyLine + Math.max(index, 0), column: 1 };
}

/** The sections a record's page shows after its body, in the order of {@link RECORD_SECTIONS}. */
function getSectionIds(data: unknown, referenced: boolean): string[] {
	return RECORD_SECTIONS.filter((section) =>
		section.field === undefined ? referenced : getList(data, section.field).length > 0,
	).map((section) => section.id);
}

/** The ids that records list in `related` or `supersedes`: the records whose page shows "Referenced by". */
function getReferencedIds(records: readonly LinkedRecord[]): Set<string> {
	return new Set(
		records.flatMap((record) => [...getList(record.data, 'related'), ...getList(record.data, 'supersedes')].map(getId)),
	);
}

function getList(data: unknown, key: string): unknown[] {
	const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
	return Array.isArray(value) ? value : [];
}

function getId(item: unknown): string {
	if (typeof item === 'string') return item;
	const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? id : '';
}

function checkImage(
	url: string,
	location: { file: string; line: number; column: number },
	context: { file: string; practicesDir: string; base?: string | undefined },
	options: LinkCheckOptions,
): Problem | undefined {
	if (!options.root || isExternalAddress(url)) return undefined;
	const path = decode(url.trim().replace(/[?#].*$/, ''));
	if (path === '') return undefined;
	const file = path.startsWith('/')
		? posix.join('public', stripBase(path, context.base))
		: posix.join(posix.dirname(context.file), path);
	if (existsSync(posix.join(options.root.split('\\').join('/'), file))) return undefined;
	return createProblem('image/missing', location, {
		message: `shows the image "${url}", but ${file} does not exist`,
		fix: path.startsWith('/')
			? `add the image to public/, or correct the path: an address from the site's root is a file in public/`
			: `add the image there, or correct the path: it is relative to the record's file`,
	});
}
