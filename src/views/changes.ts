import type { CharterOptions } from '../schemas/config.ts';
import type { RecordData } from '../schemas/record.ts';
import type { GitHistory } from '../shared/git-history.ts';
import { getRecordUrl } from '../shared/routes.ts';
import type { FeedItem } from './feeds.ts';
import { getAmendments, getHistoryEntries, type Amendment, type CommitLink, type HistoryEntry } from './history.ts';
import { createPlaybook, type Playbook } from './playbook.ts';
import { formatDate } from '../shared/dates.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

/**
 * How many changes the changes page lists, newest first. A playbook imported in one go adds every
 * record at once; the page stays readable, and `records.json` keeps every record's whole history.
 */
export const CHANGES_LIMIT = 300;

/** What a change in the playbook's changelog did to a record. */
export type ChangeKind = 'added' | 'decided' | 'amended' | 'deprecated' | 'superseded' | 'rejected' | 'renamed';

/** One line of the changelog. */
export interface Change {
	kind: ChangeKind;
	label: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** The exact time (ISO 8601), for sorting and the feed. */
	datetime: string;
	record: { id: string; title: string; url: string };
	/** What changed, from the record's history ("Proposed → Accepted", an amendment's summary). */
	text: string;
	commit?: CommitLink | undefined;
}

/** The changes of one month, newest first. */
export interface ChangeMonth {
	/** `YYYY-MM`, also the heading's id. */
	month: string;
	/** "December 2026". */
	label: string;
	changes: Change[];
}

/** The sources of the changelog: the git history and each record's amendments. */
export interface ChangeSources {
	history: GitHistory | undefined;
	/** Each record's file, keyed by id, to find its history. */
	files: ReadonlyMap<string, string>;
	/** A record's amendments; none unless given. */
	getAmendments?: (data: RecordData) => readonly Amendment[];
	/** The strings of the page's language; English unless given. */
	t?: Translate;
}

/**
 * What changed in the playbook, newest first: records added, decided (their status set to
 * accepted), amended, deprecated, superseded, rejected and renamed. Other edits are left out.
 */
export function getChanges(
	playbook: Pick<Playbook, 'records'>,
	sources: ChangeSources,
	options: Pick<CharterOptions, 'repository'>,
	base: string,
): Change[] {
	const changes: Change[] = [];
	const t = sources.t ?? translateEnglish;
	for (const record of playbook.records) {
		const file = sources.files.get(record.id) ?? '';
		const events = sources.history?.files[file.split('\\').join('/')] ?? [];
		const amendments = sources.getAmendments?.(record.data) ?? [];
		const link = { id: record.id, title: record.data.title, url: getRecordUrl(base, record.id) };
		for (const entry of getHistoryEntries(events, options.repository, amendments, t)) {
			for (const kind of getChangeKinds(entry)) {
				changes.push({
					kind,
					label: t(`charter.change.${kind}`),
					date: entry.date,
					datetime: entry.datetime,
					record: link,
					text: entry.summary ?? entry.text,
					commit: entry.commit,
				});
			}
		}
	}
	return changes.sort((a, b) => b.datetime.localeCompare(a.datetime) || a.record.title.localeCompare(b.record.title));
}

/**
 * What changed in the playbook of these collection entries, newest first: {@link getChanges} with
 * each record's file and amendments. The changes page and its feed list the same changes.
 */
export function getPlaybookChanges(
	entries: readonly { id: string; filePath?: string | undefined; data: RecordData }[],
	history: GitHistory | null | undefined,
	options: Pick<CharterOptions, 'pillars' | 'repository'>,
	base: string,
	t?: Translate,
): Change[] {
	const files = new Map(entries.map((entry) => [entry.id, entry.filePath ?? '']));
	const sources = { history: history ?? undefined, files, getAmendments, ...(t ? { t } : {}) };
	return getChanges(createPlaybook(entries, options), sources, options, base);
}

/** The kinds of change one history entry makes: a commit may rename a record and decide it at once. */
function getChangeKinds(entry: HistoryEntry): ChangeKind[] {
	const kinds: ChangeKind[] = [];
	if (entry.kind === 'added') kinds.push('added');
	if (entry.kind === 'amended') kinds.push('amended');
	if (entry.kind === 'status') {
		if (entry.status === 'accepted') kinds.push('decided');
		else if (entry.status && entry.status !== 'proposed') kinds.push(entry.status);
	}
	if (entry.previousPath !== undefined) kinds.push('renamed');
	return kinds;
}

/** The changes grouped by month (in UTC), newest month first. */
export function groupChangesByMonth(changes: readonly Change[], lang = 'en'): ChangeMonth[] {
	const months = new Map<string, Change[]>();
	for (const change of changes) {
		const month = change.date.slice(0, 7);
		months.set(month, [...(months.get(month) ?? []), change]);
	}
	return [...months].map(([month, items]) => ({
		month,
		label: formatDate(month, lang),
		changes: items,
	}));
}

/** The changes as items of the changes feed, newest first, at most `limit` of them. */
export function getChangeFeedItems(changes: readonly Change[], limit = 100): FeedItem[] {
	return changes.slice(0, limit).map((change) => ({
		title: `${change.label}: ${change.record.title}`,
		link: change.record.url,
		description: change.text,
		pubDate: new Date(change.datetime),
		categories: [change.label],
	}));
}
