import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createOutlineCollector, getHeadingIds, type BodyOutline } from '../../../../src/check/body/outline.ts';
import { FEATURES, visit, type TreeNode } from '../../../../src/check/body/tree.ts';

describe('getHeadingIds', () => {
	it('gives headings the ids the build gives them, numbering repeats', () => {
		expect(getHeadingIds("## Signs it's working\n\n### Context\n\n## Context\n\n# Émoji & *emphasis* `code`", false))
			.toMatchInlineSnapshot(`
			[
			  "signs-its-working",
			  "context",
			  "context-1",
			  "émoji--emphasis-code",
			]
		`);
	});

	it('reads headings in an MDX body around components', () => {
		expect(
			getHeadingIds(
				"import { Aside } from '@astrojs/starlight/components';\n\n## In practice\n\n<Aside>Note</Aside>\n\n## Pitfalls",
				true,
			),
		).toEqual(['in-practice', 'pitfalls']);
	});

	it('returns no ids for an MDX body that does not parse, rather than failing', () => {
		expect(getHeadingIds('## Heading\n\n<div>{', true)).toEqual([]);
	});
});

describe('createOutlineCollector', () => {
	it('collects links, images and link definitions at their place in the file, and the heading ids', () => {
		const body =
			'## Why\n\nSee [the other](./other.mdx#context) and ![a chart](./chart.png).\n\n[ref]: https://example.com';
		const outline: BodyOutline = { links: [] };
		visit(
			markdownToMdast(body, { features: FEATURES }) as unknown as TreeNode,
			createOutlineCollector(outline, { file: 'a.md', body, bodyLine: 4 }),
		);
		expect(outline).toMatchInlineSnapshot(`
			{
			  "headingIds": [
			    "why",
			  ],
			  "links": [
			    {
			      "column": 5,
			      "file": "a.md",
			      "image": false,
			      "line": 6,
			      "url": "./other.mdx#context",
			    },
			    {
			      "column": 42,
			      "file": "a.md",
			      "image": true,
			      "line": 6,
			      "url": "./chart.png",
			    },
			    {
			      "column": 1,
			      "file": "a.md",
			      "image": false,
			      "line": 8,
			      "url": "https://example.com",
			    },
			  ],
			}
		`);
	});
});
