import type { RecordStatus } from '../schemas/record.ts';

/** What resolving a supersede chain needs to know of each record. */
export interface ChainRecord {
	id: string;
	status?: RecordStatus | undefined;
	supersedes?: readonly string[] | undefined;
}

/** Whether a record of this status is in force: proposed or accepted, not rejected, deprecated or superseded. */
export function isInForce(status: RecordStatus | undefined): boolean {
	return status === 'proposed' || status === 'accepted';
}

/** Ids of the records that name each record in their `supersedes`, in the order the records come. */
export function getSupersededBy(records: readonly ChainRecord[]): Map<string, string[]> {
	const supersededBy = new Map<string, string[]>();
	for (const record of records) {
		for (const target of new Set(record.supersedes ?? [])) {
			if (target !== record.id) supersededBy.set(target, [...(supersededBy.get(target) ?? []), record.id]);
		}
	}
	return supersededBy;
}

/**
 * The records in force that replace the record `id`: its successors, and theirs in turn, until records
 * no other record supersedes. When A is superseded by B and B by C, A's current record is C; a record
 * superseded by several records has each of their current records, once, in order. Empty when nothing
 * supersedes the record. A cycle (reported by the check) ends the walk rather than looping, and has no record in force.
 */
export function getCurrentSuccessors(
	id: string,
	supersededBy: Pick<ReadonlyMap<string, readonly string[]>, 'get'>,
): string[] {
	const current: string[] = [];
	const seen = new Set([id]);
	const visit = (from: string) => {
		for (const next of supersededBy.get(from) ?? []) {
			if (seen.has(next)) continue;
			seen.add(next);
			if ((supersededBy.get(next) ?? []).length > 0) visit(next);
			else current.push(next);
		}
	};
	visit(id);
	return current;
}
