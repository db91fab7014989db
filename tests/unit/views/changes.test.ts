import { describe, expect, it } from 'vitest';
import type { GitHistory } from '../../../src/shared/git-history.ts';
import { getChangeFeedItems, getChanges, getPlaybookChanges, groupChangesByMonth } from '../../../src/views/changes.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const playbook = makePlaybook([
	makeRecord('small-batches', { title: 'Small batches' }),
	makeRecord('quarterly', { title: 'Quarterly releases', status: 'superseded' }),
]);
const at = (date: string) => `${date}T10:00:00+00:00`;
const history: GitHistory = {
	shallow: false,
	files: {
		'content/practices/small-batches.md': [
			{ hash: 'c4', date: at('2026-03-02'), title: 'Fix a typo', kind: 'modified' },
			{
				hash: 'c3',
				date: at('2026-02-20'),
				title: 'Accept',
				kind: 'renamed',
				previousPath: 'content/practices/small.md',
				statusBefore: 'proposed',
				statusAfter: 'accepted',
			},
			{ hash: 'c1', date: at('2026-01-05'), title: 'Propose', kind: 'added', statusAfter: 'proposed' },
		],
		'content/practices/quarterly.md': [
			{
				hash: 'c5',
				date: at('2026-03-03'),
				title: 'Supersede',
				kind: 'modified',
				statusBefore: 'accepted',
				statusAfter: 'superseded',
			},
			{ hash: 'c0', date: at('2025-12-01'), title: 'Add', kind: 'added', statusAfter: 'accepted' },
		],
	},
};
const files = new Map([
	['small-batches', 'content/practices/small-batches.md'],
	['quarterly', 'content/practices/quarterly.md'],
]);

describe('getChanges', () => {
	const changes = getChanges(
		playbook,
		{
			history,
			files,
			getAmendments: (data) =>
				data.title === 'Quarterly releases' ? [{ date: '2026-01-10', summary: 'Only for mobile apps.' }] : [],
		},
		{ repository: { url: 'https://github.com/acme/playbook', branch: 'main', path: '' } },
		'/',
	);

	it('lists additions, decisions, amendments, supersessions and renames newest first, leaving other edits out', () => {
		expect(changes.map((change) => `${change.date} ${change.label}: ${change.record.title}`)).toEqual([
			'2026-03-03 Superseded: Quarterly releases',
			'2026-02-20 Decided: Small batches',
			'2026-02-20 Renamed: Small batches',
			'2026-01-10 Amended: Quarterly releases',
			'2026-01-05 Added: Small batches',
			'2025-12-01 Added: Quarterly releases',
		]);
		expect(changes[0]).toMatchObject({
			record: { url: '/practices/quarterly/' },
			commit: { url: 'https://github.com/acme/playbook/commit/c5' },
		});
	});

	it('says what an amendment changed', () => {
		expect(changes.find((change) => change.kind === 'amended')).toMatchObject({
			date: '2026-01-10',
			text: 'Only for mobile apps.',
			commit: undefined,
		});
	});

	it('groups them by month, newest month first', () => {
		expect(groupChangesByMonth(changes).map((month) => [month.label, month.changes.length])).toEqual([
			['March 2026', 1],
			['February 2026', 2],
			['January 2026', 2],
			['December 2025', 1],
		]);
	});

	it('makes a feed item of each change', () => {
		expect(getChangeFeedItems(changes, 1)).toEqual([
			{
				title: 'Superseded: Quarterly releases',
				link: '/practices/quarterly/',
				description: 'Accepted → Superseded',
				pubDate: new Date('2026-03-03T10:00:00Z'),
				categories: ['Superseded'],
			},
		]);
	});

	it('lists nothing outside a git repository', () => {
		expect(getChanges(playbook, { history: undefined, files }, {}, '/')).toEqual([]);
	});
});

describe('getPlaybookChanges', () => {
	it("finds each entry's history by its file and lists its amendments from its frontmatter", () => {
		const entries = [
			{ ...makeRecord('small-batches', { title: 'Small batches' }), filePath: 'content/practices/small-batches.md' },
			{
				...makeRecord('quarterly', {
					title: 'Quarterly releases',
					amendments: [{ date: '2026-01-10', summary: 'Only for mobile apps.' }],
				}),
				filePath: 'content/practices/quarterly.md',
			},
		];
		const changes = getPlaybookChanges(entries, history, { pillars: [], repository: undefined }, '/');
		expect(changes.map((change) => `${change.date} ${change.label}: ${change.record.title}`)).toContain(
			'2026-01-10 Amended: Quarterly releases',
		);
		expect(changes.filter((change) => change.record.title === 'Small batches')).toHaveLength(3);
		// Outside a git repository only the amendments, which the frontmatter holds, are left.
		const withoutGit = getPlaybookChanges(entries, null, { pillars: [], repository: undefined }, '/');
		expect(withoutGit.map((change) => change.kind)).toEqual(['amended']);
	});
});
