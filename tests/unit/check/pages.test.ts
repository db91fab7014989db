import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/check/frontmatter.ts';
import { checkPageData, checkPageMarkup, readPageFiles } from '../../../src/check/pages.ts';
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

describe('checkPageMarkup', () => {
	const markup = (frontmatter: string, allowedOrigins: string[] = []) =>
		describeProblems(
			checkPageMarkup('content/about.md', parseFrontmatter(`---\ntitle: About\n${frontmatter}---\n\nText.\n`)!, {
				allowedOrigins,
			}),
		);

	it('reports scripts, styles and anything loaded from another origin that a page adds to its head, banner or hero', () => {
		const frontmatter = [
			'head:',
			'  - tag: script',
			'    attrs: { src: https://tracker.example.net/t.js }',
			'  - tag: style',
			'    content: "body { display: none }"',
			'  - tag: link',
			'    attrs: { rel: stylesheet, href: "//fonts.example.com/f.css" }',
			'  - tag: meta',
			'    attrs: { name: robots, content: noindex }',
			'banner:',
			'  content: <img src="https://tracker.example.net/b.png" alt="">',
			'',
		].join('\n');
		expect(markup(frontmatter)).toMatchInlineSnapshot(`
			[
			  "content/about.md:4:5 error head[0] adds a <script> element to the page's head, which would run code in readers' browsers → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings",
			  "content/about.md:4:5 error loads "https://tracker.example.net/t.js" from another origin (https://tracker.example.net) through <script src>, so every reader's browser would call it → serve the file from the playbook itself (in public/, linked by its path), or, if the organization trusts https://tracker.example.net, add it to the \`allowedOrigins\` option in astro.config.mjs",
			  "content/about.md:6:5 error holds a <style> element, which could restyle or hide any part of the page → remove it: a record's look comes from the site's theme; a style attribute may hold plain CSS for its own element",
			  "content/about.md:8:5 error loads "//fonts.example.com/f.css" from another origin (https://fonts.example.com) through <link href>, so every reader's browser would call it → serve the file from the playbook itself (in public/, linked by its path), or, if the organization trusts https://fonts.example.com, add it to the \`allowedOrigins\` option in astro.config.mjs",
			  "content/about.md:13:12 error loads "https://tracker.example.net/b.png" from another origin (https://tracker.example.net) through <img src>, so every reader's browser would call it → serve the file from the playbook itself (in public/, linked by its path), or, if the organization trusts https://tracker.example.net, add it to the \`allowedOrigins\` option in astro.config.mjs",
			]
		`);
		expect(
			markup('head:\n  - tag: link\n    attrs: { rel: stylesheet, href: "https://cdn.example.org/f.css" }\n', [
				'https://cdn.example.org',
			]),
		).toEqual([]);
	});
});
