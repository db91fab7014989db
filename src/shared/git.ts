import { execFile, execFileSync } from 'node:child_process';
import { groupCommitsByFile, type GitHistory } from './git-history.ts';
import { GIT_LOG_FORMAT, parseGitLog } from './git-log.ts';

// Starts each commit's line in `git log -z` output: a byte no path or date contains.
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
 * Whether the repository holding `dir` is a shallow clone (as `actions/checkout` makes by default),
 * or `undefined` outside a repository.
 */
export function isShallowRepository(dir: string): boolean | undefined {
	const answer = runGit(dir, ['rev-parse', '--is-shallow-repository'])?.trim();
	return answer === undefined || answer === '' ? undefined : answer === 'true';
}

/**
 * The history of every file under `dir` (a folder relative to `root`), keyed by the file's path
 * relative to `root`, or `undefined` outside a git repository. One `git log` reads the whole folder,
 * however many files it holds: the commits of the main line (a merged pull request counts as its
 * merge commit), each with its changed files, renames followed, and only the changed lines of each
 * patch, of which the frontmatter's `status:` lines are kept. Git runs in its own process while the
 * caller goes on, so a build can render other work meanwhile.
 */
export async function readGitHistory(root: string, dir: string): Promise<GitHistory | undefined> {
	const shallow = isShallowRepository(root);
	if (shallow === undefined) return undefined;
	const log = await new Promise<string | undefined>((resolve) => {
		execFile(
			'git',
			[
				'-c',
				'core.quotePath=false',
				'log',
				'--first-parent',
				'--diff-merges=first-parent',
				'-p',
				'-U0',
				'-M',
				'--no-color',
				'--no-ext-diff',
				'--no-textconv',
				'--src-prefix=a/',
				'--dst-prefix=b/',
				`--format=${GIT_LOG_FORMAT}`,
				'--relative',
				'--',
				dir,
			],
			{ cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
			// A failed log (git gone since, a corrupt repository) is the same as no history.
			(error, stdout) => resolve(error ? undefined : stdout),
		);
	});
	if (log === undefined) return undefined;
	return groupCommitsByFile(parseGitLog(log), shallow);
}

/** What a git command printed, or why it failed. */
type GitOutput = { ok: true; stdout: Buffer } | { ok: false; reason: 'no-git' | 'failed'; stderr: string };

function runGitBuffer(cwd: string, args: readonly string[], input?: string): GitOutput {
	try {
		const stdout = execFileSync('git', args, {
			cwd,
			input,
			maxBuffer: 512 * 1024 * 1024,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		return { ok: true, stdout };
	} catch (error) {
		const { code, stderr } = error as { code?: string; stderr?: Buffer };
		return { ok: false, reason: code === 'ENOENT' ? 'no-git' : 'failed', stderr: stderr?.toString('utf8') ?? '' };
	}
}

/**
 * The commit a ref (branch, tag, `origin/main`, hash) names in the repository holding `dir`, or why
 * there is none: git is missing, `dir` is not in a repository, or the ref names no commit there.
 */
export function resolveCommit(
	dir: string,
	ref: string,
): { commit: string } | { error: 'no-git' | 'no-repository' | 'unknown-ref' } {
	if (!getRepositoryRoot(dir)) {
		const probe = runGitBuffer(dir, ['--version']);
		return { error: !probe.ok && probe.reason === 'no-git' ? 'no-git' : 'no-repository' };
	}
	const result = runGitBuffer(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
	const commit = result.ok ? result.stdout.toString('utf8').trim() : '';
	return commit ? { commit } : { error: 'unknown-ref' };
}

/**
 * The files of `folder` (relative to `dir`, not recursive) at `commit`, with their text, keyed by path
 * relative to `dir`. Two git processes read them all, however many there are; no checkout is made.
 * An absent folder gives an empty map.
 */
export function readFolderAtCommit(dir: string, commit: string, folder: string): Map<string, string> {
	const files = new Map<string, string>();
	const listing = runGitBuffer(dir, ['ls-tree', '-z', commit, '--', `${folder.replace(/\/$/, '')}/`]);
	if (!listing.ok) return files;
	const paths = listing.stdout
		.toString('utf8')
		.split('\0')
		.flatMap((line) => {
			// `<mode> <type> <object>\t<path>`: only files, not subfolders.
			const match = /^\d+ blob [0-9a-f]+\t(.+)$/s.exec(line);
			return match ? [match[1]!] : [];
		});
	if (paths.length === 0) return files;
	// `<commit>:./<path>` is relative to the working folder, as ls-tree's paths are.
	const batch = runGitBuffer(dir, ['cat-file', '--batch'], paths.map((path) => `${commit}:./${path}\n`).join(''));
	if (!batch.ok) return files;
	const output = batch.stdout;
	let offset = 0;
	for (const path of paths) {
		const headerEnd = output.indexOf(0x0a, offset);
		if (headerEnd === -1) break;
		const header = output.subarray(offset, headerEnd).toString('utf8');
		const size = Number(/ blob (\d+)$/.exec(header)?.[1]);
		if (Number.isNaN(size)) {
			offset = headerEnd + 1;
			continue;
		}
		files.set(path, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
		offset = headerEnd + 1 + size + 1;
	}
	return files;
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
