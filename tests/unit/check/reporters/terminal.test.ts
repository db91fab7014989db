import { describe, expect, it } from 'vitest';
import { formatProblems, terminalReporter } from '../../../../src/check/reporters/terminal.ts';
import { createCheckResult, SAMPLE_PROBLEMS } from '../../../helpers/check-result.ts';

const [error, warning] = SAMPLE_PROBLEMS as [(typeof SAMPLE_PROBLEMS)[0], (typeof SAMPLE_PROBLEMS)[0]];

describe('terminalReporter', () => {
	it('says in one line that all is well', () => {
		expect(terminalReporter.format(createCheckResult([]), { strict: false })).toMatchInlineSnapshot(
			`"Checked 3 records: no problems found."`,
		);
	});

	it('ends a report of warnings only by saying they do not fail the check', () => {
		expect(terminalReporter.format(createCheckResult([warning]), { strict: false })).toMatchInlineSnapshot(`
			"content/practices/b,c.md
			  content/practices/b,c.md:20:5  warning sources[1] "x" is not cited by any claim or alternative
			    → cite the source in the \`sources\` of a claim or an alternative, or remove it

			1 warning in 1 file.
			No errors in 3 records; warnings fail the check only with --strict."
		`);
	});

	it('ends a report of warnings with the count alone when strict makes them fail', () => {
		expect(
			terminalReporter
				.format(createCheckResult([warning]), { strict: true })
				.split('\n')
				.at(-1),
		).toBe('1 warning in 1 file.');
	});
});

describe('formatProblems', () => {
	it('groups problems by file, each with its fix, and counts errors and warnings', () => {
		expect(formatProblems([warning, error])).toMatchInlineSnapshot(`
			"content/practices/a.mdx
			  content/practices/a.mdx:4:9  pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)
			    → use one of outcomes, delivery, or add the pillar to astro.config.mjs

			content/practices/b,c.md
			  content/practices/b,c.md:20:5  warning sources[1] "x" is not cited by any claim or alternative
			    → cite the source in the \`sources\` of a claim or an alternative, or remove it

			1 error and 1 warning in 2 files."
		`);
	});

	it('writes nothing for no problems', () => {
		expect(formatProblems([])).toBe('');
	});
});
