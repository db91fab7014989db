import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CharterOptions } from '../schemas/config.ts';
import { checkMarkdownBody, checkMdxBody, DEFAULT_ALLOWED_IMPORTS, findFrontmatterPlaceholders } from './body.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { createProblem, formatFieldPath, type Problem } from './problems.ts';
import { findRecordWarnings } from './warnings.ts';
import {
	getValidFields,
	validateRecordData,
	validateReferences,
	type CheckedRecord,
	type ValidRecord,
} from './validate.ts';

/** Where records live, relative to the project root. */
export const PRACTICES_DIR = 'content/practices';

/** One record file as read from disk. */
export interface RecordFile {
	/** Path relative to the project root, with `/` separators. */
	file: string;
	source: string;
}

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
	/** Months after `reviewed` (or `decided`) when a record falls due; without it, no review warnings. */
	reviewIntervalMonths?: number;
	/** The day to check review dates against; defaults to now. Tests pass a fixed date. */
	today?: Date;
}

/** The check options that follow from the plugin options. */
export function getCheckOptions(
	options: Pick<CharterOptions, 'pillars' | 'allowedImports' | 'reviewIntervalMonths'>,
	today?: Date,
): CheckOptions {
	return {
		pillars: options.pillars.map((pillar) => pillar.id),
		allowedImports: options.allowedImports,
		reviewIntervalMonths: options.reviewIntervalMonths,
		...(today ? { today } : {}),
	};
}

const RECORD_FILE = /^([^_.][^/]*)\.(md|mdx)$/;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every record file of the playbook at `root` (`content/practices/*.md` and `*.mdx`, except `_`-prefixed ones). */
export function readRecordFiles(root: string): RecordFile[] {
	let names: string[];
	try {
		names = readdirSync(join(root, PRACTICES_DIR));
	} catch {
		return [];
	}
	return names
		.filter((name) => RECORD_FILE.test(name))
		.sort()
		.map((name) => ({
			file: `${PRACTICES_DIR}/${name}`,
			source: readFileSync(join(root, PRACTICES_DIR, name), 'utf8'),
		}));
}

/** The record id a file name gives: the name without its extension. */
export function getRecordId(file: string): string {
	const name = file.slice(file.lastIndexOf('/') + 1);
	return name.replace(/\.(md|mdx)$/, '');
}

/**
 * Checks record files: frontmatter syntax, the record schema, the rules across records, the body
 * (MDX syntax, allowed imports, no code, safe links), placeholders left by the scaffolder, and, as
 * warnings, records past their review date and uncited sources. Every problem is collected; nothing
 * stops at the first one.
 */
export function checkRecords(files: readonly RecordFile[], options: CheckOptions): CheckResult {
	const problems: Problem[] = [];
	const records: ValidRecord[] = [];
	const partialRecords: CheckedRecord[] = [];
	const filesById = new Map<string, string[]>();

	for (const { file } of files) {
		const id = getRecordId(file);
		filesById.set(id, [...(filesById.get(id) ?? []), file]);
		if (!KEBAB_CASE.test(id)) {
			problems.push(createProblem('file/id', { file, line: 1, column: 1 }, '', `"${id}" is not a valid record id`));
		}
	}
	for (const [id, sameId] of filesById) {
		if (sameId.length < 2) continue;
		for (const file of sameId) {
			const others = sameId.filter((other) => other !== file).join(', ');
			problems.push(
				createProblem('file/duplicate-id', { file, line: 1, column: 1 }, '', `has the id "${id}", as does ${others}`),
			);
		}
	}

	const allowedImports = options.allowedImports ?? DEFAULT_ALLOWED_IMPORTS;
	for (const { file, source } of files) {
		const frontmatter = parseFrontmatter(source);
		if (!frontmatter) {
			problems.push(createProblem('file/frontmatter', { file, line: 1, column: 1 }, '', 'has no frontmatter'));
			continue;
		}
		// The body is checked even when the frontmatter is broken, so one run shows both.
		const body = { file, body: frontmatter.body, bodyLine: frontmatter.bodyLine };
		problems.push(...(file.endsWith('.mdx') ? checkMdxBody(body, { allowedImports }) : checkMarkdownBody(body)));
		if (frontmatter.syntaxErrors.length > 0) {
			for (const error of frontmatter.syntaxErrors) {
				problems.push(
					createProblem(
						'file/yaml',
						{ file, line: error.line, column: error.column },
						'',
						`is not valid YAML: ${error.message}`,
					),
				);
			}
			continue;
		}
		for (const { path, text } of findFrontmatterPlaceholders(frontmatter.data)) {
			problems.push(
				createProblem(
					'content/placeholder',
					{ file, ...frontmatter.locate(path) },
					formatFieldPath(path),
					`still holds the placeholder "${text}"`,
				),
			);
		}
		const { data, problems: fieldProblems } = validateRecordData(file, frontmatter);
		problems.push(...fieldProblems);
		const id = getRecordId(file);
		if (data) records.push({ id, file, data, locate: frontmatter.locate });
		else partialRecords.push({ id, file, data: getValidFields(frontmatter.data), locate: frontmatter.locate });
	}

	problems.push(
		...validateReferences([...records, ...partialRecords], {
			pillars: options.pillars,
			knownIds: new Set(filesById.keys()),
		}),
	);
	problems.push(
		...findRecordWarnings(records, {
			reviewIntervalMonths: options.reviewIntervalMonths,
			today: options.today ?? new Date(),
		}),
	);
	records.sort((a, b) => a.id.localeCompare(b.id));
	return { records, problems, fileCount: files.length };
}

/** Reads and checks the playbook at `root`. */
export function checkPlaybook(root: string, options: CheckOptions): CheckResult {
	return checkRecords(readRecordFiles(root), options);
}
