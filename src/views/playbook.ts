import type { CharterOptions, Pillar } from '../schemas/config.ts';
import { RECORD_STATUSES, type RecordData, type RecordStatus } from '../schemas/record.ts';
import { translateEnglish } from '../shared/translate.ts';

/** A record as the site shows it: its data plus the links computed from other records. */
export interface PlaybookRecord {
	id: string;
	data: RecordData;
	/** Ids of the records that name this one in their `supersedes`, newest decision first. */
	supersededBy: string[];
	/** Ids of the records that name this one in `related` or `supersedes`. */
	referencedBy: string[];
}

/** The whole playbook, indexed for the pages that list and link records. */
export interface Playbook {
	/** Every record, sorted by title. */
	records: PlaybookRecord[];
	/** Every record by its id, and a renamed record also by its old ids (`aliases`). */
	byId: ReadonlyMap<string, PlaybookRecord>;
	/** Configured pillars in display order. */
	pillars: Pillar[];
}

/** The status labels in English, for data (`records.json`, search filters); pages use `charter.status.<status>`. */
export const STATUS_LABELS = Object.fromEntries(
	RECORD_STATUSES.map((status) => [status, translateEnglish(`charter.status.${status}`)]),
) as Record<RecordStatus, string>;

/** Sorts pillars by `order`, then in the order they were written. */
export function sortPillars(pillars: readonly Pillar[]): Pillar[] {
	return pillars
		.map((pillar, index) => ({ pillar, index }))
		.sort((a, b) => (a.pillar.order ?? Infinity) - (b.pillar.order ?? Infinity) || a.index - b.index)
		.map(({ pillar }) => pillar);
}

/** Builds the playbook from collection entries: computes "superseded by" and "referenced by" links once. */
export function createPlaybook(
	entries: readonly { id: string; data: RecordData }[],
	options: Pick<CharterOptions, 'pillars'>,
): Playbook {
	const records: PlaybookRecord[] = entries
		.map((entry) => ({ id: entry.id, data: entry.data, supersededBy: [], referencedBy: [] }))
		.sort((a, b) => a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id));
	const byId = new Map(records.map((record) => [record.id, record]));
	// A renamed record's old id (one of its `aliases`) still names it; the check warns about each.
	for (const record of records) for (const alias of record.data.aliases) if (!byId.has(alias)) byId.set(alias, record);
	for (const record of records) {
		for (const target of record.data.supersedes) byId.get(target)?.supersededBy.push(record.id);
		for (const target of new Set([...record.data.related, ...record.data.supersedes].map((id) => byId.get(id)?.id))) {
			if (target !== undefined) byId.get(target)?.referencedBy.push(record.id);
		}
	}
	const decided = (id: string) => byId.get(id)?.data.decided ?? '';
	for (const record of records) record.supersededBy.sort((a, b) => decided(b).localeCompare(decided(a)));
	return { records, byId, pillars: sortPillars(options.pillars) };
}

/** The records of one pillar, sorted by title. */
export function getRecordsByPillar(playbook: Playbook, pillarId: string): PlaybookRecord[] {
	return playbook.records.filter((record) => record.data.pillar === pillarId);
}

/** The "Edit this page" address of a file in the configured repository, or `undefined` without one. */
export function getEditUrl(repository: CharterOptions['repository'], file: string): string | undefined {
	if (!repository) return undefined;
	const url = repository.url.replace(/\/$/, '');
	const path = [repository.path.replace(/^\/|\/$/g, ''), file].filter(Boolean).join('/');
	const edit = /gitlab/.test(new URL(url).hostname) ? '-/edit' : 'edit';
	return `${url}/${edit}/${repository.branch}/${path}`;
}
