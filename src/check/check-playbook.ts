import type { CharterOptions } from '../schemas/config.ts';
import {
	checkMarkdownBody,
	checkMdxBody,
	DEFAULT_ALLOWED_IMPORTS,
	checkFrontmatterPlaceholders,
	type BodyOutline,
} from './body/index.ts';
import { findMissingFrontmatter, parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { checkHeadingIds, checkRecordLinks, type LinkedRecord } from './links.ts';
import {
	findEscapingSymlinks,
	findIgnoredRecordFiles,
	getRecordId,
	readRecordFiles,
	reportEscapingSymlink,
	reportIgnoredFile,
	type RecordFile,
} from './files.ts';
import { createModuleExportReader } from './module-exports.ts';
import { checkReferences } from './references.ts';
import { readPageFiles, checkPageData, checkPageMarkup, type PageFile } from './pages.ts';
import { createProblem, type Problem } from './problems.ts';
import { KEBAB_CASE, toKebabCase } from '../shared/ids.ts';
import { PRACTICES_DIR } from '../shared/paths.ts';
import { checkRecordWarnings } from './warnings.ts';
import { getValidFields, checkRecordData, type CheckedRecord, type ValidRecord } from './record-rules.ts';
import { getAliases } from './aliases.ts';
import { checkAmendmentDates } from './decision-guard.ts';
import { formatIsoDate } from '../shared/dates.ts';

/** What checking a playbook found. */
export interface CheckResult {
	/** Records whose frontmatter is valid, sorted by id. */
	records: ValidRecord[];
	/** Every problem found, in no particular order. */
	problems: Problem[];
	/** How many record files were read. */
	fileCount: number;
}

/** What the check needs from the configuration, and the date it checks against. */
export interface CheckOptions {
	/** Ids of the configured pillars. */
	pillars: readonly string[];
	/** Modules a record's MDX may import from; defaults to {@link DEFAULT_ALLOWED_IMPORTS}. */
	allowedImports?: readonly string[];
	/** Origins besides the site's own that pages may load images, media and styles from; none by default. */
	allowedOrigins?: readonly string[] | undefined;
	/** Months after `reviewed` (or `decided`) when a record falls due; without it, no review warnings. */
	reviewIntervalMonths?: number;
	/** The day to check review dates against; defaults to now. Tests pass a fixed date. */
	today?: Date;
	/** The site's base path, so that links written with it are understood; defaults to `/`. */
	base?: string | undefined;
	/** The project's folder, to check that linked images exist; without it, they are not checked. */
	root?: string | undefined;
}

/** The check options that follow from the plugin options, the site's base path and the day to check against. */
export function getCheckOptions(
	options: Pick<CharterOptions, 'pillars' | 'allowedImports' | 'allowedOrigins' | 'reviewIntervalMonths'>,
	site: { base?: string | undefined; today?: Date | undefined } = {},
): CheckOptions {
	return {
		pillars: options.pillars.map((pillar) => pillar.id),
		allowedImports: options.allowedImports,
		allowedOrigins: options.allowedOrigins,
		reviewIntervalMonths: options.reviewIntervalMonths,
		base: site.base,
		...(site.today ? { today: site.today } : {}),
	};
}

/** What checking one file found on its own, before the rules across files. */
export interface FileFindings {
	/** Path relative to the project root, with `/` separators. */
	file: string;
	problems: Problem[];
	/** The file as the link check sees it; missing when the file has no frontmatter. */
	linked?: LinkedRecord;
	/** The record, when its frontmatter is valid. */
	record?: ValidRecord;
	/** The valid fields of a record whose frontmatter has problems, for the rules across records. */
	partial?: CheckedRecord;
}

/** The checks of one file on its own, made by {@link createFileChecks}. */
export interface FileChecks {
	/**
	 * Checks a record file: its id, frontmatter syntax, the record schema, placeholders left by the
	 * scaffolder, and the body (MDX syntax, allowed imports, no code, safe links).
	 */
	checkRecordFile: (file: RecordFile) => FileFindings;
	/** Checks a page that is not a record: Starlight's frontmatter, its markup and its body. */
	checkPageFile: (page: PageFile) => FileFindings;
}

/**
 * The checks of one file on its own. What they find depends on the file alone (and on the packages
 * its MDX imports from, read once), so it can be kept until the file changes (see `incremental.ts`).
 */
export function createFileChecks(options: CheckOptions): FileChecks {
	const getModuleExports = options.root ? createModuleExportReader(options.root) : undefined;
	const context = { ...options, getModuleExports };
	return {
		checkRecordFile: (file) => checkRecordFile(file, context),
		checkPageFile: (page) => checkPageFile(page, context),
	};
}

type FileCheckContext = CheckOptions & { getModuleExports: ReturnType<typeof createModuleExportReader> | undefined };

function checkRecordFile({ file, source }: RecordFile, options: FileCheckContext): FileFindings {
	const id = getRecordId(file);
	const problems: Problem[] = [];
	if (!KEBAB_CASE.test(id)) {
		const suggestion = toKebabCase(id);
		const extension = file.slice(file.lastIndexOf('.'));
		problems.push(
			createProblem(
				'file/id',
				{ file, line: 1, column: 1 },
				{
					message: `"${id}" is not a valid record id`,
					fix: suggestion === '' ? undefined : `rename the file to ${suggestion}${extension}: ids are kebab-case`,
				},
			),
		);
	}
	const frontmatter = parseFrontmatter(source);
	if (!frontmatter) return { file, problems: [...problems, reportMissingFrontmatter(file, source)] };
	// The body is checked even when the frontmatter is broken, so one run shows both.
	const { problems: bodyProblems, outline } = checkBody(file, frontmatter, options);
	problems.push(...bodyProblems);
	const linked: LinkedRecord = { file, id, ...getLinkedBody(frontmatter), outline };
	if (frontmatter.syntaxErrors.length > 0) {
		return { file, problems: [...problems, ...reportYamlErrors(file, frontmatter.syntaxErrors)], linked };
	}
	problems.push(...checkFrontmatterPlaceholders(file, frontmatter));
	const { data, problems: fieldProblems } = checkRecordData(file, frontmatter);
	problems.push(...fieldProblems);
	if (data) return { file, problems, linked, record: { id, file, data, locate: frontmatter.locate } };
	return {
		file,
		problems,
		linked,
		partial: { id, file, data: getValidFields(frontmatter.data), locate: frontmatter.locate },
	};
}

function checkPageFile({ file, source, url }: PageFile, options: FileCheckContext): FileFindings {
	const frontmatter = parseFrontmatter(source);
	if (!frontmatter) return { file, problems: [reportMissingFrontmatter(file, source)] };
	const { problems, outline } = checkBody(file, frontmatter, options);
	if (frontmatter.syntaxErrors.length > 0) problems.push(...reportYamlErrors(file, frontmatter.syntaxErrors));
	else problems.push(...checkPageData(file, frontmatter), ...checkPageMarkup(file, frontmatter, options));
	return { file, problems, linked: { file, id: file, ...getLinkedBody(frontmatter), outline, pageUrl: url } };
}

function checkBody(file: string, frontmatter: ParsedFrontmatter, options: FileCheckContext) {
	const { allowedOrigins, getModuleExports } = options;
	const allowedImports = options.allowedImports ?? DEFAULT_ALLOWED_IMPORTS;
	const body = { file, body: frontmatter.body, bodyLine: frontmatter.bodyLine };
	const outline: BodyOutline = { links: [] };
	const problems = file.endsWith('.mdx')
		? checkMdxBody(body, { allowedImports, allowedOrigins, getModuleExports }, outline)
		: checkMarkdownBody(body, outline, { allowedOrigins });
	return { problems, outline };
}

/**
 * The rules across files, over what the checks of each file ({@link createFileChecks}) found: ids
 * shared by two files, aliases, references between records, links and their anchors, amendment
 * dates and, as warnings, records past their review date and uncited sources. Returns the records
 * whose frontmatter is valid, sorted by id, and every problem, those of the files included.
 */
export function checkAcrossFiles(
	recordFindings: readonly FileFindings[],
	pageFindings: readonly FileFindings[],
	options: CheckOptions,
): Omit<CheckResult, 'fileCount'> {
	const problems: Problem[] = [];
	const records: ValidRecord[] = [];
	const partialRecords: CheckedRecord[] = [];
	const linked: LinkedRecord[] = [];
	const filesById = new Map<string, string[]>();
	for (const findings of [...recordFindings, ...pageFindings]) {
		problems.push(...findings.problems);
		if (findings.linked) linked.push(findings.linked);
		if (findings.record) records.push(findings.record);
		if (findings.partial) partialRecords.push(findings.partial);
	}
	for (const { file } of recordFindings) {
		const id = getRecordId(file);
		filesById.set(id, [...(filesById.get(id) ?? []), file]);
	}
	for (const [id, sameId] of filesById) {
		if (sameId.length < 2) continue;
		for (const file of sameId) {
			const others = sameId.filter((other) => other !== file).join(', ');
			problems.push(
				createProblem(
					'file/duplicate-id',
					{ file, line: 1, column: 1 },
					{ message: `has the id "${id}", as does ${others}` },
				),
			);
		}
	}

	const { aliases, problems: aliasProblems } = getAliases([...records, ...partialRecords], new Set(filesById.keys()));
	problems.push(...aliasProblems);
	problems.push(
		...checkReferences([...records, ...partialRecords], {
			pillars: options.pillars,
			knownIds: new Set([...filesById.keys(), ...aliases.keys()]),
			aliases,
		}),
	);
	problems.push(
		...checkRecordLinks(linked, { practicesDir: PRACTICES_DIR, base: options.base, root: options.root, aliases }),
		...checkHeadingIds(linked),
	);
	problems.push(...checkAmendmentDates(records, formatIsoDate(options.today ?? new Date())));
	problems.push(
		...checkRecordWarnings(records, {
			reviewIntervalMonths: options.reviewIntervalMonths,
			today: options.today ?? new Date(),
		}),
	);
	records.sort((a, b) => a.id.localeCompare(b.id));
	return { records, problems };
}

/**
 * Checks record files: each file on its own ({@link createFileChecks}), then the rules across
 * records ({@link checkAcrossFiles}). Every problem is collected; nothing stops at the first one.
 */
export function checkRecords(
	files: readonly RecordFile[],
	options: CheckOptions,
	pages: readonly PageFile[] = [],
): CheckResult {
	const checks = createFileChecks(options);
	const result = checkAcrossFiles(files.map(checks.checkRecordFile), pages.map(checks.checkPageFile), options);
	return { ...result, fileCount: files.length };
}

function getLinkedBody(frontmatter: ParsedFrontmatter) {
	return { body: frontmatter.body, bodyLine: frontmatter.bodyLine, data: frontmatter.data };
}

function reportYamlErrors(file: string, errors: ParsedFrontmatter['syntaxErrors']): Problem[] {
	return errors.map((error) =>
		createProblem(
			'file/yaml',
			{ file, line: error.line, column: error.column },
			{ message: `is not valid YAML: ${error.message}` },
		),
	);
}

function reportMissingFrontmatter(file: string, source: string): Problem {
	const location = { file, line: 1, column: 1 };
	switch (findMissingFrontmatter(source)) {
		case 'empty':
			return createProblem('file/frontmatter', location, {
				message: 'is empty',
				fix: 'write the record, or let `npm run new` write its frontmatter for you; delete the file if it is not meant to be a record',
			});
		case 'unclosed':
			return createProblem('file/frontmatter', location, {
				message: 'opens its frontmatter with `---` but never closes it',
				fix: 'add a line holding only `---` after the last frontmatter field',
			});
		case 'absent':
			return createProblem('file/frontmatter', location, { message: 'has no frontmatter' });
	}
}

/**
 * Reads and checks the playbook at `root`, including Markdown files under `content/practices/`
 * that would not be read as records and symbolic links that would publish a file from outside the
 * project (see {@link checkPlaybookFolders}). `astro dev` keeps what each file's check found and
 * reads only the files that change (`createIncrementalCheck` in `incremental.ts`).
 */
export function checkPlaybook(root: string, options: CheckOptions): CheckResult {
	const result = checkRecords(readRecordFiles(root), { root, ...options }, readPageFiles(root, PRACTICES_DIR));
	const folders = checkPlaybookFolders(root);
	return {
		...result,
		problems: [...result.problems, ...folders.problems],
		fileCount: result.fileCount + folders.ignoredFileCount,
	};
}

/**
 * What the folders of the playbook at `root` hold besides its records and pages: Markdown files
 * under `content/practices/` that would not be read as records (see {@link findIgnoredRecordFiles})
 * and symbolic links that would publish a file from outside the project (see
 * {@link findEscapingSymlinks}).
 */
export function checkPlaybookFolders(root: string): { problems: Problem[]; ignoredFileCount: number } {
	const ignored = findIgnoredRecordFiles(root);
	return {
		problems: [...ignored.map(reportIgnoredFile), ...findEscapingSymlinks(root).map(reportEscapingSymlink)],
		ignoredFileCount: ignored.length,
	};
}
