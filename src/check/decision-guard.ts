import { isDeepStrictEqual } from 'node:util';
import { getRecordId, type RecordFile } from './files.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { createProblem, formatFieldPath, type Problem } from './problems.ts';

/**
 * The frontmatter fields that are the decision of an accepted record: changing one needs a new entry
 * in `amendments`. Every other field (status moving forward, `reviewed`, `owners`, `tags`, `related`,
 * `supersedes`, `aliases`, and sources' details that no citation names) may change freely.
 */
export const DECISION_FIELDS = ['title', 'summary', 'pillar', 'decided', 'justification', 'alternatives'] as const;

/**
 * The heading of the one part of a record's body that may change freely: from a level-2 heading with
 * this text to the next level-2 heading. The rest of the body is the decision.
 */
export const FREE_BODY_HEADING = 'Notes';

/** The statuses an accepted record may move to without breaking its decision. */
const FORWARD_STATUSES = new Set(['accepted', 'deprecated', 'superseded']);

/** Which source fields a citation relies on: the id it names and the work's title. */
const CITED_SOURCE_FIELDS = ['id', 'title'] as const;

interface Snapshot {
	id: string;
	file: string;
	data: Record<string, unknown>;
	frontmatter: ParsedFrontmatter;
}

/**
 * Compares the playbook at a git ref (`before`) with the playbook now (`after`) and reports every
 * change to the decision of a record that was `accepted` at the ref: a changed decision field or body
 * without a new amendment, a status moved backwards, an amendment edited or removed, a record deleted
 * (or renamed without listing its old id in `aliases`). `ref` is how the report names the ref.
 */
export function guardDecisions(before: readonly RecordFile[], after: readonly RecordFile[], ref: string): Problem[] {
	const now = new Map<string, Snapshot>();
	const byAlias = new Map<string, Snapshot>();
	for (const file of after) {
		const snapshot = readSnapshot(file);
		if (!snapshot) continue;
		now.set(snapshot.id, snapshot);
		for (const alias of asList(snapshot.data.aliases)) if (typeof alias === 'string') byAlias.set(alias, snapshot);
	}

	const problems: Problem[] = [];
	for (const file of before) {
		const old = readSnapshot(file);
		if (!old || old.data.status !== 'accepted') continue;
		const current = now.get(old.id) ?? byAlias.get(old.id);
		if (!current) {
			problems.push(
				createProblem(
					'decision/deleted',
					{ file: old.file, line: 1, column: 1 },
					{
						message: `was deleted, but "${old.id}" was an accepted decision at ${ref}`,
						fix: `restore the file and set its status to deprecated, or supersede it with a new record; if you renamed it, add \`aliases: [${old.id}]\` to the renamed record`,
					},
				),
			);
			continue;
		}
		problems.push(...compareRecords(old, current, ref));
	}
	return problems;
}

function compareRecords(old: Snapshot, current: Snapshot, ref: string): Problem[] {
	const problems: Problem[] = [];
	const at = (path: readonly PropertyKey[]) => ({ file: current.file, ...current.frontmatter.locate(path) });
	const renamed = old.id === current.id ? '' : ` (as "${old.id}")`;

	const status = current.data.status;
	if (typeof status === 'string' && !FORWARD_STATUSES.has(status)) {
		problems.push(
			createProblem('decision/status', at(['status']), {
				field: 'status',
				message: `is "${status}", but the record was accepted at ${ref}${renamed}; an accepted decision only moves forward`,
			}),
		);
	}

	const oldAmendments = asList(old.data.amendments);
	const newAmendments = asList(current.data.amendments);
	const keptIndex = oldAmendments.findIndex((entry, index) => !isDeepStrictEqual(entry, newAmendments[index]));
	if (keptIndex !== -1) {
		const path = newAmendments.length > keptIndex ? ['amendments', keptIndex] : ['amendments'];
		problems.push(
			createProblem('decision/amendment-edited', at(path), {
				field: formatFieldPath(path),
				message: `${newAmendments.length > keptIndex ? 'changes' : 'removes'} the amendment of ${describeAmendment(oldAmendments[keptIndex])} that the record had at ${ref}`,
			}),
		);
	}
	// A new entry after the amendments of the ref makes every change to the decision deliberate.
	if (keptIndex === -1 && newAmendments.length > oldAmendments.length) return problems;

	const changed = (path: readonly PropertyKey[], what: string) =>
		createProblem('decision/changed', at(path), {
			field: formatFieldPath(path),
			message: `${what}, which is part of the decision accepted at ${ref}${renamed}`,
		});
	for (const field of DECISION_FIELDS) {
		const before = field === 'justification' || field === 'alternatives' ? asList(old.data[field]) : old.data[field];
		const after =
			field === 'justification' || field === 'alternatives' ? asList(current.data[field]) : current.data[field];
		if (isDeepStrictEqual(before, after)) continue;
		if (Array.isArray(before) && Array.isArray(after)) {
			const index = findFirstDifference(before, after);
			const path = index < after.length ? [field, index] : [field];
			problems.push(
				changed(path, index < after.length ? 'changed' : `lost entries (${before.length} → ${after.length})`),
			);
		} else {
			problems.push(changed([field], after === undefined ? 'was removed' : 'changed'));
		}
	}

	const citedSources = findCitedSourceChange(old.data, current.data);
	if (citedSources !== undefined) {
		problems.push(
			changed(citedSources.path, `is a source a claim or an alternative cites, and its ${citedSources.what} changed`),
		);
	}

	const bodyChange = findBodyChange(old.frontmatter.body, current.frontmatter.body);
	if (bodyChange !== undefined) {
		problems.push(
			createProblem(
				'decision/changed',
				{ file: current.file, line: current.frontmatter.bodyLine + bodyChange, column: 1 },
				{
					message: `changes the body, which is part of the decision accepted at ${ref}${renamed} (only the "## ${FREE_BODY_HEADING}" section may change freely)`,
				},
			),
		);
	}
	return problems;
}

function readSnapshot({ file, source }: RecordFile): Snapshot | undefined {
	const frontmatter = parseFrontmatter(source);
	const data = frontmatter?.data;
	if (!frontmatter || !data || typeof data !== 'object' || Array.isArray(data)) return undefined;
	return { id: getRecordId(file), file, data: data as Record<string, unknown>, frontmatter };
}

function asList(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function describeAmendment(entry: unknown): string {
	const date = entry && typeof entry === 'object' ? (entry as { date?: unknown }).date : undefined;
	return typeof date === 'string' ? date : 'an earlier date';
}

function findFirstDifference(before: readonly unknown[], after: readonly unknown[]): number {
	const length = Math.max(before.length, after.length);
	for (let index = 0; index < length; index++) if (!isDeepStrictEqual(before[index], after[index])) return index;
	return length;
}

/** The first source whose id or title changed while a claim or an alternative cites it. */
function findCitedSourceChange(
	before: Record<string, unknown>,
	after: Record<string, unknown>,
): { path: PropertyKey[]; what: string } | undefined {
	const cited = new Set<unknown>();
	for (const list of ['justification', 'alternatives']) {
		for (const item of asList(before[list])) {
			for (const id of asList((item as { sources?: unknown } | null)?.sources)) cited.add(id);
		}
	}
	const newSources = asList(after.sources);
	for (const source of asList(before.sources) as { id?: unknown; title?: unknown }[]) {
		if (!source || !cited.has(source.id)) continue;
		const index = newSources.findIndex((candidate) => (candidate as { id?: unknown } | null)?.id === source.id);
		if (index === -1) return { path: ['sources'], what: `entry "${String(source.id)}" was removed, so` };
		const match = newSources[index] as Record<string, unknown>;
		for (const field of CITED_SOURCE_FIELDS) {
			if (!isDeepStrictEqual(source[field], match[field])) return { path: ['sources', index, field], what: field };
		}
	}
	return undefined;
}

/**
 * The 0-based line of the new body where it first differs from the old one, or `undefined` when the
 * two say the same. Line endings, trailing spaces, runs of blank lines and the "## Notes" section do
 * not count.
 */
export function findBodyChange(before: string, after: string): number | undefined {
	const oldLines = getDecisionLines(before);
	const newLines = getDecisionLines(after);
	const length = Math.max(oldLines.length, newLines.length);
	for (let index = 0; index < length; index++) {
		if (oldLines[index]?.text !== newLines[index]?.text) {
			return newLines[index]?.line ?? newLines.at(-1)?.line ?? 0;
		}
	}
	return undefined;
}

/** The lines of a body that are the decision, each with its 0-based line in the body. */
function getDecisionLines(body: string): { text: string; line: number }[] {
	const lines: { text: string; line: number }[] = [];
	let inFence: string | undefined;
	let inFreeSection = false;
	let previousBlank = true;
	body.split(/\r?\n/).forEach((raw, line) => {
		const text = raw.trimEnd();
		const fence = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
		if (fence && (inFence === undefined || fence.startsWith(inFence))) inFence = inFence ? undefined : fence;
		else if (inFence === undefined) {
			const heading = /^##\s+(.*?)\s*#*\s*$/.exec(text);
			if (heading) inFreeSection = heading[1]!.toLowerCase() === FREE_BODY_HEADING.toLowerCase();
		}
		if (inFreeSection) return;
		const blank = text === '';
		if (blank && previousBlank) return;
		previousBlank = blank;
		lines.push({ text, line });
	});
	while (lines.at(-1)?.text === '') lines.pop();
	return lines;
}

/** Reports amendments dated after `today`: an amendment records a change already made. */
export function checkAmendmentDates(
	records: readonly {
		file: string;
		data: { amendments?: readonly { date: string }[] | undefined };
		locate: ParsedFrontmatter['locate'];
	}[],
	today: string,
): Problem[] {
	return records.flatMap((record) =>
		(record.data.amendments ?? []).flatMap((amendment, index) => {
			if (amendment.date <= today) return [];
			const path = ['amendments', index, 'date'];
			return [
				createProblem(
					'amendment/future',
					{ file: record.file, ...record.locate(path) },
					{ field: formatFieldPath(path), message: `is ${amendment.date}, after today (${today})` },
				),
			];
		}),
	);
}
