/**
 * Parsing the output of the one `git log` that reads a playbook's history (see `readGitHistory` in
 * `git.ts`). Pure: it takes the text git printed and returns commits with their file changes.
 */

/** Starts each commit's header in the log; the header's fields are split by {@link FIELD_MARK}. */
export const COMMIT_MARK = '\u0001';
/** Splits the fields of a commit's header. */
export const FIELD_MARK = '\u001f';
/** Ends a commit's header (its body may span lines). */
export const HEADER_END = '\u001e';

/** The `--format` that {@link parseGitLog} reads: hash, committer date, parents, subject, body. */
export const GIT_LOG_FORMAT = `%x01%H%x1f%cI%x1f%P%x1f%s%x1f%b%x1e`;

/** How a commit changed one file. */
export interface FileChange {
	kind: 'added' | 'modified' | 'deleted' | 'renamed';
	/** The file's path after the commit (before it, for a deletion). */
	path: string;
	/** The path before a rename. */
	previousPath?: string;
	/** The frontmatter `status` before the commit, when the commit changed it. */
	statusBefore?: string;
	/** The frontmatter `status` after the commit, when the commit set or changed it. */
	statusAfter?: string;
}

/** One commit of the log with the files it changed. */
export interface LoggedCommit {
	hash: string;
	/** The committer date, ISO 8601 with the committer's offset. */
	date: string;
	parents: string[];
	/** What the commit did, in a line: its subject, or the pull request's title for a GitHub merge. */
	title: string;
	/** The number of the pull (or merge) request the commit came from, when its message says so. */
	pullRequest?: number;
	changes: FileChange[];
}

// A top-level `status:` key and its value, quoted or not, with an optional comment after it.
const STATUS_LINE = /^status:[ \t]*(["']?)([\w-]+)\1[ \t]*(?:#.*)?$/;

/**
 * Parses `git log -p -U0 -M --format=<GIT_LOG_FORMAT>` into commits, newest first as git prints
 * them. Of each file's patch only its kind (added, renamed, deleted…) and the lines that set the
 * frontmatter's `status:` are kept: the status a record had before and after the commit. In an added
 * file only the frontmatter (between its `---` lines) counts; in a change, `-U0` shows only changed
 * lines, so any top-level `status:` line counts.
 */
export function parseGitLog(output: string): LoggedCommit[] {
	const commits: LoggedCommit[] = [];
	for (const chunk of output.split(COMMIT_MARK)) {
		if (!chunk.trim()) continue;
		const end = chunk.indexOf(HEADER_END);
		if (end < 0) continue;
		const [hash = '', date = '', parents = '', subject = '', body = ''] = chunk.slice(0, end).split(FIELD_MARK);
		commits.push({
			hash,
			date,
			parents: parents.split(' ').filter(Boolean),
			...describeCommit(subject, body),
			changes: parsePatch(chunk.slice(end + 1)),
		});
	}
	return commits;
}

/** The title and pull request of a commit: GitHub squash (`Title (#12)`) and merge commits, GitLab merges. */
function describeCommit(subject: string, body: string): { title: string; pullRequest?: number } {
	const merge = /^Merge pull request #(\d+)\b/.exec(subject);
	if (merge) {
		const title = body
			.split('\n')
			.find((line) => line.trim())
			?.trim();
		return { title: title ?? subject, pullRequest: Number(merge[1]) };
	}
	const squash = /\(#(\d+)\)\s*$/.exec(subject);
	if (squash) return { title: subject, pullRequest: Number(squash[1]) };
	const gitlab = /^See merge request [^\s!]+!(\d+)\s*$/m.exec(body);
	if (gitlab) return { title: subject, pullRequest: Number(gitlab[1]) };
	return { title: subject };
}

/** The file changes in the patch part of one commit. */
function parsePatch(patch: string): FileChange[] {
	const changes: FileChange[] = [];
	let change: FileChange | undefined;
	// Where the lines of an added file stand: before its frontmatter, inside it, or past it.
	let frontmatter: 'before' | 'inside' | 'after' = 'after';
	let inHunk = false;
	for (const line of patch.split('\n')) {
		if (line.startsWith('diff --git ')) {
			change = { kind: 'modified', path: '' };
			changes.push(change);
			frontmatter = 'after';
			inHunk = false;
			continue;
		}
		if (!change) continue;
		if (!inHunk) {
			if (line.startsWith('new file mode')) {
				change.kind = 'added';
				frontmatter = 'before';
			} else if (line.startsWith('deleted file mode')) change.kind = 'deleted';
			else if (line.startsWith('rename from ')) {
				change.kind = 'renamed';
				change.previousPath = unquote(line.slice('rename from '.length));
			} else if (line.startsWith('rename to ')) change.path = unquote(line.slice('rename to '.length));
			else if (line.startsWith('--- ') && !change.path) change.path = readPatchPath(line.slice(4), 'a/');
			else if (line.startsWith('+++ ')) change.path = readPatchPath(line.slice(4), 'b/') || change.path;
			else if (line.startsWith('@@')) inHunk = true;
			continue;
		}
		if (line.startsWith('@@')) continue;
		const sign = line[0];
		const text = line.slice(1);
		if (sign === '+' && change.kind === 'added') {
			if (text.trimEnd() === '---') {
				frontmatter = frontmatter === 'before' ? 'inside' : 'after';
				continue;
			}
			if (frontmatter !== 'inside') continue;
		}
		const status = STATUS_LINE.exec(text)?.[2];
		if (!status) continue;
		if (sign === '+') change.statusAfter = status;
		else if (sign === '-') change.statusBefore = status;
	}
	// `git diff` names the file in `diff --git a/x b/x` only; a pure rename or mode change has no `+++` line.
	for (const item of changes) if (!item.path) item.path = item.previousPath ?? '';
	return changes.filter((item) => item.path);
}

/** The path on a `---` or `+++` line, without its `a/` or `b/` prefix; empty for `/dev/null`. */
function readPatchPath(text: string, prefix: string): string {
	const path = unquote(text);
	return path.startsWith(prefix) ? path.slice(prefix.length) : '';
}

/** A path as git prints it: C-quoted (`"caf\303\251.md"`) when it holds unusual characters. */
function unquote(path: string): string {
	const trimmed = path.replace(/\t$/, '');
	if (!trimmed.startsWith('"')) return trimmed;
	const bytes: number[] = [];
	const inner = trimmed.slice(1, -1);
	const escapes: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
	for (let index = 0; index < inner.length; index++) {
		const char = inner[index]!;
		if (char !== '\\') {
			bytes.push(...Buffer.from(char));
			continue;
		}
		const next = inner[index + 1]!;
		if (/[0-7]/.test(next)) {
			bytes.push(parseInt(inner.slice(index + 1, index + 4), 8));
			index += 3;
		} else {
			bytes.push(escapes[next] ?? next.charCodeAt(0));
			index += 1;
		}
	}
	return Buffer.from(bytes).toString('utf8');
}
