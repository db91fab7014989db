import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isShallowRepository, readGitHistory } from '../../../src/shared/git.ts';
import { createScriptedRepository } from '../../helpers/git-repo.ts';

const root = mkdtempSync(join(tmpdir(), 'charter-git-'));
const record = (status: string, body = 'Body.') => `---\ntitle: A\nstatus: ${status}\n---\n\n${body}\n`;

beforeAll(() => {
	const repo = createScriptedRepository(root);
	repo.write('site/content/practices/a.mdx', record('proposed'));
	repo.write('site/content/practices/old-name.md', record('accepted'));
	repo.write('site/other.md', 'one');
	repo.commit('Add two records', '2025-01-10T09:00:00+00:00');
	repo.edit('site/content/practices/a.mdx', 'status: proposed', 'status: accepted');
	repo.edit('site/other.md', 'one', 'two');
	repo.commit('Accept A (#7)', '2025-03-05T12:30:00+01:00');
	repo.git(['mv', 'site/content/practices/old-name.md', 'site/content/practices/b.md']);
	repo.commit('Rename old-name to b', '2025-04-01T10:00:00+00:00');
	repo.write('site/content/practices/new.mdx', 'not committed');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readGitHistory', () => {
	it('reads each record’s commits, newest first, with status changes, keyed by its path from the site', async () => {
		const history = await readGitHistory(join(root, 'site'), 'content/practices');
		expect(history?.shallow).toBe(false);
		expect(Object.keys(history?.files ?? {}).sort()).toEqual(['content/practices/a.mdx', 'content/practices/b.md']);
		expect(
			history?.files['content/practices/a.mdx']?.map(
				({ date, kind, title, statusBefore, statusAfter, pullRequest }) => ({
					date,
					kind,
					title,
					statusBefore,
					statusAfter,
					pullRequest,
				}),
			),
		).toEqual([
			{
				date: '2025-03-05T12:30:00+01:00',
				kind: 'modified',
				title: 'Accept A (#7)',
				statusBefore: 'proposed',
				statusAfter: 'accepted',
				pullRequest: 7,
			},
			{
				date: '2025-01-10T09:00:00+00:00',
				kind: 'added',
				title: 'Add two records',
				statusBefore: undefined,
				statusAfter: 'proposed',
				pullRequest: undefined,
			},
		]);
	});

	it('follows a renamed record back to the commit that added it under its old name', async () => {
		const events = (await readGitHistory(join(root, 'site'), 'content/practices'))?.files['content/practices/b.md'];
		expect(events?.map(({ kind, previousPath }) => ({ kind, previousPath }))).toEqual([
			{ kind: 'renamed', previousPath: 'content/practices/old-name.md' },
			{ kind: 'added', previousPath: undefined },
		]);
	});

	it('marks a shallow clone and leaves out its oldest commit, which git shows as adding every file', async () => {
		const clone = mkdtempSync(join(tmpdir(), 'charter-shallow-'));
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
		expect(isShallowRepository(clone)).toBe(true);
		const history = await readGitHistory(join(clone, 'site'), 'content/practices');
		expect(history).toEqual({ shallow: true, files: {} });
		rmSync(clone, { recursive: true, force: true });
	});

	it('gives nothing outside a git repository', async () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'charter-nogit-'));
		expect(isShallowRepository(elsewhere)).toBeUndefined();
		expect(await readGitHistory(elsewhere, 'content/practices')).toBeUndefined();
		rmSync(elsewhere, { recursive: true });
	});
});
