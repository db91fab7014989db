import { createProblem, type Problem } from '../../src/check/problems.ts';
import type { ReportedResult } from '../../src/check/reporters/reporter.ts';

/** An error and a warning in two files, one of them with a comma in its name. */
export const SAMPLE_PROBLEMS: readonly Problem[] = [
	createProblem(
		'pillar/unknown',
		{ file: 'content/practices/a.mdx', line: 4, column: 9 },
		{
			field: 'pillar',
			message: 'is "outcome", which is not a configured pillar (did you mean "outcomes"?)',
			fix: 'use one of outcomes, delivery, or add the pillar to astro.config.mjs',
		},
	),
	createProblem(
		'source/uncited',
		{ file: 'content/practices/b,c.md', line: 20, column: 5 },
		{ field: 'sources[1]', message: '"x" is not cited by any claim or alternative' },
	),
];

/** Builds the result of checking three records that have `problems`. */
export function createCheckResult(problems: readonly Problem[] = SAMPLE_PROBLEMS): ReportedResult {
	return { problems: [...problems], fileCount: 3 };
}
