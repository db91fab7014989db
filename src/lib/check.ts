import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { createProblem, type Problem } from './problems.ts';
import { validateRecordData, validateReferences, type ValidRecord } from './validate.ts';

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
		.map((name) => ({ file: `${PRACTICES_DIR}/${name}`, source: readFileSync(join(root, PRACTICES_DIR, name), 'utf8') }));
}

/** The record id a file name gives: the name without its extension. */
export function getRecordId(file: string): string {
	const name = file.slice(file.lastIndexOf('/') + 1);
	return name.replace(/\.(md|mdx)$/, '');
}

/**
 * Checks record files: frontmatter syntax, the record schema, and the rules across records.
 * Every problem is collected; nothing stops at the first one.
 */
export function checkRecords(files: readonly RecordFile[], options: { pillars: readonly string[] }): CheckResult {
	const problems: Problem[] = [];
	const records: ValidRecord[] = [];
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
			problems.push(createProblem('file/duplicate-id', { file, line: 1, column: 1 }, '', `has the id "${id}", as does ${others}`));
		}
	}

	for (const { file, source } of files) {
		const frontmatter = parseFrontmatter(source);
		if (!frontmatter) {
			problems.push(createProblem('file/frontmatter', { file, line: 1, column: 1 }, '', 'has no frontmatter'));
			continue;
		}
		if (frontmatter.syntaxErrors.length > 0) {
			for (const error of frontmatter.syntaxErrors) {
				problems.push(createProblem('file/yaml', { file, line: error.line, column: error.column }, '', `is not valid YAML: ${error.message}`));
			}
			continue;
		}
		const { data, problems: fieldProblems } = validateRecordData(file, frontmatter);
		problems.push(...fieldProblems);
		if (data) records.push({ id: getRecordId(file), file, data, locate: frontmatter.locate });
	}

	problems.push(...validateReferences(records, { pillars: options.pillars, knownIds: new Set(filesById.keys()) }));
	records.sort((a, b) => a.id.localeCompare(b.id));
	return { records, problems, fileCount: files.length };
}

/** Reads and checks the playbook at `root`. */
export function checkPlaybook(root: string, options: { pillars: readonly string[] }): CheckResult {
	return checkRecords(readRecordFiles(root), options);
}
