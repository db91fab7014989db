import { sortProblems } from '../problems.ts';
import { getGapLabel } from '../gaps.ts';
import { isCheckFailed, type Reporter } from './reporter.ts';

/**
 * The report as JSON, for other tools: counts, then every problem sorted by file, line and column,
 * then, when the site has a gaps file, its known, fixed and pruned gaps.
 */
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
				...(result.gaps
					? {
							gapsFile: result.gaps.file,
							knownGaps: sortProblems(result.gaps.known).map(({ file, line, column, kind, field, message }) => ({
								file,
								line,
								column,
								kind,
								field,
								message,
								missing: getGapLabel({ field, kind }),
							})),
							fixedGaps: result.gaps.fixed,
							prunedGaps: result.gaps.pruned,
						}
					: {}),
			},
			null,
			2,
		);
	},
};
