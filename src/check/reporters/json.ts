import { sortProblems } from '../problems.ts';
import { isCheckFailed, type Reporter } from './reporter.ts';

/** The report as JSON, for other tools: counts, then every problem sorted by file, line and column. */
export const jsonReporter: Reporter = {
	format(result, options) {
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
	},
};
