import type { LoggedCommit } from './git-log.ts';

/** One commit in a file's history. */
export interface FileEvent {
	hash: string;
	/** The committer date, ISO 8601. */
	date: string;
	/** What the commit did, in a line (see {@link LoggedCommit.title}). */
	title: string;
	pullRequest?: number;
	/** `added` for the commit that created the file, `renamed` when it moved it, else `modified`. */
	kind: 'added' | 'modified' | 'renamed';
	/** The path before a rename. */
	previousPath?: string;
	/** The status the file's frontmatter had before the commit, when the commit changed it. */
	statusBefore?: string;
	/** The status the commit set: on creation, or when it changed it. */
	statusAfter?: string;
}

/** The history of the files under a folder, read from git. */
export interface GitHistory {
	/**
	 * Whether the repository is a shallow clone: commits older than the clone's depth are missing, so
	 * the oldest commit read is not when a file was added.
	 */
	shallow: boolean;
	/** Each file's commits, newest first, keyed by its current path; renamed files keep their earlier commits. */
	files: Record<string, FileEvent[]>;
}

/**
 * Groups the commits of a log (newest first) by file, following renames: the commits that touched a
 * file under an earlier name are listed under its current name. A file deleted and later added again
 * starts afresh. In a shallow clone, the commits at the clone's edge (without parents) are left out:
 * git shows them as adding every file, which is not when the files were added.
 */
export function groupCommitsByFile(commits: readonly LoggedCommit[], shallow: boolean): GitHistory {
	const files: Record<string, FileEvent[]> = {};
	// Which current file a path belonged to at the point of the log being read; `null` for none.
	const currentName = new Map<string, string | null>();
	const resolve = (path: string) => (currentName.has(path) ? currentName.get(path)! : path);
	for (const commit of commits) {
		const boundary = shallow && commit.parents.length === 0;
		const renames: [string, string | null][] = [];
		for (const change of commit.changes) {
			if (change.kind === 'deleted') {
				// Older commits of this path belong to a file that no longer exists, unless re-added since.
				if (!currentName.has(change.path)) currentName.set(change.path, null);
				continue;
			}
			const name = resolve(change.path);
			if (name !== null && !boundary) {
				const event: FileEvent = {
					hash: commit.hash,
					date: commit.date,
					title: commit.title,
					kind: change.kind,
					...(commit.pullRequest === undefined ? {} : { pullRequest: commit.pullRequest }),
					...(change.previousPath === undefined ? {} : { previousPath: change.previousPath }),
					...(change.statusBefore === undefined ? {} : { statusBefore: change.statusBefore }),
					...(change.statusAfter === undefined ? {} : { statusAfter: change.statusAfter }),
				};
				(files[name] ??= []).push(event);
			}
			// Before this commit, the path did not hold this file.
			if (change.kind === 'added' || change.kind === 'renamed') renames.push([change.path, null]);
			if (change.kind === 'renamed' && change.previousPath) renames.push([change.previousPath, name]);
		}
		// Applied after the whole commit, so that two files swapping names keep their own histories.
		for (const [path] of renames) currentName.set(path, null);
		for (const [path, name] of renames) if (name !== null) currentName.set(path, name);
	}
	return { shallow, files };
}
