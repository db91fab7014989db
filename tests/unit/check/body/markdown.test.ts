import { describe, expect, it } from 'vitest';
import { checkMarkdownBody } from '../../../../src/check/body/index.ts';
import { formatProblems } from '../../../../src/check/reporters/terminal.ts';

describe('checkMarkdownBody', () => {
	it('reports only unsafe links and placeholders in Markdown without HTML', () => {
		const body =
			'Braces {process.exit()} are text.\n\n[x](javascript:void(0)) [y](https://example.com)\n\nTODO: finish.';
		expect(formatProblems(checkMarkdownBody({ file: 'a.md', body, bodyLine: 3 }))).toMatchInlineSnapshot(`
			"a.md
			  a.md:5:1  links to "javascript:void(0)", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook
			  a.md:7:1  the body still holds the placeholder "TODO: finish."
			    → replace the placeholder with the real text

			2 errors in 1 file."
		`);
	});
});
