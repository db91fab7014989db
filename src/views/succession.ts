import { getCurrentSuccessors } from '../check/supersede-chain.ts';
import { getRecordUrl, ROUTES } from '../shared/routes.ts';
import type { Playbook, PlaybookRecord } from './playbook.ts';

/** The page served at a renamed record's old address, sending readers on to the record. */
export interface AliasRedirect {
	/** The old id, whose address the page takes. */
	alias: string;
	/** The old address, under the base path. */
	url: string;
	/** The record's id and title now. */
	id: string;
	title: string;
	/** The record's page now. */
	target: string;
}

/** One redirect page per alias of every record, sorted by alias. */
export function getAliasRedirects(playbook: Playbook, base: string): AliasRedirect[] {
	return playbook.records
		.flatMap((record) =>
			record.data.aliases.map((alias) => ({
				alias,
				url: ROUTES.alias.getUrl(base, { alias }),
				id: record.id,
				title: record.data.title,
				target: getRecordUrl(base, record.id),
			})),
		)
		.sort((a, b) => a.alias.localeCompare(b.alias));
}

/**
 * The records in force that replace a record, at the end of its supersede chains (see
 * {@link getCurrentSuccessors}), with their titles and pages. Empty for a record nothing supersedes.
 */
export function getCurrentRecords(
	playbook: Playbook,
	id: string,
	base: string,
): { id: string; title: string; url: string }[] {
	// Read through the playbook's index: a map of every record built per call made the build quadratic.
	const supersededBy = { get: (recordId: string) => playbook.byId.get(recordId)?.supersededBy };
	return getCurrentSuccessors(id, supersededBy).flatMap((currentId) => {
		const current = playbook.byId.get(currentId);
		return current ? [{ id: current.id, title: current.data.title, url: getRecordUrl(base, current.id) }] : [];
	});
}

/** The date of a record's latest amendment, or `undefined` when it was never amended. */
export function getLastAmended(record: Pick<PlaybookRecord, 'data'>): string | undefined {
	return record.data.amendments.at(-1)?.date;
}
