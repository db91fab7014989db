import { describe, expect, it } from 'vitest';
import { createProblem } from '../../../src/check/problems.ts';
import { formatCheckReport, formatGithubAnnotations, formatJsonReport } from '../../../src/check/reporters.ts';

const problems = [
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
const result = (list = problems) => ({ problems: list, records: [], fileCount: 3 });

describe('formatGithubAnnotations', () => {
	it('prints one workflow command per problem, with the path inside the repository and escaped properties', () => {
		expect(formatGithubAnnotations(problems, { pathPrefix: 'handbook' })).toMatchInlineSnapshot(`
			"::error file=handbook/content/practices/a.mdx,line=4,col=9,title=Charter pillar/unknown::pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)%0A→ use one of outcomes, delivery, or add the pillar to astro.config.mjs
			::warning file=handbook/content/practices/b%2Cc.md,line=20,col=5,title=Charter source/uncited::sources[1] "x" is not cited by any claim or alternative%0A→ cite the source in the \`sources\` of a claim or an alternative, or remove it"
		`);
	});
});

describe('formatJsonReport', () => {
	it('gives counts and every problem with its location, kind, field, message and fix', () => {
		const report = JSON.parse(formatJsonReport(result(), { strict: false }));
		expect(report).toMatchObject({ ok: false, records: 3, errors: 1, warnings: 1 });
		expect(report.problems[1]).toEqual({
			file: 'content/practices/b,c.md',
			line: 20,
			column: 5,
			severity: 'warning',
			kind: 'source/uncited',
			field: 'sources[1]',
			message: '"x" is not cited by any claim or alternative',
			fix: 'cite the source in the `sources` of a claim or an alternative, or remove it',
		});
	});

	it('counts warnings as a failure only when strict', () => {
		const warningsOnly = result([problems[1]!]);
		expect(JSON.parse(formatJsonReport(warningsOnly, { strict: false })).ok).toBe(true);
		expect(JSON.parse(formatJsonReport(warningsOnly, { strict: true })).ok).toBe(false);
	});
});

describe('formatCheckReport', () => {
	it('says in one line that all is well', () => {
		expect(formatCheckReport(result([]), { strict: false })).toBe('Checked 3 records: no problems found.');
	});

	it('ends a report of warnings only by saying they do not fail the check', () => {
		expect(formatCheckReport(result([problems[1]!]), { strict: false })).toMatchInlineSnapshot(`
			"content/practices/b,c.md
			  content/practices/b,c.md:20:5  warning sources[1] "x" is not cited by any claim or alternative
			    → cite the source in the \`sources\` of a claim or an alternative, or remove it

			1 warning in 1 file.
			No errors in 3 records; warnings fail the check only with --strict."
		`);
	});
});
