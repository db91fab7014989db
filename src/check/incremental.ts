import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	checkAcrossFiles,
	checkPlaybookFolders,
	createFileChecks,
	type CheckOptions,
	type CheckResult,
	type FileFindings,
} from './check-playbook.ts';
import { isRecordFile, readRecordFiles } from './files.ts';
import { isPageFile, readPageFile, readPageFiles } from './pages.ts';
import { PAGES_DIR, PRACTICES_DIR } from '../shared/paths.ts';

/** How a file changed, as a file watcher says it. */
export type FileEvent = 'add' | 'change' | 'unlink';

/** What a change to one file means for the check. */
export interface ChangeEffect {
	/** The file to read and check again on its own, as a record or as another page; none for other files. */
	reread?: 'record' | 'page';
	/**
	 * Whether the folders must be walked again, for Markdown files the site leaves out and symbolic
	 * links: only when a file appears or goes, or when it is neither a record nor a page.
	 */
	folders: boolean;
}

/**
 * What a change to `file` (relative to the project root, with `/` separators) can affect, or
 * `undefined` when the check does not depend on it (a file outside `content/` and `public/`). The
 * rules across files (ids, references, links and their anchors, images) run again after any change
 * the check depends on; only the changed file itself is read and checked again on its own.
 */
export function getChangeEffect(file: string, event: FileEvent): ChangeEffect | undefined {
	if (!file.startsWith(`${PAGES_DIR}/`) && !file.startsWith('public/')) return undefined;
	const reread = isRecordFile(file) ? 'record' : isPageFile(file, PRACTICES_DIR) ? 'page' : undefined;
	return reread ? { reread, folders: event !== 'change' } : { folders: true };
}

/** A check of the playbook that keeps what it found in each file, for `astro dev`. */
export interface IncrementalCheck {
	/** Notes that a file (relative to the project root, with `/` separators) was added, changed or deleted. */
	notify: (file: string, event: FileEvent) => void;
	/**
	 * Checks the playbook as {@link checkPlaybook} does, with the same result. The first call reads
	 * every file; later calls read and check again only the files notified since, and run the rules
	 * across files over what was kept.
	 */
	check: () => CheckResult;
}

/** Creates an {@link IncrementalCheck} of the playbook at `root`. */
export function createIncrementalCheck(root: string, options: CheckOptions): IncrementalCheck {
	const fullOptions = { root, ...options };
	const checks = createFileChecks(fullOptions);
	const records = new Map<string, FileFindings>();
	const pages = new Map<string, FileFindings>();
	const pending = new Map<string, FileEvent>();
	let folders: ReturnType<typeof checkPlaybookFolders> | undefined;

	const readAll = () => {
		for (const file of readRecordFiles(root)) records.set(file.file, checks.checkRecordFile(file));
		for (const page of readPageFiles(root, PRACTICES_DIR)) pages.set(page.file, checks.checkPageFile(page));
		folders = checkPlaybookFolders(root);
	};
	const reread = (file: string, kind: 'record' | 'page') => {
		const findings = kind === 'record' ? records : pages;
		let found: FileFindings;
		try {
			found =
				kind === 'record'
					? checks.checkRecordFile({ file, source: readFileSync(join(root, file), 'utf8') })
					: checks.checkPageFile(readPageFile(root, file));
		} catch {
			// Deleted (or never readable): the file is no longer part of the playbook.
			findings.delete(file);
			return;
		}
		findings.set(file, found);
	};

	return {
		notify(file, event) {
			pending.set(file, event);
		},
		check() {
			if (!folders) readAll();
			else {
				let walkFolders = false;
				for (const [file, event] of pending) {
					const effect = getChangeEffect(file, event);
					if (!effect) continue;
					if (effect.reread) reread(file, effect.reread);
					walkFolders ||= effect.folders;
				}
				if (walkFolders) folders = checkPlaybookFolders(root);
			}
			pending.clear();
			const sorted = (findings: Map<string, FileFindings>) =>
				[...findings.keys()].sort().map((file) => findings.get(file)!);
			const result = checkAcrossFiles(sorted(records), sorted(pages), fullOptions);
			return {
				records: result.records,
				problems: [...result.problems, ...folders!.problems],
				fileCount: records.size + folders!.ignoredFileCount,
			};
		},
	};
}
