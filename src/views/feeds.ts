import type { CharterOptions } from '../schemas/config.ts';
import type { RecordData } from '../schemas/record.ts';
import type { Playbook } from './playbook.ts';
import { formatDate } from '../shared/dates.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';
import { getRecordUrl } from '../shared/routes.ts';
import type { HistoryEntry } from './history.ts';

/** One item of the RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	/** The record's path under the base; `@astrojs/rss` resolves it against the site's address. */
	link: string;
	description: string;
	pubDate: Date;
	categories: string[];
}

/**
 * The feed's items: every decided record, newest first. Proposals have no decision date yet, so they
 * join the feed once they are decided. An amended record is dated by its latest amendment, which its
 * description leads with, so that readers see the decision changed.
 */
export function getFeedItems(playbook: Playbook, base: string, t: Translate = translateEnglish): FeedItem[] {
	const pillars = new Map(playbook.pillars.map((pillar) => [pillar.id, pillar.label]));
	return playbook.records
		.flatMap((record) => {
			const amendment = record.data.amendments.at(-1);
			const date = amendment?.date ?? record.data.decided;
			return date ? [{ record, date, amendment }] : [];
		})
		.sort((a, b) => b.date.localeCompare(a.date) || a.record.data.title.localeCompare(b.record.data.title))
		.map(({ record, date, amendment }) => ({
			title: record.data.title,
			link: getRecordUrl(base, record.id),
			description: amendment
				? t('charter.feed.amendedOn', {
						date: formatDate(amendment.date, t.lang),
						summary: amendment.summary,
						recordSummary: record.data.summary,
					})
				: record.data.summary,
			pubDate: new Date(`${date}T00:00:00Z`),
			categories: [
				pillars.get(record.data.pillar) ?? record.data.pillar,
				t(`charter.status.${record.data.status}`),
				...(amendment ? [t('charter.feed.amended')] : []),
				...record.data.tags,
			],
		}));
}

/** One record in `records.json`. */
export interface ExportedRecord {
	id: string;
	/** The record page's address: absolute when the site has an address (`site`), else a path under the base. */
	url: string;
	/** The validated frontmatter, defaults included. */
	frontmatter: RecordData;
	/** Ids of the records that supersede this one, newest decision first. */
	supersededBy: string[];
	/** Ids of the records that name this one in `related` or `supersedes`. */
	referencedBy: string[];
	/** The record's history from git, newest first: added, status changes, amendments, renames, other edits. Empty outside a git repository. */
	history: HistoryEntry[];
}

/** The contents of `records.json`: the playbook's records and pillars, for other tools. */
export interface RecordsExport {
	/** Bumped when the shape changes in a way that breaks readers. */
	version: 1;
	organization: string;
	pillars: { id: string; label: string; description: string }[];
	records: ExportedRecord[];
}

/** Builds `records.json`: every record with its id, URL, frontmatter, computed links and history, sorted by id. */
export function getRecordsExport(
	playbook: Playbook,
	options: Pick<CharterOptions, 'organization'>,
	base: string,
	site?: URL | string,
	getHistory: (id: string) => HistoryEntry[] = () => [],
): RecordsExport {
	const toUrl = (path: string) => (site ? new URL(path, site).href : path);
	return {
		version: 1,
		organization: options.organization,
		pillars: playbook.pillars.map(({ id, label, description }) => ({ id, label, description })),
		records: [...playbook.records]
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((record) => ({
				id: record.id,
				url: toUrl(getRecordUrl(base, record.id)),
				frontmatter: record.data,
				supersededBy: record.supersededBy,
				referencedBy: record.referencedBy,
				history: getHistory(record.id),
			})),
	};
}
