import { execFileSync } from 'node:child_process';

const COMMIT_MARK = '\u0001';

function runGit(cwd: string, args: readonly string[]): string | undefined {
	try {
		return execFileSync('git', args, {
			cwd,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		// Not a repository, or git is not installed: there is simply no history to read.
		return undefined;
	}
}

/** The top folder of the git repository that holds `dir`, or `undefined` outside a repository. */
export function getRepositoryRoot(dir: string): string | undefined {
	return runGit(dir, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/**
 * The date of the last commit that changed each file under `dir` (a folder relative to `root`), keyed
 * by the file's path relative to `root`. One `git log` reads the whole folder, however many files it
 * holds. Files without a commit (new, or outside a repository) are absent. In a shallow clone every
 * file gets the date of the oldest commit fetched that touched it, so CI should fetch the full history.
 */
export function getLastCommitDates(root: string, dir: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	const log = runGit(root, [
		'log',
		`--format=${COMMIT_MARK}%cI`,
		'--name-only',
		'--no-renames',
		'--relative',
		'-z',
		'--',
		dir,
	]);
	if (!log) return dates;
	let current: Date | undefined;
	for (const field of log.split('\0')) {
		const entry = field.replace(/^\n+/, '');
		if (entry.startsWith(COMMIT_MARK)) {
			// With -z, the first file name follows the date on the same line.
			const [date, first] = entry.slice(1).split('\n');
			current = new Date(date!);
			if (first && !dates.has(first)) dates.set(first, current);
		} else if (entry && current && !dates.has(entry)) {
			dates.set(entry, current);
		}
	}
	return dates;
}

/** The last-updated date of a file from a map of ISO dates keyed by path, or `undefined` when git has none. */
export function getLastUpdated(dates: Readonly<Record<string, string>>, file: string | undefined): Date | undefined {
	const iso = file ? dates[file.split('\\').join('/')] : undefined;
	return iso ? new Date(iso) : undefined;
}

/**
 * The day each file directly in `dir` was first committed (`YYYY-MM-DD`, the author date), keyed
 * by file name, following renames and moves from other folders (as `git log --follow` does for one
 * file). One `git log` over the repository's history serves the whole folder. Files never
 * committed, and every file outside a repository, are absent.
 */
export function getFirstCommitDates(dir: string): Map<string, string> {
	const dates = new Map<string, string>();
	const prefix = runGit(dir, ['rev-parse', '--show-prefix'])?.trim();
	const tracked = runGit(dir, ['ls-files', '-z', '--', '.']);
	if (prefix === undefined || !tracked) return dates;
	// The path each file had at the point of history being read, newest commit first.
	const wanted = new Map<string, string>();
	for (const name of tracked.split('\0')) if (name && !name.includes('/')) wanted.set(`${prefix}${name}`, name);
	const log = runGit(dir, ['log', '-M', '--diff-filter=AR', '--name-status', '-z', `--format=${COMMIT_MARK}%as`]);
	if (!log) return dates;
	const tokens = log.split('\0');
	let date: string | undefined;
	for (let index = 0; index < tokens.length && wanted.size > 0; index++) {
		const token = tokens[index]!.replace(/^\n+/, '');
		if (token.startsWith(COMMIT_MARK)) {
			date = token.slice(1);
		} else if (token.startsWith('R')) {
			const [from, to] = [tokens[++index]!, tokens[++index]!];
			const name = wanted.get(to);
			if (name !== undefined) {
				wanted.delete(to);
				wanted.set(from, name);
			}
		} else if (token === 'A') {
			const path = tokens[++index]!;
			const name = wanted.get(path);
			// The first addition met, going back in time, is where this file's history starts.
			if (name !== undefined && date !== undefined) {
				dates.set(name, date);
				wanted.delete(path);
			}
		}
	}
	return dates;
}
