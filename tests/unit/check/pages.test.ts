import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/check/frontmatter.ts';
import { checkPageData, readPageFiles } from '../../../src/check/pages.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const check = (frontmatter: string) =>
	describeProblems(checkPageData('content/about.md', parseFrontmatter(`---\n${frontmatter}---\n\nText.\n`)!));

describe('readPageFiles', () => {
	it('reads the pages under content/ with their addresses, leaving out the records and the drafts', () => {
		const root = fileURLToPath(new URL('../../fixtures/check-files/', import.meta.url));
		expect(readPageFiles(root, 'content/practices').map(({ file, url }) => `${file} → ${url}`)).toMatchInlineSnapshot(`
			[
			  "content/about.md → /about/",
			  "content/guides/intro.md → /guides/intro/",
			]
		`);
	});
});

describe('checkPageData', () => {
	it('accepts a page with a title', () => {
		expect(check('title: About this playbook\n')).toEqual([]);
	});

	it('reports a missing title, with an example, when no key looks like it', () => {
		expect(check('description: What this playbook is.\n')).toMatchInlineSnapshot(`
			[
			  "content/about.md:2:1 error title is required → add \`title:\` to the frontmatter, like title: About this playbook",
			]
		`);
	});

	it('reports a value that is not one of the allowed ones, with the one it is close to and the whole list', () => {
		expect(check('title: About\ntemplate: splsh\n')).toMatchInlineSnapshot(`
			[
			  "content/about.md:3:11 error template is "splsh", which is not allowed (did you mean "splash"?) → use one of doc, splash",
			]
		`);
	});

	it('reports a value of the wrong type with its field and line', () => {
		expect(check('title: About\ndraft: maybe\n')).toMatchInlineSnapshot(`
			[
			  "content/about.md:3:8 error draft is "maybe", which is not a boolean → write a boolean there; Starlight's frontmatter reference lists what each field takes",
			]
		`);
	});
});
