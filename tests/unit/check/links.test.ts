import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkHeadingIds, checkRecordLinks, type LinkedRecord } from '../../../src/check/links.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const options = { practicesDir: 'content/practices' };
const record = (id: string, body: string, urls: string[] = [], data: unknown = {}): LinkedRecord => ({
	file: `content/practices/${id}.md`,
	id,
	body,
	bodyLine: 5,
	data,
	outline: { links: urls.map((url, index) => ({ url, image: false, line: 5 + index, column: 1 })) },
});

describe('checkRecordLinks', () => {
	it('accepts links to existing records, their headings and this record’s sections', () => {
		const target = record('output-vs-outcome', '## Signs it works\n');
		const source = record('a', 'Text.', ['./output-vs-outcome.md#signs-it-works', '/practices/output-vs-outcome/']);
		expect(checkRecordLinks([target, source], options)).toEqual([]);
	});

	it('reports a link to a record that does not exist with its file, line and the id it is close to', () => {
		const records = [
			record('output-vs-outcome', ''),
			record('a', '', ['./output-vs-outcom.md', '/practices/nothing/']),
		];
		expect(describeProblems(checkRecordLinks(records, options))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:5:1 error links to "./output-vs-outcom.md", but no record file is named output-vs-outcom.md (did you mean "output-vs-outcome.md"?) → link to an existing record by its file, like \`./output-vs-outcome.mdx\`, or correct the record's id",
			  "content/practices/a.md:6:1 error links to "/practices/nothing/", but no record has the id "nothing" → link to an existing record by its file, like \`./output-vs-outcome.mdx\`, or correct the record's id",
			]
		`);
	});

	it('reports a link to a heading the record does not have, and lists the headings it has', () => {
		const records = [
			record('output-vs-outcome', '## Signs it works\n'),
			record('a', '', ['./output-vs-outcome.md#signs']),
		];
		expect(describeProblems(checkRecordLinks(records, options))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:5:1 error links to "./output-vs-outcome.md#signs", but the record "output-vs-outcome" has no heading or section "signs" → link to one of its headings: signs-it-works",
			]
		`);
	});

	it('accepts a link to a section Charter adds from the frontmatter, and to "Referenced by" when another record names this one', () => {
		const target = record('output-vs-outcome', '', [], { sources: [{ id: 'ries-lean' }] });
		const source = record('a', '', ['./output-vs-outcome.md#sources', '#referenced-by'], {
			related: ['output-vs-outcome'],
		});
		const naming = record('b', '', [], { related: ['a'] });
		expect(checkRecordLinks([target, source, naming], options)).toEqual([]);
	});

	it('reports a link to a section the record does not show, and lists the headings and sections it has', () => {
		const records = [
			record('output-vs-outcome', '## Signs it works\n', [], { justification: [{ claim: 'A reason.' }] }),
			record('a', '', ['./output-vs-outcome.md#alternatives-not-chosen', '#sources']),
		];
		expect(describeProblems(checkRecordLinks(records, options))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:5:1 error links to "./output-vs-outcome.md#alternatives-not-chosen", but the record "output-vs-outcome" has no heading or section "alternatives-not-chosen" → link to one of its headings: signs-it-works; or its sections: justification",
			  "content/practices/a.md:6:1 error links to "#sources", but this record has no heading or section "sources" → link to the page without \`#…\`",
			]
		`);
	});

	it('understands a link to a record page written with the site’s base', () => {
		const records = [record('output-vs-outcome', ''), record('a', '', ['/handbook/practices/output-vs-outcome/'])];
		expect(checkRecordLinks(records, { ...options, base: '/handbook/' })).toEqual([]);
	});

	it('reports a link to a Markdown file that is neither a record nor a page, such as one in a subfolder of the records', () => {
		const records = [record('a', '', ['../../README.md', './outcomes/nested.md'])];
		expect(describeProblems(checkRecordLinks(records, options))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:5:1 error links to "../../README.md", the file README.md, which is neither a record nor a page of the site → link to a record's file in content/practices/ or a page's file in content/, or to an address in the site",
			  "content/practices/a.md:6:1 error links to "./outcomes/nested.md", the file content/practices/outcomes/nested.md, which is neither a record nor a page of the site → link to a record's file in content/practices/ or a page's file in content/, or to an address in the site",
			]
		`);
	});

	it('reports a link from a page to a page that does not exist, and to a heading another page does not have', () => {
		const about: LinkedRecord = {
			...record('about', '', ['./guides/missing.md', './guides/intro.md#finish-here']),
			file: 'content/about.md',
			pageUrl: '/about/',
		};
		const intro: LinkedRecord = {
			...record('intro', '## Start here\n'),
			file: 'content/guides/intro.md',
			pageUrl: '/guides/intro/',
		};
		expect(describeProblems(checkRecordLinks([about, intro], options))).toMatchInlineSnapshot(`
			[
			  "content/about.md:5:1 error links to "./guides/missing.md", but there is no page content/guides/missing.md → link to an existing record or page by its file, or correct the path",
			  "content/about.md:6:1 error links to "./guides/intro.md#finish-here", but content/guides/intro.md has no heading "finish-here" → link to one of its headings: start-here",
			]
		`);
	});

	it('reports an image that does not exist, reading an address from the site’s root, after the base, as a file in public/', () => {
		const root = fileURLToPath(new URL('../../fixtures/check-files/', import.meta.url));
		const images = ['./images/diagram.png', './images/missing.png', '/handbook/images/logo.svg'];
		const withImages: LinkedRecord = {
			...record('kept', ''),
			outline: { links: images.map((url, index) => ({ url, image: true, line: 5 + index, column: 3 })) },
		};
		expect(describeProblems(checkRecordLinks([withImages], { ...options, base: '/handbook/', root })))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/kept.md:6:3 error shows the image "./images/missing.png", but content/practices/images/missing.png does not exist → add the image there, or correct the path: it is relative to the record's file",
			  "content/practices/kept.md:7:3 error shows the image "/handbook/images/logo.svg", but public/images/logo.svg does not exist → add the image to public/, or correct the path: an address from the site's root is a file in public/",
			]
		`);
		expect(checkRecordLinks([withImages], options)).toEqual([]);
	});
});

describe('checkHeadingIds', () => {
	it('reports a body heading that takes the id of a section Charter adds to the page', () => {
		const withSources = record('a', 'Text.\n\n## Sources\n', [], { sources: [{ id: 'ries-lean' }] });
		expect(describeProblems(checkHeadingIds([withSources]))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:7:1 error has a heading with the id "sources", which the "sources" section Charter adds from the frontmatter already uses → rename or remove the heading: Charter renders the justification, alternatives, sources and links from the frontmatter, so the body does not repeat them",
			]
		`);
	});

	it('reports a "Referenced by" heading, in any case, in a record another record names', () => {
		const named = record('a', 'Text.\n\n### REFERENCED BY\n');
		const naming = record('b', '', [], { supersedes: ['a'] });
		expect(describeProblems(checkHeadingIds([named, naming]))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:7:1 error has a heading with the id "referenced-by", which the "referenced-by" section Charter adds from the frontmatter already uses → rename or remove the heading: Charter renders the justification, alternatives, sources and links from the frontmatter, so the body does not repeat them",
			]
		`);
	});

	it('leaves a heading alone when the page has no such section', () => {
		expect(checkHeadingIds([record('a', '## Sources\n')])).toEqual([]);
	});
});
