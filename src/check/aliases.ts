import { createProblem, formatFieldPath, type Problem } from './problems.ts';
import type { CheckedRecord } from './record-rules.ts';

/** The former ids of renamed records, each with the id it now leads to. */
export type AliasMap = ReadonlyMap<string, string>;

/**
 * Collects every record's `aliases` into one map from old id to current id, and reports an alias that
 * is also a live record's id or another record's alias (or twice the same record's): an old id must
 * lead to exactly one record. Colliding aliases are left out of the map.
 */
export function getAliases(
	records: readonly Pick<CheckedRecord, 'id' | 'file' | 'data' | 'locate'>[],
	liveIds: ReadonlySet<string>,
): { aliases: AliasMap; problems: Problem[] } {
	const owners = new Map<string, { record: (typeof records)[number]; index: number }[]>();
	for (const record of records) {
		(record.data.aliases ?? []).forEach((alias, index) => {
			owners.set(alias, [...(owners.get(alias) ?? []), { record, index }]);
		});
	}
	const aliases = new Map<string, string>();
	const problems: Problem[] = [];
	for (const [alias, named] of owners) {
		const others = (record: CheckedRecord | (typeof records)[number]) =>
			named.filter((entry) => entry.record !== record).map((entry) => entry.record.file);
		for (const { record, index } of named) {
			const path = ['aliases', index];
			const at = { file: record.file, ...record.locate(path) };
			let message: string | undefined;
			if (liveIds.has(alias)) {
				message =
					alias === record.id ? `is "${alias}", this record's own id` : `is "${alias}", the id of a live record`;
			} else if (named.length > 1) {
				const elsewhere = others(record);
				message =
					elsewhere.length === 0
						? `lists "${alias}" more than once`
						: `is "${alias}", which ${elsewhere.join(', ')} also lists in its \`aliases\``;
			}
			if (message) problems.push(createProblem('alias/collision', at, { field: formatFieldPath(path), message }));
		}
		if (!liveIds.has(alias) && named.length === 1) aliases.set(alias, named[0]!.record.id);
	}
	return { aliases, problems };
}
