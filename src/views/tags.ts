import { getRecordRows, type RecordRow } from './listing.ts';
import type { Playbook } from './playbook.ts';
import { ROUTES } from '../shared/routes.ts';

/** The URL of a tag's page under the site's base path. */
export function getTagUrl(base: string, tag: string): string {
	return ROUTES.tag.getUrl(base, { tag });
}

/** A tag with how many records carry it. */
export interface TagSummary {
	tag: string;
	count: number;
	url: string;
}

/** Every tag used in the playbook, alphabetically, with its record count. */
export function getTags(playbook: Pick<Playbook, 'records'>, base: string): TagSummary[] {
	const counts = new Map<string, number>();
	for (const record of playbook.records) {
		for (const tag of new Set(record.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	}
	return [...counts]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([tag, count]) => ({ tag, count, url: getTagUrl(base, tag) }));
}

/**
 * The records carrying each tag, sorted by title, as listing rows that name their pillar (a tag
 * spans pillars). One pass over the playbook serves every tag.
 */
export function getRecordsByEveryTag(playbook: Playbook, base: string): Map<string, RecordRow[]> {
	const byTag = new Map<string, Playbook['records'][number][]>();
	for (const record of playbook.records) {
		for (const tag of new Set(record.data.tags)) {
			const records = byTag.get(tag);
			if (records) records.push(record);
			else byTag.set(tag, [record]);
		}
	}
	return new Map([...byTag].map(([tag, records]) => [tag, getRecordRows(records, base, playbook.pillars)]));
}
