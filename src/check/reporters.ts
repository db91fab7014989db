import type { CheckResult } from './check-playbook.ts';
import { formatProblems, sortProblems, type Problem } from './problems.ts';
import { formatCount } from '../shared/text.ts';

/** How a check report is printed. */
export type ReportFormat = 'text' | 'json';

/** Whether a check result fails: any error, or with `strict` any warning. */
export function isCheckFailed(result: Pick<CheckResult, 'problems'>, strict: boolean): boolean {
	return result.problems.some((problem) => problem.severity === 'error' || strict);
}

/**
 * The report `npm run check` prints: every problem grouped by file with a count when there are any,
 * else a one-line summary.
 */
export function formatCheckReport(result: CheckResult, options: { strict: boolean }): string {
	const records = formatCount(result.fileCount, 'record');
	if (result.problems.length === 0) return `Checked ${records}: no problems found.`;
	const report = formatProblems(result.problems);
	if (isCheckFailed(result, options.strict)) return report;
	return `${report}\nNo errors in ${records}; warnings fail the check only with --strict.`;
}

/** The report as JSON, for other tools: counts, then every problem sorted by file, line and column. */
export function formatJsonReport(result: CheckResult, options: { strict: boolean }): string {
	const problems = sortProblems(result.problems);
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	return JSON.stringify(
		{
			ok: !isCheckFailed(result, options.strict),
			records: result.fileCount,
			errors,
			warnings: problems.length - errors,
			problems: problems.map(({ file, line, column, severity, kind, field, message, fix }) => ({
				file,
				line,
				column,
				severity,
				kind,
				field,
				message,
				fix,
			})),
		},
		null,
		2,
	);
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`) that show each problem on
 * the pull request's diff. `pathPrefix` turns paths relative to the site into paths relative to the
 * repository, when the site is in a subfolder.
 */
export function formatGithubAnnotations(problems: readonly Problem[], options: { pathPrefix?: string } = {}): string {
	const prefix = options.pathPrefix ? `${options.pathPrefix.replace(/\/$/, '')}/` : '';
	return sortProblems(problems)
		.map((problem) => {
			const properties = [
				`file=${escapeProperty(prefix + problem.file)}`,
				`line=${problem.line}`,
				`col=${problem.column}`,
				`title=${escapeProperty(`Charter ${problem.kind}`)}`,
			].join(',');
			const message = `${problem.field ? `${problem.field} ` : ''}${problem.message}\n→ ${problem.fix}`;
			return `::${problem.severity} ${properties}::${escapeData(message)}`;
		})
		.join('\n');
}

function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
