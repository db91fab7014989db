import { describe, expect, it } from 'vitest';
import { checkRecords } from '../../../src/check/check-playbook.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';
import { getRecordFileLinkHref, rehypeRecordLinks } from '../../../src/markdown/record-links.ts';

const context = { file: 'content/practices/okrs.mdx', practicesDir: 'content/practices' };

describe('getRecordFileLinkHref', () => {
	it('turns a record or page file link into the page address under the base path and leaves other links alone', () => {
		expect(getRecordFileLinkHref('./output-vs-outcome.mdx#definition', { ...context, base: '/handbook/' })).toBe(
			'/handbook/practices/output-vs-outcome/#definition',
		);
		expect(getRecordFileLinkHref('output-vs-outcome.md', context)).toBe('/practices/output-vs-outcome/');
		expect(getRecordFileLinkHref('../about.md#history', { ...context, base: '/handbook' })).toBe(
			'/handbook/about/#history',
		);
		expect(getRecordFileLinkHref('/practices/output-vs-outcome/', context)).toBeUndefined();
		expect(getRecordFileLinkHref('https://example.org/a.md', context)).toBeUndefined();
	});

	it('rewrites the links of a rendered record with the rehype plugin', () => {
		const link = { type: 'element', tagName: 'a', properties: { href: './b.md#why' }, children: [] };
		const other = { type: 'element', tagName: 'a', properties: { href: 'https://example.org/' }, children: [] };
		const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [link, other] }] };
		rehypeRecordLinks({ practicesDir: '/site/content/practices', base: '/handbook' })(tree, {
			path: '/site/content/practices/a.md',
		});
		expect([link.properties.href, other.properties.href]).toEqual([
			'/handbook/practices/b/#why',
			'https://example.org/',
		]);
	});
});

describe('links between records in the check', () => {
	const record = (id: string, body: string, extra = '') => ({
		file: `content/practices/${id}.mdx`,
		source: `---\ntitle: ${id}\nsummary: One sentence.\npillar: outcomes\nstatus: proposed\nowners: [product-leadership]\njustification:\n  - claim: A reason.\n    sources: [torres]\nsources:\n  - id: torres\n    title: Continuous Discovery Habits\n${extra}---\n\n${body}\n`,
	});

	it('accepts links to existing records, their headings, sections and sources', () => {
		const result = checkRecords(
			[
				record(
					'a',
					'## Why it’s worth it\n\nSee [b](./b.mdx#in-practice), [its sources](./b.mdx#source-torres) and [ours](#why-its-worth-it).',
				),
				record('b', '## In practice\n\nSee [a](/practices/a/#justification).'),
			],
			{ pillars: ['outcomes'] },
		);
		expect(result.problems).toEqual([]);
	});

	it('reports a link to a missing record, a missing heading and a Markdown file that is not a record, each at its line', () => {
		const result = checkRecords(
			[
				record(
					'a',
					'## Context\n\nSee [b](./bb.mdx), [retros](/practices/retros/) and [the about page](../about.md).\n\nAnd [b again](./b.mdx#in-practise), [here](#contxt), [gone](./b.mdx#related-records).',
				),
				record('b', '## In practice\n\nText.'),
			],
			{ pillars: ['outcomes'] },
		);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/a.mdx
			  content/practices/a.mdx:17:5  links to "./bb.mdx", but no record file is named bb.mdx (did you mean "b.mdx"?)
			    → link to an existing record by its file, like \`./output-vs-outcome.mdx\`, or correct the record's id
			  content/practices/a.mdx:17:20  links to "/practices/retros/", but no record has the id "retros"
			    → link to an existing record by its file, like \`./output-vs-outcome.mdx\`, or correct the record's id
			  content/practices/a.mdx:17:53  links to "../about.md", but there is no page content/about.md
			    → link to an existing record or page by its file, or correct the path
			  content/practices/a.mdx:19:5  links to "./b.mdx#in-practise", but the record "b" has no heading or section "in-practise" (did you mean "in-practice"?)
			    → link to one of its headings: in-practice; or its sections: justification, sources
			  content/practices/a.mdx:19:37  links to "#contxt", but this record has no heading or section "contxt" (did you mean "context"?)
			    → link to one of its headings: context; or its sections: justification, sources
			  content/practices/a.mdx:19:54  links to "./b.mdx#related-records", but the record "b" has no heading or section "related-records"
			    → link to one of its headings: in-practice; or its sections: justification, sources

			6 errors in 1 file."
		`);
	});

	it('reports a body heading that takes the id of a section Charter adds, but not one for a section the page lacks', () => {
		const result = checkRecords(
			[
				record('a', '## Context\n\nText.\n\n## Sources\n\nRepeated.\n\n## Related records\n\nNone yet.'),
				{ ...record('b', 'Text.\n\n## Justification'), file: 'content/practices/b.md' },
			],
			{ pillars: ['outcomes'] },
		);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/a.mdx
			  content/practices/a.mdx:19:1  has a heading with the id "sources", which the "sources" section Charter adds from the frontmatter already uses
			    → rename or remove the heading: Charter renders the justification, alternatives, sources and links from the frontmatter, so the body does not repeat them

			content/practices/b.md
			  content/practices/b.md:17:1  has a heading with the id "justification", which the "justification" section Charter adds from the frontmatter already uses
			    → rename or remove the heading: Charter renders the justification, alternatives, sources and links from the frontmatter, so the body does not repeat them

			2 errors in 2 files."
		`);
	});
});
