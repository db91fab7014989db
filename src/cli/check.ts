import { relative, resolve } from 'node:path';
import { checkPlaybook, getCheckOptions, type CheckResult } from '../check/check-playbook.ts';
import { guardDecisions } from '../check/decision-guard.ts';
import { readRecordFiles, readRecordFilesAtRef } from '../check/files.ts';
import { applyGapsFile, filterByOwner } from '../check/gaps.ts';
import { getRepositoryRoot } from '../shared/git.ts';
import { getReporter } from '../check/reporters/index.ts';
import { isCheckFailed, type ReportedResult } from '../check/reporters/reporter.ts';
import { loadCharterOptions } from '../integration/site-config.ts';
import type { CommandResult } from './command-line.ts';

export const CHECK_USAGE = `Usage: npm run check -- [--root <folder>] [--format text|json] [--strict] [--today YYYY-MM-DD] [--since <git-ref>] [--owner <handle>] [--prune]

Checks every record in content/practices/ and reports all problems at once.
  --root     the site's folder (default: the current folder)
  --format   text (default) or json
  --strict   fail on warnings too (records past review, uncited sources)
  --today    check review dates as of this day instead of today
  --since    also report changes to decisions accepted at this git ref (a branch, tag or commit)
             that come without a new amendment, and accepted records deleted since
  --owner    report only the problems and known gaps of the records this owner owns
  --prune    drop the gaps that are fixed from charter-gaps.json (known gaps pass; fixed ones fail until pruned);
             with --owner, only that owner's`;

/** Options of `npm run check`. */
export interface CheckCommandOptions {
	/** The site's folder, holding `astro.config.mjs` and `content/practices/`. */
	root: string;
	/** `text` for a terminal, `json` for other tools; anything else exits 2 with the usage. */
	format: string;
	/** Fail on warnings too. */
	strict: boolean;
	/** Also print GitHub Actions annotations (set when `GITHUB_ACTIONS=true`). */
	github: boolean;
	/** The day review dates are checked against, as YYYY-MM-DD; defaults to now. */
	today?: string | undefined;
	/** A git ref to compare accepted decisions with (see {@link guardDecisions}). */
	since?: string | undefined;
	/** Report only what concerns the records this owner owns. */
	owner?: string | undefined;
	/** Drop the fixed gaps from the gaps file. */
	prune?: boolean | undefined;
}

/**
 * Runs `npm run check`: loads the site's configuration, checks every record, and reports. Exits 0
 * when there is no error (and, with `strict`, no warning), 1 when there is, 2 when an option or the
 * site's configuration cannot be used.
 */
export async function runCheckCommand(options: CheckCommandOptions): Promise<CommandResult> {
	const { format, today } = options;
	if (format !== 'text' && format !== 'json') {
		return { exitCode: 2, stdout: '', stderr: `--format is "${format}"; use text or json.\n\n${CHECK_USAGE}` };
	}
	if (today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))) {
		return { exitCode: 2, stdout: '', stderr: `--today is "${today}"; write the date as YYYY-MM-DD.` };
	}
	if (options.since !== undefined && options.since.trim() === '') {
		return { exitCode: 2, stdout: '', stderr: '--since is empty; give a git ref, like origin/main.' };
	}
	const before = options.since === undefined ? undefined : readRecordFilesAtRef(options.root, options.since);
	if (before && 'error' in before) return { exitCode: 2, stdout: '', stderr: before.error };
	const loaded = await loadCharterOptions(options.root);
	if ('error' in loaded) return { exitCode: 2, stdout: '', stderr: loaded.error };
	const checked = checkPlaybook(
		options.root,
		getCheckOptions(loaded.options, {
			base: loaded.base,
			today: today ? new Date(`${today}T00:00:00Z`) : undefined,
		}),
	);
	const result = before
		? {
				...checked,
				problems: [...checked.problems, ...guardDecisions(before.files, readRecordFiles(options.root), options.since!)],
			}
		: checked;
	const ownersOf = getOwnersByFile(result.records);
	const { owner } = options;
	const withGaps = applyGapsFile(options.root, result, {
		prune: options.prune,
		pruneOnly: owner === undefined ? undefined : (file) => ownersOf(file).includes(owner),
	});
	if ('error' in withGaps) return { exitCode: 2, stdout: '', stderr: withGaps.error };
	const reported = owner === undefined ? withGaps : filterByOwner(withGaps, owner, ownersOf);
	return reportCheck(reported, format, options);
}

function reportCheck(result: ReportedResult, format: 'text' | 'json', options: CheckCommandOptions): CommandResult {
	const failed = isCheckFailed(result, options.strict);
	let stdout = getReporter(format).format(result, options);
	// Annotations would make the JSON unreadable; tools that read JSON can annotate by themselves.
	if (options.github && format === 'text' && result.problems.length > 0) {
		const pathPrefix = getPathInRepository(options.root);
		stdout += `\n${getReporter('github').format(result, { strict: options.strict, pathPrefix })}`;
	}
	return { exitCode: failed ? 1 : 0, stdout, stderr: '' };
}

/** Who owns each record file, from the records that passed the check. */
function getOwnersByFile(records: CheckResult['records']): (file: string) => readonly string[] {
	const owners = new Map(records.map((record) => [record.file, record.data.owners]));
	return (file) => owners.get(file) ?? [];
}

/** The site's folder relative to its repository, so that annotations point at the right file. */
function getPathInRepository(root: string): string {
	const repository = getRepositoryRoot(root);
	return repository ? relative(repository, resolve(root)).split('\\').join('/') : '';
}
