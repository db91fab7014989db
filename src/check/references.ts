import { createProblem, formatFieldPath, type Problem } from './problems.ts';
import type { CheckedRecord } from './record-rules.ts';
import { didYouMean } from '../shared/suggest.ts';
import type { AliasMap } from './aliases.ts';
import { getCurrentSuccessors, getSupersededBy, isInForce } from './supersede-chain.ts';

/**
 * Applies the rules that span records or depend on the configuration: known pillars, existing
 * `related` and `supersedes` targets, consistent superseded statuses, no `supersedes` cycle, and
 * cited sources that exist and have unique ids.
 *
 * `knownIds` holds every record id, including records whose frontmatter is invalid, so that a
 * reference to them is not reported twice. A reference to a renamed record's old id (one of
 * `aliases`) resolves to the record, with a warning naming its current id. A record in force (proposed
 * or accepted) whose `related` names a superseded, deprecated or rejected record gets a warning naming
 * the records that replace it, if any; except a rejected record that names the record in its own
 * `related`: the two are a decision and the option it turned down, linked both ways on purpose.
 */
export function checkReferences(
	records: readonly CheckedRecord[],
	options: { pillars: readonly string[]; knownIds: ReadonlySet<string>; aliases?: AliasMap },
): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(records.map((record) => [record.id, record]));
	const supersededBy = new Map<string, string[]>();
	const aliases = options.aliases ?? new Map<string, string>();
	const resolve = (id: string) => aliases.get(id) ?? id;
	const chains = getSupersededBy(
		records.map((record) => ({ id: record.id, supersedes: (record.data.supersedes ?? []).map(resolve) })),
	);

	for (const record of records) {
		const at = (path: readonly PropertyKey[]) => ({ file: record.file, ...record.locate(path) });
		const { data } = record;

		if (data.pillar !== undefined && !options.pillars.includes(data.pillar)) {
			problems.push(
				createProblem('pillar/unknown', at(['pillar']), {
					field: 'pillar',
					message: `is "${data.pillar}", which is not a configured pillar${didYouMean(data.pillar, options.pillars)}`,
					fix: `use one of ${options.pillars.join(', ')}, or add the pillar to astro.config.mjs`,
				}),
			);
		}

		for (const list of ['related', 'supersedes'] as const) {
			(data[list] ?? []).forEach((written, index) => {
				const path = [list, index];
				const target = resolve(written);
				if (target !== written) {
					problems.push(
						createProblem('reference/alias', at(path), {
							field: formatFieldPath(path),
							message: `names "${written}", the old id of "${target}"`,
							fix: `write "${target}" instead of "${written}"`,
						}),
					);
				}
				if (target === record.id) {
					problems.push(
						createProblem('reference/self', at(path), {
							field: formatFieldPath(path),
							message: `names this record itself`,
						}),
					);
				} else if (!options.knownIds.has(target)) {
					problems.push(
						createProblem('reference/unknown', at(path), {
							field: formatFieldPath(path),
							message: `names "${target}", but no record has that id${didYouMean(target, options.knownIds)}`,
						}),
					);
				} else if (list === 'related' && isInForce(data.status)) {
					const related = byId.get(target);
					const status = related?.data.status;
					// A rejected record that names this one in its own `related` is the option this record's
					// decision turned down, linked both ways on purpose.
					const turnedDown = status === 'rejected' && (related?.data.related ?? []).map(resolve).includes(record.id);
					if ((status === 'superseded' || status === 'deprecated' || status === 'rejected') && !turnedDown) {
						const current = getCurrentSuccessors(target, chains);
						problems.push(
							createProblem('reference/stale', at(path), {
								field: formatFieldPath(path),
								message: `names "${target}", which is ${status}${current.length > 0 ? `; the record in force is ${current.map((id) => `"${id}"`).join(' and ')}` : ''}`,
								fix:
									current.length > 0
										? `name ${current.map((id) => `"${id}"`).join(' or ')} instead, or remove "${written}"`
										: status === 'rejected'
											? `remove "${written}"; or, if this record was chosen instead of it, add "${record.id}" to the \`related\` of "${target}" too`
											: undefined,
							}),
						);
					}
				} else if (list === 'supersedes') {
					supersededBy.set(target, [...(supersededBy.get(target) ?? []), record.id]);
					const older = byId.get(target);
					// An older record whose status is itself invalid already has that reported.
					if (older && older.data.status !== undefined && older.data.status !== 'superseded') {
						problems.push(
							createProblem('supersede/status', at(path), {
								field: formatFieldPath(path),
								message: `names "${target}", whose status is "${older.data.status}", not "superseded"`,
								fix: `set \`status: superseded\` in ${older.file}, or remove "${target}" from \`supersedes\``,
							}),
						);
					}
				}
			});
		}

		const sourceIds = new Set<string>();
		// Without valid sources, citations cannot be checked against them.
		if (!data.sources) continue;
		data.sources.forEach((source, index) => {
			if (sourceIds.has(source.id)) {
				const path = ['sources', index, 'id'];
				problems.push(
					createProblem('source/duplicate', at(path), {
						field: formatFieldPath(path),
						message: `"${source.id}" is already the id of another source of this record`,
					}),
				);
			}
			sourceIds.add(source.id);
		});
		for (const list of ['justification', 'alternatives'] as const) {
			(data[list] ?? []).forEach((item, itemIndex) => {
				(item.sources ?? []).forEach((cited, citedIndex) => {
					if (sourceIds.has(cited)) return;
					const path = [list, itemIndex, 'sources', citedIndex];
					problems.push(
						createProblem('source/unknown', at(path), {
							field: formatFieldPath(path),
							message: `cites "${cited}", but the record has no source with that id${didYouMean(cited, sourceIds)}`,
						}),
					);
				});
			});
		}
	}

	for (const record of records) {
		if (record.data.status === 'superseded' && !supersededBy.has(record.id)) {
			problems.push(
				createProblem(
					'supersede/orphan',
					{ file: record.file, ...record.locate(['status']) },
					{ field: 'status', message: 'is "superseded", but no record names this one in its `supersedes`' },
				),
			);
		}
	}

	problems.push(...findSupersedeCycles(records));
	return problems;
}

/** Reports each `supersedes` cycle once, on the record of the cycle whose id sorts first. */
function findSupersedeCycles(records: readonly CheckedRecord[]): Problem[] {
	const byId = new Map(records.map((record) => [record.id, record]));
	const state = new Map<string, 'visiting' | 'done'>();
	const reported = new Set<string>();
	const problems: Problem[] = [];

	const visit = (id: string, stack: string[]) => {
		const current = state.get(id);
		if (current === 'done') return;
		if (current === 'visiting') {
			const cycle = stack.slice(stack.indexOf(id));
			const first = [...cycle].sort()[0]!;
			const key = [...cycle].sort().join(' ');
			if (reported.has(key)) return;
			reported.add(key);
			const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
			const record = byId.get(first)!;
			const next = rotated[1]!;
			const index = (record.data.supersedes ?? []).indexOf(next);
			const path = ['supersedes', index];
			problems.push(
				createProblem(
					'supersede/cycle',
					{ file: record.file, ...record.locate(path) },
					{ field: formatFieldPath(path), message: `forms a cycle: ${rotated.join(' → ')}` },
				),
			);
			return;
		}
		const record = byId.get(id);
		if (!record) return;
		state.set(id, 'visiting');
		for (const target of record.data.supersedes ?? []) if (target !== id) visit(target, [...stack, id]);
		state.set(id, 'done');
	};
	for (const record of [...records].sort((a, b) => a.id.localeCompare(b.id))) visit(record.id, []);
	return problems;
}
