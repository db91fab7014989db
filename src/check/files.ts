import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { createProblem, type Problem } from './problems.ts';
import { toKebabCase } from '../shared/ids.ts';
import { PAGES_DIR, PRACTICES_DIR } from '../shared/paths.ts';
import { readFolderAtCommit, resolveCommit } from '../shared/git.ts';

/** One record file as read from disk. */
export interface RecordFile {
	/** Path relative to the project root, with `/` separators. */
	file: string;
	source: string;
}

const RECORD_FILE = /^([^_.][^/]*)\.(md|mdx)$/;

/** Whether a path relative to the project root, with `/` separators, names a record file (see {@link readRecordFiles}). */
export function isRecordFile(file: string): boolean {
	return file.startsWith(`${PRACTICES_DIR}/`) && RECORD_FILE.test(file.slice(PRACTICES_DIR.length + 1));
}

/** Reads every record file of the playbook at `root` (`content/practices/*.md` and `*.mdx`, except `_`-prefixed ones). */
export function readRecordFiles(root: string): RecordFile[] {
	let names: string[];
	try {
		names = readdirSync(join(root, PRACTICES_DIR));
	} catch {
		return [];
	}
	return names
		.filter((name) => RECORD_FILE.test(name))
		.sort()
		.map((name) => ({
			file: `${PRACTICES_DIR}/${name}`,
			source: readFileSync(join(root, PRACTICES_DIR, name), 'utf8'),
		}));
}

/**
 * Reads the record files of the playbook at `root` as they were at a git ref, without a checkout, or
 * says in a sentence why it cannot: no git, no repository, or a ref that names no commit.
 */
export function readRecordFilesAtRef(root: string, ref: string): { files: RecordFile[] } | { error: string } {
	const resolved = resolveCommit(root, ref);
	if ('error' in resolved) {
		switch (resolved.error) {
			case 'no-git':
				return { error: `--since needs git, which is not installed here.` };
			case 'no-repository':
				return { error: `--since "${ref}" needs a git repository, but ${root} is not in one.` };
			case 'unknown-ref':
				return {
					error: `--since "${ref}" names no commit in this repository. Check the spelling, or fetch it first (\`git fetch origin ${ref.replace(/^origin\//, '')}\`; in GitHub Actions, check out with \`fetch-depth: 0\`).`,
				};
		}
	}
	const files = readFolderAtCommit(root, resolved.commit, PRACTICES_DIR);
	return {
		files: [...files]
			.filter(([path]) => RECORD_FILE.test(path.slice(PRACTICES_DIR.length + 1)))
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([file, source]) => ({ file, source })),
	};
}

// Extensions of Markdown files that Charter would not read as records.
const MARKDOWN_LIKE = /\.(md|mdx|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext)$/i;

/**
 * Finds Markdown files under `content/practices/` that are not read as records, so that none is
 * left out of the site without a word: files in a subfolder, and files with another extension
 * (`.markdown`, `.MD`). Names and folders starting with `_` or `.` are drafts and stay quiet.
 */
export function findIgnoredRecordFiles(root: string): string[] {
	return listFiles(root, PRACTICES_DIR, MARKDOWN_LIKE)
		.filter((path) => !path.split('/').some((part) => /^[_.]/.test(part)) && !RECORD_FILE.test(path))
		.sort()
		.map((path) => `${PRACTICES_DIR}/${path}`);
}

/** Reports a file {@link findIgnoredRecordFiles} found, with where it should go instead. */
export function reportIgnoredFile(file: string): Problem {
	const location = { file, line: 1, column: 1 };
	const name = file.slice(file.lastIndexOf('/') + 1);
	const stem = name.replace(MARKDOWN_LIKE, '');
	const extension = /\.mdx$/i.test(name) ? 'mdx' : 'md';
	const suggestion = `${toKebabCase(stem) || stem}.${extension}`;
	if (file.slice(PRACTICES_DIR.length + 1).includes('/')) {
		return createProblem('file/ignored', location, {
			message: `is in a subfolder of ${PRACTICES_DIR}/, where Charter does not look for records, so it is not in the site`,
			fix: `move it to ${PRACTICES_DIR}/${suggestion}, or start its name with \`_\` to keep it out of the site on purpose`,
		});
	}
	return createProblem('file/ignored', location, {
		message: `has the extension ${name.slice(stem.length)}, which Charter does not read, so it is not in the site`,
		fix: `rename it to ${suggestion}`,
	});
}

/** The record id a file name gives: the name without its extension. */
export function getRecordId(file: string): string {
	const name = file.slice(file.lastIndexOf('/') + 1);
	return name.replace(/\.(md|mdx)$/, '');
}

/**
 * The files under `dir` (relative to `root`) whose names match `pattern`, as paths relative to
 * `dir` with `/` separators; none when the folder does not exist.
 */
export function listFiles(root: string, dir: string, pattern: RegExp): string[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
	} catch {
		return [];
	}
	const folder = join(root, dir);
	return entries
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(folder.length + 1)
				.split('\\')
				.join('/'),
		);
}

/** The folders whose files the build publishes: the pages and records, and the static files. */
const PUBLISHED_DIRS = [PAGES_DIR, 'public'];

/**
 * Finds symbolic links under `content/` and `public/` that resolve outside the project at `root`:
 * the build would follow them and publish a file of the machine that builds the site. Links inside
 * the project are followed, so that one to a folder is searched too; links that lead nowhere are left
 * to the build.
 */
export function findEscapingSymlinks(root: string): { file: string; target: string }[] {
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch {
		return [];
	}
	const found: { file: string; target: string }[] = [];
	const seen = new Set<string>();
	const walk = (dir: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(join(root, dir), { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(path);
			if (!entry.isSymbolicLink()) continue;
			let target: string;
			try {
				target = realpathSync(join(root, path));
			} catch {
				continue;
			}
			const inside = relative(realRoot, target);
			if (inside.startsWith('..') || isAbsolute(inside)) found.push({ file: path, target });
			else if (!seen.has(target) && statSync(target).isDirectory()) {
				seen.add(target);
				walk(path);
			}
		}
	};
	for (const dir of PUBLISHED_DIRS) {
		try {
			seen.add(realpathSync(join(root, dir)));
		} catch {
			continue;
		}
		walk(dir);
	}
	return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** Reports a link {@link findEscapingSymlinks} found. */
export function reportEscapingSymlink({ file, target }: { file: string; target: string }): Problem {
	return createProblem(
		'file/symlink',
		{ file, line: 1, column: 1 },
		{
			message: `is a symbolic link to ${target}, outside the project, so the build would publish a file of the machine that builds the site`,
		},
	);
}
