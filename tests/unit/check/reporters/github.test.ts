import { describe, expect, it } from 'vitest';
import { githubReporter } from '../../../../src/check/reporters/github.ts';
import { createCheckResult } from '../../../helpers/check-result.ts';

describe('githubReporter', () => {
	it('prints one workflow command per problem, with the path inside the repository and escaped properties', () => {
		expect(githubReporter.format(createCheckResult(), { strict: false, pathPrefix: 'handbook' }))
			.toMatchInlineSnapshot(`
			"::error file=handbook/content/practices/a.mdx,line=4,col=9,title=Charter pillar/unknown::pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)%0A→ use one of outcomes, delivery, or add the pillar to astro.config.mjs
			::warning file=handbook/content/practices/b%2Cc.md,line=20,col=5,title=Charter source/uncited::sources[1] "x" is not cited by any claim or alternative%0A→ cite the source in the \`sources\` of a claim or an alternative, or remove it"
		`);
	});

	it('keeps paths relative to the site when it is at the top of the repository', () => {
		const report = githubReporter.format(createCheckResult(), { strict: false, pathPrefix: '' });
		expect(report.split('\n')[0]).toContain('file=content/practices/a.mdx,');
	});

	it('writes nothing when there is no problem', () => {
		expect(githubReporter.format(createCheckResult([]), { strict: false })).toBe('');
	});
});
