import { describe, expect, it } from 'vitest';
import type { FileEvent, GitHistory } from '../../../src/shared/git-history.ts';
import {
	getCommitLink,
	getHistoryEntries,
	getLastUpdated,
	getRecordHistory,
	HISTORY_LIMIT,
} from '../../../src/views/history.ts';

const github = { url: 'https://github.com/acme/playbook/', branch: 'main', path: '' };
const event = (date: string, overrides: Partial<FileEvent> = {}): FileEvent => ({
	hash: `${date.replace(/\D/g, '')}abcdef`,
	date: `${date}T10:00:00+00:00`,
	title: `Commit of ${date}`,
	kind: 'modified',
	...overrides,
});
const EVENTS: FileEvent[] = [
	event('2026-04-02', { kind: 'renamed', previousPath: 'content/practices/small.md' }),
	event('2026-03-01', { statusBefore: 'proposed', statusAfter: 'accepted', pullRequest: 12, title: 'Accept (#12)' }),
	event('2026-02-01'),
	event('2026-01-05', { kind: 'added', statusAfter: 'proposed' }),
];

describe('getHistoryEntries', () => {
	it('tells added, status changes, renames and other edits apart, newest first', () => {
		expect(getHistoryEntries(EVENTS, github).map(({ date, kind, text }) => `${date} ${kind}: ${text}`)).toEqual([
			'2026-04-02 renamed: Renamed from small.md',
			'2026-03-01 status: Proposed → Accepted',
			'2026-02-01 edited: Edited',
			'2026-01-05 added: Added as Proposed',
		]);
	});

	it('places amendments by date among the commits', () => {
		const entries = getHistoryEntries(EVENTS, github, [{ date: '2026-03-15', summary: 'Applies to vendors too.' }]);
		expect(entries.map((entry) => entry.text).slice(0, 3)).toEqual([
			'Renamed from small.md',
			'Amended',
			'Proposed → Accepted',
		]);
		expect(entries[1]).toMatchObject({ kind: 'amended', date: '2026-03-15', summary: 'Applies to vendors too.' });
		expect(entries[1]).not.toHaveProperty('commit');
	});
});

describe('getCommitLink', () => {
	it('links a commit and its pull request on GitHub', () => {
		expect(getCommitLink({ hash: '0123456789', title: 'Accept (#12)', pullRequest: 12 }, github)).toEqual({
			hash: '0123456789',
			shortHash: '0123456',
			title: 'Accept (#12)',
			url: 'https://github.com/acme/playbook/commit/0123456789',
			pullRequest: { number: 12, url: 'https://github.com/acme/playbook/pull/12' },
		});
	});

	it('links merge requests on GitLab, and nothing without a repository', () => {
		const gitlab = { url: 'https://gitlab.com/acme/playbook', branch: 'main', path: '' };
		expect(getCommitLink({ hash: 'abc', title: 'x', pullRequest: 3 }, gitlab)).toMatchObject({
			url: 'https://gitlab.com/acme/playbook/-/commit/abc',
			pullRequest: { number: 3, url: 'https://gitlab.com/acme/playbook/-/merge_requests/3' },
		});
		expect(getCommitLink({ hash: 'abc', title: 'x', pullRequest: 3 }, undefined)).toMatchObject({
			url: undefined,
			pullRequest: { number: 3, url: undefined },
		});
	});
});

describe('getRecordHistory', () => {
	const many = Array.from({ length: HISTORY_LIMIT + 2 }, (_, index) =>
		event(`2026-01-${String(20 - index).padStart(2, '0')}`),
	);
	const history: GitHistory = { shallow: false, files: { 'content/practices/a.md': many } };

	it('shows the newest entries and links the page with all of them past the limit', () => {
		const view = getRecordHistory(history, 'content/practices/a.md', 'a', { repository: github }, '/handbook/');
		expect(view?.entries).toHaveLength(HISTORY_LIMIT);
		expect(view).toMatchObject({
			total: HISTORY_LIMIT + 2,
			allUrl: '/handbook/practices/a/history/',
			incomplete: false,
		});
	});

	it('says a shallow clone’s history is incomplete, and gives none outside git', () => {
		expect(getRecordHistory({ ...history, shallow: true }, 'content/practices/a.md', 'a', {}, '/')?.incomplete).toBe(
			true,
		);
		expect(getRecordHistory(undefined, 'content/practices/a.md', 'a', {}, '/')).toBeUndefined();
	});

	it('dates "Last updated" from the newest commit, and not at all without one', () => {
		expect(getLastUpdated(history, 'content\\practices\\a.md')?.toISOString()).toBe('2026-01-20T10:00:00.000Z');
		expect(getLastUpdated(history, 'content/practices/new.md')).toBeUndefined();
	});
});
