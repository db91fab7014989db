import { sortProblems, type Problem } from '../problems.ts';
import { formatCount } from '../../shared/text.ts';
import { isCheckFailed, type GapsReport, type Reporter } from './reporter.ts';
import { getGapLabel } from '../gaps.ts';

/**
 * The report `npm run check` prints: every problem grouped by file with a count when there are any,
 * else a one-line summary.
 */
export const terminalReporter: Reporter = {
	format(result, options) {
		const gaps = result.gaps ? formatGaps(result.gaps) : '';
		const withGaps = (report: string) => (gaps === '' ? report : `${report}\n\n${gaps}`);
		const records = formatCount(result.fileCount, 'record');
		if (result.problems.length === 0)
			return withGaps(`Checked ${records}: no ${result.gaps?.known.length ? 'new ' : ''}problems found.`);
		const report = formatProblems(result.problems);
		if (isCheckFailed(result, options.strict)) return withGaps(report);
		return withGaps(`${report}\nNo errors in ${records}; warnings fail the check only with --strict.`);
	},
};

/**
 * The known gaps, grouped by file with what each leaves missing; then the gaps that were fixed but
 * are still in the gaps file, which fail the check until `--prune` drops them.
 */
export function formatGaps(gaps: GapsReport): string {
	const parts: string[] = [];
	if (gaps.known.length > 0) {
		const files = new Set(gaps.known.map((problem) => problem.file));
		const lines = [
			`${formatCount(gaps.known.length, 'known gap')} in ${formatCount(files.size, 'record')}, accepted until fixed (${gaps.file}):`,
		];
		let current: string | undefined;
		for (const problem of sortProblems(gaps.known)) {
			if (problem.file !== current) lines.push(`  ${(current = problem.file)}`);
			lines.push(
				`    ${problem.file}:${problem.line}:${problem.column}  ${problem.field ? `${problem.field}  ` : ''}missing: ${getGapLabel(problem)}`,
			);
		}
		parts.push(lines.join('\n'));
	}
	if (gaps.pruned.length > 0)
		parts.push(
			`Pruned ${formatCount(gaps.pruned.length, 'fixed gap')} from ${gaps.file}; commit it. If one comes back, the check fails.`,
		);
	if (gaps.fixed.length > 0) {
		parts.push(
			[
				`${formatCount(gaps.fixed.length, 'known gap')} ${gaps.fixed.length === 1 ? 'is' : 'are'} fixed but still in ${gaps.file}:`,
				...gaps.fixed.map(
					(gap) => `  ${gap.file}  ${gap.field ? `${gap.field}  ` : ''}was missing: ${getGapLabel(gap)}`,
				),
				`Run \`npm run check -- --prune\` to drop ${gaps.fixed.length === 1 ? 'it' : 'them'}, and commit ${gaps.file}: until then the check fails, so that a fixed gap cannot come back unnoticed.`,
			].join('\n'),
		);
	}
	return parts.join('\n\n');
}

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
