import type { CheckResult } from '../check-playbook.ts';

/** What a reporter needs of a check result: the problems and how many records were checked. */
export type ReportedResult = Pick<CheckResult, 'problems' | 'fileCount'>;

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

/** Whether a check result fails: any error, or with `strict` any warning. */
export function isCheckFailed(result: Pick<CheckResult, 'problems'>, strict: boolean): boolean {
	return result.problems.some((problem) => problem.severity === 'error' || strict);
}
