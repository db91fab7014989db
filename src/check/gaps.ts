import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gapsFileSchema, type GapsFile, type KnownGap } from '../schemas/gaps.ts';
import { GAPS_FILE } from '../shared/paths.ts';
import type { Problem, ProblemKind } from './problems.ts';
import type { GapsReport } from './reporters/reporter.ts';

/**
 * The kinds of problem the gaps file may hold: what a source left unsaid, which a page can show as
 * missing. Others (a broken schema, unsafe HTML, a broken link) would break pages or readers, so
 * they always fail.
 */
export const GAP_KINDS: ReadonlySet<ProblemKind> = new Set<ProblemKind>(['content/placeholder', 'supersede/orphan']);

/** Whether a problem can be recorded as a known gap. */
export function isGapProblem(problem: Problem): boolean {
	return problem.severity === 'error' && GAP_KINDS.has(problem.kind);
}

/** A problem as the gaps file records it: file, field and kind, without the line, which shifts. */
export function toKnownGap(problem: Pick<Problem, 'file' | 'field' | 'kind'>): KnownGap {
	return { file: problem.file, field: problem.field, kind: problem.kind };
}

/** What the known gaps make of a check's problems. */
export interface GapsApplied {
	/** The problems the gaps file does not accept: they fail the check (errors) or warn. */
	problems: Problem[];
	/** The problems the gaps file accepts. */
	known: Problem[];
	/** Gaps in the file that the check no longer finds: fixed, and to be pruned. */
	fixed: KnownGap[];
}

const keyOf = (gap: { file: string; field: string; kind: string }) => `${gap.file}\u0000${gap.field}\u0000${gap.kind}`;

/**
 * Matches problems against the known gaps, one gap per problem (a field with two placeholders needs
 * two entries). A known gap the check no longer finds is fixed.
 */
export function applyKnownGaps(problems: readonly Problem[], gaps: readonly KnownGap[]): GapsApplied {
	const open = new Map<string, KnownGap[]>();
	for (const gap of gaps) open.set(keyOf(gap), [...(open.get(keyOf(gap)) ?? []), gap]);
	const result: GapsApplied = { problems: [], known: [], fixed: [] };
	for (const problem of problems) {
		const waiting = isGapProblem(problem) ? open.get(keyOf(problem)) : undefined;
		if (waiting && waiting.length > 0) {
			waiting.pop();
			result.known.push(problem);
		} else result.problems.push(problem);
	}
	result.fixed = [...open.values()].flat();
	return result;
}

/** The gaps file without the gaps that were fixed. */
export function pruneKnownGaps(file: GapsFile, fixed: readonly KnownGap[]): GapsFile {
	const remove = new Map<string, number>();
	for (const gap of fixed) remove.set(keyOf(gap), (remove.get(keyOf(gap)) ?? 0) + 1);
	const gaps = file.gaps.filter((gap) => {
		const left = remove.get(keyOf(gap)) ?? 0;
		if (left === 0) return true;
		remove.set(keyOf(gap), left - 1);
		return false;
	});
	return { ...file, gaps };
}

/** An empty gaps file. */
export function createGapsFile(): GapsFile {
	return { gaps: [], imported: {} };
}

/**
 * Reads `charter-gaps.json` at `root`: an empty one when there is none, an error saying what is
 * wrong and how to fix it when it cannot be read.
 */
export function readGapsFile(root: string): { gaps: GapsFile; exists: boolean } | { error: string } {
	const path = join(root, GAPS_FILE);
	if (!existsSync(path)) return { gaps: createGapsFile(), exists: false };
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return {
			error: `${GAPS_FILE} is not valid JSON: ${(error as Error).message}.\nFix it, or restore it from git (\`git checkout -- ${GAPS_FILE}\`).`,
		};
	}
	const parsed = gapsFileSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {
			error: `${GAPS_FILE}: ${issue.path.map(String).join('.') || 'the file'} ${issue.message}.\nFix it, or restore it from git (\`git checkout -- ${GAPS_FILE}\`).`,
		};
	}
	return { gaps: parsed.data, exists: true };
}

/** Writes `charter-gaps.json` at `root`, gaps sorted by file and field, so that diffs stay small. */
export function writeGapsFile(root: string, file: GapsFile): void {
	const gaps = [...file.gaps].sort(
		(a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field) || a.kind.localeCompare(b.kind),
	);
	const imported = Object.fromEntries(Object.entries(file.imported).sort(([a], [b]) => a.localeCompare(b)));
	const content = {
		$comment:
			'Known gaps: problems `npm run check` and the build accept until they are fixed. Written by `npm run import`; `npm run check -- --prune` drops the fixed ones. Commit this file.',
		gaps,
		imported,
	};
	writeFileSync(join(root, GAPS_FILE), `${JSON.stringify(content, null, '\t')}\n`);
}

/**
 * What a gap leaves missing, in a few words, for counts by kind: `the reason an option was not
 * chosen`. Gaps that read the same are counted together.
 */
export function getGapLabel(gap: Pick<KnownGap, 'field' | 'kind'>): string {
	if (gap.kind === 'supersede/orphan') return 'the record that supersedes it';
	if (/^justification\b/.test(gap.field)) return 'the reasons for the decision';
	if (/^alternatives\[\d+\]\.reason$/.test(gap.field)) return 'the reason an option was not chosen';
	if (/^alternatives\[\d+\]\.option$/.test(gap.field)) return 'the options that were considered';
	if (gap.field === '') return 'text in the body';
	return `the value of ${gap.field.replace(/\[\d+\]/g, '')}`;
}

/** Counts gaps by {@link getGapLabel}, most frequent first. */
export function countGapsByLabel(gaps: readonly Pick<KnownGap, 'field' | 'kind'>[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const gap of gaps) counts.set(getGapLabel(gap), (counts.get(getGapLabel(gap)) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Applies the gaps file at `root` to a check's problems: the problems it accepts move to
 * `gaps.known`, and its gaps the check no longer finds are `fixed` (or, with `prune`, dropped from
 * the file and listed as `pruned`; with `pruneOnly`, only those of the files it accepts). Returns an
 * error when the file cannot be read.
 */
export function applyGapsFile<T extends { problems: Problem[] }>(
	root: string,
	result: T,
	options: { prune?: boolean | undefined; pruneOnly?: ((file: string) => boolean) | undefined } = {},
): (T & { gaps: GapsReport | undefined }) | { error: string } {
	const read = readGapsFile(root);
	if ('error' in read) return read;
	if (!read.exists) return { ...result, gaps: undefined };
	const applied = applyKnownGaps(result.problems, read.gaps.gaps);
	// `--prune --owner x` drops only x's fixed gaps: the others are for their owners to see.
	const pruned = options.prune ? applied.fixed.filter((gap) => options.pruneOnly?.(gap.file) ?? true) : [];
	if (pruned.length > 0) writeGapsFile(root, pruneKnownGaps(read.gaps, pruned));
	return {
		...result,
		problems: applied.problems,
		gaps: {
			file: GAPS_FILE,
			known: applied.known,
			fixed: applied.fixed.filter((gap) => !pruned.includes(gap)),
			pruned,
		},
	};
}

/**
 * Keeps only what concerns one owner: the problems and gaps of the records `owner` owns (by the
 * `owners` of each file's frontmatter).
 */
export function filterByOwner<T extends { problems: Problem[]; gaps?: GapsReport | undefined }>(
	result: T,
	owner: string,
	ownersOf: (file: string) => readonly string[],
): T {
	const owns = (file: string) => ownersOf(file).includes(owner);
	const gaps = result.gaps && {
		...result.gaps,
		known: result.gaps.known.filter((problem) => owns(problem.file)),
		fixed: result.gaps.fixed.filter((gap) => owns(gap.file)),
		pruned: result.gaps.pruned.filter((gap) => owns(gap.file)),
	};
	return { ...result, problems: result.problems.filter((problem) => owns(problem.file)), gaps };
}
