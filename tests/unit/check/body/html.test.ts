import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, checkMdxBody } from '../../../../src/check/body/index.ts';
import { formatProblems } from '../../../../src/check/reporters/terminal.ts';

const allowedImports = ['@astrojs/starlight/components', '~/components/'];
const mdx = (body: string) => formatProblems(checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }));

describe('HTML and link addresses in an MDX body', () => {
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
});

describe('HTML in a Markdown body', () => {
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
			  a.md:9:1  loads "https://cdn.example.com/x.js" from another origin (https://cdn.example.com) through <script src>, so every reader's browser would call it
			    → serve the file from the playbook itself (in public/, linked by its path), or, if the organization trusts https://cdn.example.com, add it to the \`allowedOrigins\` option in astro.config.mjs
			  a.md:11:8  gives <img> the event handler onerror="alert(1)", which would run JavaScript in readers' browsers
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.md:11:58  links to "javascript:alert(1)", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook
			  a.md:13:1  holds an <iframe> element, which would load another document into the page
			    → remove it: a record holds text, links, images and allowed components, not scripts, event handlers, frames, plugins or page settings
			  a.md:13:1  loads "https://example.com/embed" from another origin (https://example.com) through <iframe src>, so every reader's browser would call it
			    → serve the file from the playbook itself (in public/, linked by its path), or, if the organization trusts https://example.com, add it to the \`allowedOrigins\` option in astro.config.mjs

			6 errors in 1 file."
		`);
	});
});
