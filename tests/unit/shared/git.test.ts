import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLastCommitDates, getLastUpdated } from '../../../src/shared/git.ts';

const root = mkdtempSync(join(tmpdir(), 'charter-git-'));
const git = (args: string[], date?: string) =>
	execFileSync('git', args, {
		cwd: root,
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'T',
			GIT_AUTHOR_EMAIL: 't@example.com',
			GIT_COMMITTER_NAME: 'T',
			GIT_COMMITTER_EMAIL: 't@example.com',
			...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}),
		},
	});
const write = (file: string, text: string) => {
	mkdirSync(join(root, file, '..'), { recursive: true });
	writeFileSync(join(root, file), text);
};

beforeAll(() => {
	git(['init', '-q']);
	write('site/content/practices/a.mdx', 'one');
	write('site/content/practices/b.md', 'one');
	write('site/other.md', 'one');
	git(['add', '.']);
	git(['commit', '-qm', 'first'], '2025-01-10T09:00:00+00:00');
	write('site/content/practices/a.mdx', 'two');
	write('site/other.md', 'two');
	git(['commit', '-qam', 'second'], '2025-03-05T12:30:00+01:00');
	write('site/content/practices/new.mdx', 'not committed');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('getLastCommitDates', () => {
	it('gives each record the date of the last commit that changed it, with paths from the site', () => {
		const dates = getLastCommitDates(join(root, 'site'), 'content/practices');
		expect(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()]))).toEqual({
			'content/practices/a.mdx': '2025-03-05T11:30:00.000Z',
			'content/practices/b.md': '2025-01-10T09:00:00.000Z',
		});
	});

	it('gives nothing outside a git repository', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'charter-nogit-'));
		expect(getLastCommitDates(elsewhere, 'content/practices').size).toBe(0);
		rmSync(elsewhere, { recursive: true });
	});
});

describe('getLastUpdated', () => {
	it('finds a file’s date, and none for a file git does not know', () => {
		const dates = { 'content/practices/a.mdx': '2025-03-05T11:30:00.000Z' };
		expect(getLastUpdated(dates, 'content/practices/a.mdx')).toEqual(new Date('2025-03-05T11:30:00.000Z'));
		expect(getLastUpdated(dates, 'content/practices/new.mdx')).toBeUndefined();
	});
});
