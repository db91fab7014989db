import { sortProblems, type Problem } from '../problems.ts';
import { formatCount } from '../../shared/text.ts';
import { isCheckFailed, type Reporter } from './reporter.ts';

/**
 * The report `npm run check` prints: every problem grouped by file with a count when there are any,
 * else a one-line summary.
 */
export const terminalReporter: Reporter = {
	format(result, options) {
		const records = formatCount(result.fileCount, 'record');
		if (result.problems.length === 0) return `Checked ${records}: no problems found.`;
		const report = formatProblems(result.problems);
		if (isCheckFailed(result, options.strict)) return report;
		return `${report}\nNo errors in ${records}; warnings fail the check only with --strict.`;
	},
};

/**
 * Formats problems for a terminal: grouped by file, each as `file:line:column  field  message`, the
 * fix on the next line, then a count.
 */
export function formatProblems(problems: readonly Problem[]): string {
	const sorted = sortProblems(problems);
	const lines: string[] = [];
	let currentFile: string | undefined;
	for (const problem of sorted) {
		if (problem.file !== currentFile) {
			if (currentFile !== undefined) lines.push('');
			lines.push(problem.file);
			currentFile = problem.file;
		}
		const where = `${problem.file}:${problem.line}:${problem.column}`;
		const label = problem.severity === 'warning' ? 'warning ' : '';
		lines.push(`  ${where}  ${label}${problem.field ? `${problem.field} ` : ''}${problem.message}`);
		lines.push(`    → ${problem.fix}`);
	}
	if (sorted.length > 0) lines.push('', formatTotals(sorted));
	return lines.join('\n');
}

/** The closing line of a report, like `2 errors and 1 warning in 3 files.` */
function formatTotals(problems: readonly Problem[]): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const files = new Set(problems.map((p) => p.file)).size;
	const counts = [errors ? formatCount(errors, 'error') : '', warnings ? formatCount(warnings, 'warning') : '']
		.filter(Boolean)
		.join(' and ');
	return `${counts} in ${formatCount(files, 'file')}.`;
}
