import { describe, expect, it } from 'vitest';
import { groupCommitsByFile } from '../../../src/shared/git-history.ts';
import type { FileChange, LoggedCommit } from '../../../src/shared/git-log.ts';

let counter = 0;
const commit = (date: string, changes: FileChange[], parents = ['p']): LoggedCommit => ({
	hash: `h${++counter}`,
	date,
	parents,
	title: `commit of ${date}`,
	changes,
});
const dates = (events: { date: string }[] | undefined) => events?.map((event) => event.date);

describe('groupCommitsByFile', () => {
	it('lists a renamed file’s commits under its new name, newest first', () => {
		const history = groupCommitsByFile(
			[
				commit('3', [{ kind: 'modified', path: 'new.md' }]),
				commit('2', [{ kind: 'renamed', path: 'new.md', previousPath: 'old.md' }]),
				commit('1', [{ kind: 'added', path: 'old.md', statusAfter: 'proposed' }]),
			],
			false,
		);
		expect(Object.keys(history.files)).toEqual(['new.md']);
		expect(dates(history.files['new.md'])).toEqual(['3', '2', '1']);
	});

	it('starts afresh when a file is deleted and later added again under the same name', () => {
		const history = groupCommitsByFile(
			[
				commit('3', [{ kind: 'added', path: 'a.md' }]),
				commit('2', [{ kind: 'deleted', path: 'a.md' }]),
				commit('1', [{ kind: 'added', path: 'a.md' }]),
			],
			false,
		);
		expect(dates(history.files['a.md'])).toEqual(['3']);
	});

	it('keeps two files’ histories apart when they swap names in one commit', () => {
		const history = groupCommitsByFile(
			[
				commit('2', [
					{ kind: 'renamed', path: 'a.md', previousPath: 'b.md' },
					{ kind: 'renamed', path: 'b.md', previousPath: 'a.md' },
				]),
				commit('1', [
					{ kind: 'added', path: 'a.md', statusAfter: 'accepted' },
					{ kind: 'added', path: 'b.md', statusAfter: 'rejected' },
				]),
			],
			false,
		);
		expect(history.files['a.md']?.[1]?.statusAfter).toBe('rejected');
		expect(history.files['b.md']?.[1]?.statusAfter).toBe('accepted');
	});

	it('leaves out the commit at a shallow clone’s edge, which only seems to add every file', () => {
		const history = groupCommitsByFile(
			[commit('2', [{ kind: 'modified', path: 'a.md' }]), commit('1', [{ kind: 'added', path: 'a.md' }], [])],
			true,
		);
		expect(history.shallow).toBe(true);
		expect(history.files['a.md']?.map((event) => event.kind)).toEqual(['modified']);
	});
});
