import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { checkRecords } from '../check/check-playbook.ts';
import { readRecordFiles } from '../check/files.ts';
import { KEBAB_CASE } from '../shared/ids.ts';
import { GAPS_FILE, PRACTICES_DIR } from '../shared/paths.ts';
import type { Problem } from '../check/problems.ts';
import { didYouMean } from '../shared/suggest.ts';
import { convertAdrs, type ImportedRecord } from './convert.ts';
import { parseAdr } from './detect.ts';
import { formatImportSummary, formatRecordReport, formatReviewList } from './import-report.ts';
import { isGapProblem, readGapsFile, toKnownGap, writeGapsFile } from '../check/gaps.ts';
import { getFirstCommitDates } from '../shared/git.ts';
import { IMPORTED_ASSETS_DIR } from './record-body.ts';
import { findLocalFile, hashText, planWrites } from './write-plan.ts';
import type { ParsedAdr } from './types.ts';
import { formatCount } from '../shared/text.ts';

/** What to import, and where. */
export interface ImportRequest {
	/** The folder of decision records, absolute or relative to `cwd`. */
	folder: string;
	/** The Charter site's root folder, absolute or relative to `cwd`. */
	root: string;
	/** The pillar for every imported record; may be left out when the playbook has one pillar. */
	pillar?: string | undefined;
	/** The owner of every imported record; required when a record names no deciders. */
	owner?: string | undefined;
	/** Replace records that already exist. */
	force?: boolean | undefined;
	/** The pillar ids configured in the site's `astro.config.mjs`. */
	pillars: readonly string[];
	/** The folder paths in the report are relative to; defaults to `process.cwd()`. */
	cwd?: string;
}

/** What an import did: the report to print, the exit code, and the files it wrote. */
export interface ImportResult {
	exitCode: number;
	report: string;
	/** Paths of written records, relative to the site root. */
	written: string[];
}

const pathOf = (record: ImportedRecord) => `${PRACTICES_DIR}/${record.id}.md`;

const NOT_RECORDS = /^(readme|index|template|adr-template|_.*|template-.*|adr-template-.*)\.(md|markdown)$/i;

/**
 * Imports a folder of Architecture Decision Records (MADR 2–4, Nygard/adr-tools, log4brains) into
 * the playbook's `content/practices/` as Charter records, then checks them with the playbook's
 * rules. Records the gaps the sources leave (see {@link isGapProblem}) in `charter-gaps.json`, with a
 * hash of each record written. Writes nothing when the request is wrong or a record would change an
 * existing one (unless `force`); never overwrites a record edited since it was imported. The exit
 * code is 0 once the records are written, whatever gaps remain.
 */
export function importFolder(request: ImportRequest): ImportResult {
	const cwd = request.cwd ?? process.cwd();
	const folder = resolve(cwd, request.folder);
	const root = resolve(cwd, request.root);
	const shown = (path: string) => {
		const relativePath = relative(cwd, path);
		return relativePath === '' ? '.' : relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath;
	};
	const fail = (report: string): ImportResult => ({ exitCode: 1, report, written: [] });

	if (!existsSync(folder) || !statSync(folder).isDirectory()) {
		return fail(
			`${shown(folder)} is not a folder.\nGive the folder that holds the decision records, like: npm run import -- docs/adr --pillar delivery --owner platform-team`,
		);
	}
	const pillar = request.pillar ?? (request.pillars.length === 1 ? request.pillars[0] : undefined);
	if (pillar === undefined) {
		return fail(
			`Which pillar do the imported records belong to? The playbook has ${request.pillars.length}: ${request.pillars.join(', ')}.\nName one with --pillar, like: --pillar ${request.pillars[0] ?? 'delivery'}`,
		);
	}
	if (!request.pillars.includes(pillar)) {
		return fail(
			`--pillar "${pillar}" is not a pillar of this playbook${didYouMean(pillar, request.pillars)}.\nUse one of ${request.pillars.join(', ')}, or add the pillar to astro.config.mjs first.`,
		);
	}
	if (request.owner !== undefined && !KEBAB_CASE.test(request.owner)) {
		return fail(
			`--owner "${request.owner}" is not a handle.\nOwners are kebab-case team or person handles, like --owner platform-team.`,
		);
	}

	const names = readdirSync(folder)
		.filter((name) => /\.(md|markdown)$/i.test(name) && statSync(join(folder, name)).isFile())
		.sort();
	const skipped = names.filter((name) => NOT_RECORDS.test(name));
	const files = names.filter((name) => !NOT_RECORDS.test(name));
	if (files.length === 0) {
		return fail(
			`${shown(folder)} holds no decision records (.md files${skipped.length > 0 ? ` other than ${skipped.join(', ')}` : ''}).\nGive the folder that holds them, like docs/adr or doc/architecture/decisions.`,
		);
	}

	const parsed: ParsedAdr[] = files.map((file) => parseAdr(file, readFileSync(join(folder, file), 'utf8'), { files }));
	if (request.owner === undefined) {
		const ownerless = parsed.filter((adr) => adr.deciders.length === 0).map((adr) => adr.file);
		if (ownerless.length > 0) {
			const which =
				ownerless.length === files.length
					? 'No record names its deciders'
					: `${ownerless.length} of ${files.length} records name no deciders (${ownerless.join(', ')})`;
			const whose = ownerless.length === files.length ? 'the imported records' : 'those records';
			return fail(
				`${which}, so ${whose} would have no owner. No record was written.\nName their owner with --owner, like --owner platform-team.`,
			);
		}
	}

	const records = convertAdrs(parsed, {
		pillar,
		...(request.owner !== undefined ? { owner: request.owner } : {}),
		committed: getFirstCommitDates(folder),
		findAsset: (url) => findLocalFile(folder, url),
	});
	const gapsRead = readGapsFile(root);
	if ('error' in gapsRead) return fail(gapsRead.error);
	const gapsFile = gapsRead.gaps;
	const plan = planWrites(root, records, gapsFile, request.force === true);
	if (plan.refused.length > 0) {
		const list = plan.refused.map(({ record }) => `  ${record.file} → ${record.id}`).join('\n');
		return fail(
			`${formatCount(plan.refused.length, 'record')} already exist${plan.refused.length === 1 ? 's' : ''} in ${PRACTICES_DIR}/ and would change:\n${list}\nNo record was written. Rename or remove the existing ones, or pass --force to replace them (records edited since they were imported are kept even then).`,
		);
	}

	const practices = join(root, PRACTICES_DIR);
	mkdirSync(practices, { recursive: true });
	for (const { record, path, content } of plan.write) {
		// --force replaces a record; a remaining .mdx twin would give its id to two files.
		rmSync(join(practices, `${record.id}.mdx`), { force: true });
		writeFileSync(join(root, path), content);
		gapsFile.imported[path] = {
			from: join(shown(folder), record.file).split('\\').join('/'),
			sha256: hashText(content),
		};
		const copies = [
			...record.assets.map((asset) => [asset, join(practices, IMPORTED_ASSETS_DIR, asset)]),
			...record.downloads.map((file) => [file, join(root, 'public/practices', IMPORTED_ASSETS_DIR, file)]),
		];
		for (const [from, to] of copies) {
			mkdirSync(dirname(to!), { recursive: true });
			copyFileSync(join(folder, from!), to!);
		}
	}

	const written = new Set(plan.write.map(({ path }) => path));
	const ours = new Set([...written, ...plan.unchanged.map(({ path }) => path)]);
	const check = checkRecords(readRecordFiles(root), { pillars: request.pillars, root });
	const problems = check.problems
		.filter((problem) => problem.severity === 'error')
		.map((problem) => explainOrphan(problem, records, pathOf));
	// The gaps of the records written now replace what the file said about them; others stay as they were.
	const gaps = problems.filter((problem) => written.has(problem.file) && isGapProblem(problem));
	gapsFile.gaps = [...gapsFile.gaps.filter((gap) => !written.has(gap.file)), ...gaps.map(toKnownGap)];
	if (written.size > 0) writeGapsFile(root, gapsFile);
	const blocking = problems.filter((problem) => ours.has(problem.file) && !isGapProblem(problem));
	const elsewhere = problems.filter((problem) => !ours.has(problem.file));
	const review = formatReviewList(
		records.map((record) => ({ record, path: pathOf(record) })),
		problems.filter((problem) => ours.has(problem.file)),
	);

	const report = [
		formatImportSummary({
			records: records.length,
			from: shown(folder),
			into: root === cwd ? PRACTICES_DIR : shown(practices),
			pillar,
			written: written.size,
			unchanged: plan.unchanged.length,
			kept: plan.kept.map(({ path }) => path),
			gaps: problems.filter((problem) => ours.has(problem.file) && isGapProblem(problem)),
			blocking,
			owner: request.owner,
			gapsFile: shown(join(root, GAPS_FILE)),
		}),
		...records.map((record) => `\n${formatRecordReport(record, pathOf(record))}`),
		...(skipped.length > 0 ? [`\nSkipped ${skipped.join(', ')}: not decision records.`] : []),
		...(plan.replaced.length > 0
			? [`\nReplaced existing records (--force): ${plan.replaced.map(({ record }) => record.id).join(', ')}.`]
			: []),
		`\nChecked with the playbook's rules, as \`npm run check\` does:\n${review.text}`,
		...(elsewhere.length > 0
			? [
					`\n${formatCount(elsewhere.length, 'problem')} in records that were already there; \`npm run check\` lists them.`,
				]
			: []),
	].join('\n');
	return { exitCode: 0, report, written: [...written] };
}

/**
 * The validator ignores the `supersedes` of a record that fails the schema, so the record it
 * replaces looks orphaned. Say so, instead of asking for a link that is already there.
 */
function explainOrphan(
	problem: Problem,
	records: readonly ImportedRecord[],
	pathOf: (record: ImportedRecord) => string,
): Problem {
	if (problem.kind !== 'supersede/orphan') return problem;
	const record = records.find((candidate) => pathOf(candidate) === problem.file);
	const successor = record && records.find((candidate) => candidate.data.supersedes?.includes(record.id));
	if (!successor) return problem;
	return {
		...problem,
		message: `is "superseded", and ${pathOf(successor)} names this record in its \`supersedes\`, but that record does not pass the check yet`,
		fix: `complete ${pathOf(successor)}; this problem then goes away`,
	};
}
