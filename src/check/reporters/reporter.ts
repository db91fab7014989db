import type { CheckResult } from '../check-playbook.ts';
import type { Problem } from '../problems.ts';
import type { KnownGap } from '../../schemas/gaps.ts';

/** What the gaps file made of a check: the problems it accepted, and its gaps that are fixed. */
export interface GapsReport {
	/** The gaps file, as the report names it. */
	file: string;
	/** Problems the gaps file accepts: listed, but they do not fail the check. */
	known: Problem[];
	/** Gaps the check no longer finds, still in the file: they fail the check until pruned. */
	fixed: KnownGap[];
	/** Gaps `--prune` just dropped from the file. */
	pruned: KnownGap[];
}

/** What a reporter needs of a check result: the problems, how many records were checked, and the known gaps. */
export type ReportedResult = Pick<CheckResult, 'problems' | 'fileCount'> & { gaps?: GapsReport | undefined };

/** How a report is written, besides the result itself. */
export interface ReportOptions {
	/** Warnings fail the check too. */
	strict: boolean;
	/** The site's folder relative to its repository, for reports whose paths start at the repository. */
	pathPrefix?: string;
}

/** Writes a check result for one audience: a person at a terminal, another tool, or a CI service. */
export interface Reporter {
	/** Formats the report, without a trailing newline. */
	format(result: ReportedResult, options: ReportOptions): string;
}

/** Whether a check result fails: any error, or with `strict` any warning, or a fixed gap still in the gaps file. */
export function isCheckFailed(result: Pick<ReportedResult, 'problems' | 'gaps'>, strict: boolean): boolean {
	return (
		result.problems.some((problem) => problem.severity === 'error' || strict) || (result.gaps?.fixed.length ?? 0) > 0
	);
}
