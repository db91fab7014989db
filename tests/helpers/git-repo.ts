import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A git repository that a test writes commits into, each at a date it chooses. */
export interface ScriptedRepository {
	/** Runs git in the repository, as a fixed author, at `date` when given; returns its output. */
	git: (args: readonly string[], date?: string) => string;
	/** Writes a file, making its folders. */
	write: (file: string, text: string) => void;
	/** Replaces text in a file. */
	edit: (file: string, from: string | RegExp, to: string) => void;
	/** Stages everything and commits it at `date`. */
	commit: (message: string, date: string) => void;
}

/** Starts a git repository at `root` (on branch `main`) for scripted commits. */
export function createScriptedRepository(root: string): ScriptedRepository {
	const git = (args: readonly string[], date?: string) =>
		execFileSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'T',
				GIT_AUTHOR_EMAIL: 't@example.com',
				GIT_COMMITTER_NAME: 'T',
				GIT_COMMITTER_EMAIL: 't@example.com',
				GIT_CONFIG_NOSYSTEM: '1',
				...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}),
			},
		});
	git(['init', '-q', '-b', 'main']);
	git(['config', 'commit.gpgsign', 'false']);
	const write = (file: string, text: string) => {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	return {
		git,
		write,
		edit: (file, from, to) => write(file, readFileSync(join(root, file), 'utf8').replace(from, to)),
		commit: (message, date) => {
			git(['add', '-A']);
			git(['commit', '-q', '-m', message], date);
		},
	};
}
