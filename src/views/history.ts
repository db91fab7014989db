import type { CharterOptions } from '../schemas/config.ts';
import type { RecordData, RecordStatus } from '../schemas/record.ts';
import { RECORD_STATUSES } from '../schemas/record.ts';
import type { FileEvent, GitHistory } from '../shared/git-history.ts';
import { ROUTES } from '../shared/routes.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

/**
 * How many entries a record page's History section shows. A record edited for years would otherwise
 * carry a list that only grows; past this many, the page links a page of its own with them all.
 */
export const HISTORY_LIMIT = 8;

/** The heading id and text of the History section on a record page. */
export const HISTORY_SECTION = {
	id: 'record-history',
	label: translateEnglish('charter.section.record-history'),
} as const;

/** An amendment written in a record's frontmatter: when the decision changed, and how. */
export interface Amendment {
	date: string;
	summary: string;
}

/** A commit on the configured repository, with its web address when there is one. */
export interface CommitLink {
	hash: string;
	/** The first 7 characters of the hash, as git shows it. */
	shortHash: string;
	/** What the commit did, in a line. */
	title: string;
	url?: string | undefined;
	pullRequest?: { number: number; url?: string | undefined } | undefined;
}

/** One entry of a record's history. */
export interface HistoryEntry {
	/** What happened; a commit that renames a record and changes its status is one `status` entry. */
	kind: 'added' | 'status' | 'renamed' | 'amended' | 'edited';
	/** The day, `YYYY-MM-DD` (in UTC for commits). */
	date: string;
	/** The commit's exact time (ISO 8601), or the amendment's day. */
	datetime: string;
	/** What a reader sees first: "Added as Proposed", "Proposed → Accepted", "Renamed from old-name.mdx", "Amended". */
	text: string;
	/** An amendment's summary. */
	summary?: string | undefined;
	/** The status the entry set, for `added` and `status`. */
	status?: RecordStatus | undefined;
	/** The status before, for `status`. */
	previousStatus?: RecordStatus | undefined;
	/** The file's earlier path, when the commit renamed it. */
	previousPath?: string | undefined;
	/** The commit, for every entry but an amendment. */
	commit?: CommitLink | undefined;
}

/** A record's History section: its entries newest first, bounded, and whether earlier ones are missing. */
export interface RecordHistory {
	/** The newest {@link HISTORY_LIMIT} entries. */
	entries: HistoryEntry[];
	/** How many entries there are in all. */
	total: number;
	/** The page listing every entry, when the record page shows only some. */
	allUrl?: string | undefined;
	/** Set when the site was built from a shallow clone: the oldest entries, and when the record was added, are missing. */
	incomplete: boolean;
}

/** A record's amendments, for its history and the changelog. */
export function getAmendments(data: RecordData): Amendment[] {
	return data.amendments;
}

/**
 * A record's history, newest first: its commits from git (added, each status change, renames, other
 * edits) and its amendments, each commit linked on the configured repository.
 */
export function getHistoryEntries(
	events: readonly FileEvent[],
	repository: CharterOptions['repository'],
	amendments: readonly Amendment[] = [],
	t: Translate = translateEnglish,
): HistoryEntry[] {
	const entries: HistoryEntry[] = events.map((event) => describeEvent(event, repository, t));
	for (const amendment of amendments) {
		const { date, summary } = amendment;
		entries.push({ kind: 'amended', date, datetime: date, text: t('charter.history.amended'), summary });
	}
	// Stable: events of one day keep git's order; an amendment sorts before the commits of its day.
	return entries
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
		.map(({ entry }) => entry);
}

/** The History section of a record's page, or `undefined` when the site is not built from a git repository. */
export function getRecordHistory(
	history: GitHistory | undefined,
	file: string,
	id: string,
	options: Pick<CharterOptions, 'repository'>,
	base: string,
	amendments: readonly Amendment[] = [],
	t: Translate = translateEnglish,
): RecordHistory | undefined {
	if (!history) return undefined;
	const entries = getHistoryEntries(history.files[normalizePath(file)] ?? [], options.repository, amendments, t);
	return {
		entries: entries.slice(0, HISTORY_LIMIT),
		total: entries.length,
		allUrl: entries.length > HISTORY_LIMIT ? ROUTES.history.getUrl(base, { id }) : undefined,
		incomplete: history.shallow,
	};
}

/** When a record's file last changed in git, or `undefined` when git has no commit of it. */
export function getLastUpdated(history: GitHistory | undefined, file: string | undefined): Date | undefined {
	const newest = file ? history?.files[normalizePath(file)]?.[0] : undefined;
	return newest ? new Date(newest.date) : undefined;
}

/** The web address of a commit, and of the pull request it came from, on the configured repository. */
export function getCommitLink(
	event: Pick<FileEvent, 'hash' | 'title' | 'pullRequest'>,
	repository: CharterOptions['repository'],
): CommitLink {
	const url = repository?.url.replace(/\/$/, '');
	const gitlab = url !== undefined && /gitlab/.test(new URL(url).hostname);
	const github = url !== undefined && /github/.test(new URL(url).hostname);
	const pullUrl = (number: number) =>
		github ? `${url}/pull/${number}` : gitlab ? `${url}/-/merge_requests/${number}` : undefined;
	return {
		hash: event.hash,
		shortHash: event.hash.slice(0, 7),
		title: event.title,
		url: url === undefined ? undefined : `${url}${gitlab ? '/-' : ''}/commit/${event.hash}`,
		pullRequest:
			event.pullRequest === undefined ? undefined : { number: event.pullRequest, url: pullUrl(event.pullRequest) },
	};
}

function describeEvent(event: FileEvent, repository: CharterOptions['repository'], t: Translate): HistoryEntry {
	const status = asStatus(event.statusAfter);
	const previousStatus = asStatus(event.statusBefore);
	const common = {
		date: new Date(event.date).toISOString().slice(0, 10),
		datetime: new Date(event.date).toISOString(),
		commit: getCommitLink(event, repository),
		...(event.previousPath === undefined ? {} : { previousPath: event.previousPath }),
	};
	const renamed =
		event.kind === 'renamed' && event.previousPath
			? t('charter.history.renamedFrom', { file: baseName(event.previousPath) })
			: '';
	const label = (value: RecordStatus) => t(`charter.status.${value}`);
	if (event.kind === 'added') {
		const text = status ? t('charter.history.addedAs', { status: label(status) }) : t('charter.history.added');
		return { ...common, kind: 'added', status, text };
	}
	if (status && status !== previousStatus) {
		const change = previousStatus
			? `${label(previousStatus)} → ${label(status)}`
			: t('charter.history.marked', { status: label(status) });
		return { ...common, kind: 'status', status, previousStatus, text: renamed ? `${change}; ${renamed}` : change };
	}
	if (renamed) return { ...common, kind: 'renamed', text: renamed };
	return { ...common, kind: 'edited', text: t('charter.history.edited') };
}

function asStatus(value: string | undefined): RecordStatus | undefined {
	return (RECORD_STATUSES as readonly string[]).includes(value ?? '') ? (value as RecordStatus) : undefined;
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function normalizePath(file: string): string {
	return file.split('\\').join('/');
}
