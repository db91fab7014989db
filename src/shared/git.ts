import { execFileSync } from 'node:child_process';
import { groupCommitsByFile, type GitHistory } from './git-history.ts';
import { GIT_LOG_FORMAT, parseGitLog } from './git-log.ts';

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
 * patch, of which the frontmatter's `status:` lines are kept.
 */
export function readGitHistory(root: string, dir: string): GitHistory | undefined {
	const shallow = isShallowRepository(root);
	if (shallow === undefined) return undefined;
	const log = runGit(root, [
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
	]);
	if (log === undefined) return undefined;
	return groupCommitsByFile(parseGitLog(log), shallow);
}
