import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, checkMdxBody, isAllowedImport } from '../../../src/check/body.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';

const allowedImports = ['@astrojs/starlight/components', '~/components/'];
const mdx = (body: string) => formatProblems(checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }));
const kinds = (body: string) =>
	checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }).map((problem) => problem.kind);

describe('checkMdxBody', () => {
	it('accepts components imported from allowed modules, comments and plain values', () => {
		const body = [
			"import { Aside, Card } from '@astrojs/starlight/components';",
			"import Diagram from '~/components/Diagram.astro';",
			'',
			'Text with {/* a comment */} and {"a string"}, {42}, {-1}, {`template`} and {[1, "two"]}.',
			'',
			'<Card title="Plain" icon={"star"} meta={{ size: 2, tags: ["a"] }}>Body</Card>',
			'<Diagram />',
			'<div class="note">HTML elements need no import.</div>',
			'',
			'[web](https://example.com) [mail](mailto:team@example.com) [page](/practices/a/) [anchor](#context) ![image](./a.png)',
		].join('\n');
		expect(checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports })).toEqual([]);
	});

	it('reports the import of a module outside the allow-list at its line in the file', () => {
		expect(mdx("Text.\n\nimport data from '../../../secrets.json';\n")).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:12:1  imports from "../../../secrets.json", which is not an allowed module
			    → import components only from "@astrojs/starlight/components", "~/components/"; the list is the \`allowedImports\` option in astro.config.mjs

			1 error in 1 file."
		`);
	});

	it('does not let a path climb out of an allowed folder', () => {
		expect(isAllowedImport('~/components/Card.astro', allowedImports)).toBe(true);
		expect(isAllowedImport('~/components/../../astro.config.mjs', allowedImports)).toBe(false);
		expect(isAllowedImport('@astrojs/starlight/components/Card.astro', allowedImports)).toBe(false);
	});

	it('reports exports, other statements and dynamic imports as code', () => {
		expect(kinds("export default function Layout() {}\n\nexport { x } from 'y';\n")).toEqual([
			'mdx/export',
			'mdx/export',
		]);
		expect(kinds("import x from 'node:fs'\nconsole.log(x)\n")).toEqual(['mdx/import', 'mdx/code']);
		expect(kinds("Text {import('node:fs')} and {fetch('https://example.com')}.")).toEqual([
			'mdx/expression',
			'mdx/expression',
		]);
	});

	it('reports JavaScript in attributes, spread attributes and JSX inside braces', () => {
		expect(mdx('<div onClick={() => steal()} {...props}>{<b>bold</b>}</div>')).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:10:1  runs JavaScript in the attribute onClick of <div>: {() => steal()}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed
			  a.mdx:10:1  runs JavaScript in <div>: {...props}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed
			  a.mdx:10:41  runs JavaScript: {<b>bold</b>}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed

			3 errors in 1 file."
		`);
	});

	it('reports a component that is used without being imported', () => {
		expect(kinds('<Tabs><TabItem label="A">a</TabItem></Tabs>')).toEqual(['mdx/component', 'mdx/component']);
		expect(kinds("import { Tabs } from '@astrojs/starlight/components';\n\n<Tabs.Item />")).toEqual([]);
	});

	it('reports links, images, definitions and href attributes with a protocol other than http, https or mailto', () => {
		const body =
			'[a](javascript:alert(1)) ![b](data:image/png;base64,AAA)\n\n[c]: vbscript:msgbox\n\n<a href="file:///etc/passwd">d</a>';
		expect(mdx(body)).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:10:1  links to "javascript:alert(1)", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook
			  a.mdx:10:26  links to "data:image/png;base64,AAA", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook
			  a.mdx:12:1  links to "vbscript:msgbox", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook
			  a.mdx:14:1  links to "file:///etc/passwd", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook

			4 errors in 1 file."
		`);
	});

	it('reports scripts, event handlers, frames and page settings, which would run or load code for readers', () => {
		const body = [
			'<script>{"alert(1)"}</script>',
			'',
			'<img src="/a.png" alt="A" onerror="alert(1)" />',
			'',
			'<button onClick={"steal()"}>Go</button> <iframe srcdoc="<p>x</p>" /> <meta http-equiv="refresh" content="0" />',
		].join('\n');
		expect(mdx(body)).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:10:1  holds a <script> element, which would run code in readers' browsers
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.mdx:12:1  gives <img> the event handler onerror="alert(1)", which would run JavaScript in readers' browsers
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.mdx:14:1  gives <button> the event handler onclick="steal()", which would run JavaScript in readers' browsers
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.mdx:14:41  holds an <iframe> element, which would load another document into the page
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.mdx:14:41  gives <iframe> an inline document (srcdoc)
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.mdx:14:70  holds a <meta> element, which would change how the page loads or where its links go
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings

			6 errors in 1 file."
		`);
	});

	it('reports an MDX syntax error at its line in the file and keeps the parser’s hint as the fix', () => {
		expect(mdx('First paragraph.\n\nSecond {unclosed\n')).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:12:8  is not valid MDX: unexpected end of file in expression, expected a corresponding closing brace for \`{\`
			    → fix the MDX syntax at this line; in text, write \`\\{\` for a literal brace and \`&lt;\` for a literal <

			1 error in 1 file."
		`);
	});

	it('reports an import line that is not valid JavaScript as a syntax error', () => {
		expect(mdx("import { Aside from '@astrojs/starlight/components';\n")).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:10:16  is not valid JavaScript: unexpected token
			    → fix the import line; a record may hold only \`import { … } from "…";\` lines besides its text

			1 error in 1 file."
		`);
	});
});

describe('checkMarkdownBody', () => {
	it('reports raw HTML that would run code or load another document, and accepts harmless HTML', () => {
		const body = [
			'<details><summary>More</summary>',
			'',
			'Plain <abbr title="objectives and key results">OKR</abbr> text and <a href="https://example.com">a link</a>.',
			'',
			'</details>',
			'',
			'<script src="https://cdn.example.com/x.js"></script>',
			'',
			'Inline <img src="/a.png" alt="A" onerror="alert(1)"> and <a href="javascript:alert(1)">b</a>.',
			'',
			'<IFRAME SRC="https://example.com/embed"></IFRAME>',
		].join('\n');
		expect(formatProblems(checkMarkdownBody({ file: 'a.md', body, bodyLine: 3 }))).toMatchInlineSnapshot(`
			"a.md
			  a.md:9:1  holds a <script> element, which would run code in readers' browsers
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.md:11:8  gives <img> the event handler onerror="alert(1)", which would run JavaScript in readers' browsers
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.md:11:58  links to "javascript:alert(1)", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook
			  a.md:13:1  holds an <iframe> element, which would load another document into the page
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings

			4 errors in 1 file."
		`);
	});

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
