import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, checkMdxBody } from '../../../../src/check/body/index.ts';
import { getCssUrls, getForeignOrigin } from '../../../../src/check/body/origins.ts';
import type { Problem } from '../../../../src/check/problems.ts';
import { formatProblems } from '../../../../src/check/reporters/terminal.ts';

const allowedImports = ['@astrojs/starlight/components'];
const checkMdx = (body: string, allowedOrigins: string[] = []) =>
	checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports, allowedOrigins });
const checkMd = (body: string, allowedOrigins: string[] = []) =>
	checkMarkdownBody({ file: 'a.md', body, bodyLine: 10 }, undefined, { allowedOrigins });
/** Each problem's position, kind and message, one line each: the fixes are locked once, below. */
const brief = (problems: Problem[]) => problems.map((p) => `${p.line}:${p.column} ${p.kind} ${p.message}`);

describe('what a Markdown body would load from another origin', () => {
	it('reports images, media, frames, SVG, style sheets, scripts and CSS with their file, line and address', () => {
		const body = [
			'![chart](https://tracker.example.net/pixel.png) ![ref][p] [a link](https://example.com)',
			'',
			'[p]: //tracker.example.net/ref.png',
			'',
			'<img src="https://a.example/i.png" srcset="/x.png 1x, https://b.example/i.png 2x">',
			'',
			'<div style="background:url(https://c.example/bg.png); color: red">x</div>',
			'',
			'<video src="https://d.example/v.mp4" poster="https://e.example/p.png"><source src="https://f.example/v.webm"><track src="https://g.example/t.vtt"></video>',
			'',
			'<audio src="//h.example/a.mp3"></audio> <svg><image href="https://i.example/i.svg"/><image xlink:href="https://j.example/j.svg"/></svg>',
			'',
			'<iframe src="https://k.example/"></iframe> <object data="https://l.example/o"></object> <embed src="https://m.example/e">',
			'',
			'<link rel="stylesheet" href="https://n.example/s.css"> <script src="https://o.example/s.js"></script>',
			'',
			'<a href="https://p.example" ping="https://q.example/ping">a link is fine, its ping is not</a>',
		].join('\n');
		expect(brief(checkMd(body))).toMatchInlineSnapshot(`
			[
			  "14:1 html/external loads "https://a.example/i.png" from another origin (https://a.example) through <img src>, so every reader's browser would call it",
			  "14:1 html/external loads "https://b.example/i.png" from another origin (https://b.example) through <img srcset>, so every reader's browser would call it",
			  "16:1 html/external loads "https://c.example/bg.png" from another origin (https://c.example) through <div style>, so every reader's browser would call it",
			  "18:1 html/external loads "https://d.example/v.mp4" from another origin (https://d.example) through <video src>, so every reader's browser would call it",
			  "18:1 html/external loads "https://e.example/p.png" from another origin (https://e.example) through <video poster>, so every reader's browser would call it",
			  "18:71 html/external loads "https://f.example/v.webm" from another origin (https://f.example) through <source src>, so every reader's browser would call it",
			  "18:110 html/external loads "https://g.example/t.vtt" from another origin (https://g.example) through <track src>, so every reader's browser would call it",
			  "20:1 html/external loads "//h.example/a.mp3" from another origin (https://h.example) through <audio src>, so every reader's browser would call it",
			  "20:46 html/external loads "https://i.example/i.svg" from another origin (https://i.example) through <img href>, so every reader's browser would call it",
			  "20:85 html/external loads "https://j.example/j.svg" from another origin (https://j.example) through <img xlink:href>, so every reader's browser would call it",
			  "22:1 html/active holds an <iframe> element, which would load another document into the page",
			  "22:1 html/external loads "https://k.example/" from another origin (https://k.example) through <iframe src>, so every reader's browser would call it",
			  "22:1 html/active holds an <object> element, which would load a plugin into the page",
			  "22:1 html/external loads "https://l.example/o" from another origin (https://l.example) through <object data>, so every reader's browser would call it",
			  "22:1 html/active holds an <embed> element, which would load a plugin into the page",
			  "22:1 html/external loads "https://m.example/e" from another origin (https://m.example) through <embed src>, so every reader's browser would call it",
			  "24:1 html/active holds a <link> element, which would change how the page loads or where its links go",
			  "24:1 html/external loads "https://n.example/s.css" from another origin (https://n.example) through <link href>, so every reader's browser would call it",
			  "24:1 html/active holds a <script> element, which would run code in readers' browsers",
			  "24:1 html/external loads "https://o.example/s.js" from another origin (https://o.example) through <script src>, so every reader's browser would call it",
			  "26:1 html/external loads "https://q.example/ping" from another origin (https://q.example) through <a ping>, so every reader's browser would call it",
			  "10:1 html/external loads "https://tracker.example.net/pixel.png" from another origin (https://tracker.example.net) through an image, so every reader's browser would call it",
			  "10:49 html/external loads "//tracker.example.net/ref.png" from another origin (https://tracker.example.net) through an image, so every reader's browser would call it",
			]
		`);
	});

	it('reports every <style> element, and a style attribute that would place its element over the page', () => {
		const body = [
			'<style>body { display: none }</style>',
			'',
			'<p style="position: fixed; inset: 0">cover</p> <span style="color: red; font-weight: bold">plain CSS is fine</span>',
		].join('\n');
		expect(formatProblems(checkMd(body))).toMatchInlineSnapshot(`
			"a.md
			  a.md:10:1  holds a <style> element, which could restyle or hide any part of the page
			    → remove it: a record's look comes from the site's theme; a style attribute may hold plain CSS for its own element
			  a.md:12:1  gives <p> the style "position: fixed", which could cover the page outside the record
			    → remove the position: a style attribute may change how its own element looks, not place it over the rest of the page

			2 errors in 1 file."
		`);
	});

	it('accepts relative addresses, links to other sites and origins the organization allows', () => {
		const body = [
			'![local](./chart.png) ![root](/img/chart.png) <img src="/img/a.png" srcset="/img/a.png 1x, b.png 2x">',
			'',
			'[elsewhere](https://example.com) <a href="//example.com/x">also a link</a>',
			'',
			'![allowed](https://cdn.example.org/chart.png) <img src="https://cdn.example.org/a.png">',
		].join('\n');
		expect(checkMd(body, ['https://cdn.example.org'])).toEqual([]);
		expect(brief(checkMd(body))).toMatchInlineSnapshot(`
			[
			  "14:47 html/external loads "https://cdn.example.org/a.png" from another origin (https://cdn.example.org) through <img src>, so every reader's browser would call it",
			  "14:1 html/external loads "https://cdn.example.org/chart.png" from another origin (https://cdn.example.org) through an image, so every reader's browser would call it",
			]
		`);
	});
});

describe('what an MDX body would load from another origin', () => {
	it('reports images, JSX attributes, style objects, <style> and addresses in allowed components’ props', () => {
		const body = [
			"import { Card } from '@astrojs/starlight/components';",
			'',
			'![chart](https://tracker.example.net/pixel.png)',
			'',
			'<img src={"https://a.example/i.png"} srcSet="https://b.example/i.png 2x" />',
			'',
			'<div style={{ background: "url(https://c.example/bg.png)" }}>x</div>',
			'',
			'<style>{"body { display: none }"}</style>',
			'',
			'<svg><image href="//d.example/i.svg" /></svg>',
			'',
			'<Card title="x" icon="https://e.example/i.svg">y</Card>',
			'',
			'<Card title="links stay allowed" href="https://example.com">z</Card>',
		].join('\n');
		expect(brief(checkMdx(body))).toMatchInlineSnapshot(`
			[
			  "14:1 html/external loads "https://a.example/i.png" from another origin (https://a.example) through <img src>, so every reader's browser would call it",
			  "14:1 html/external loads "https://b.example/i.png" from another origin (https://b.example) through <img srcset>, so every reader's browser would call it",
			  "16:1 html/external loads "https://c.example/bg.png" from another origin (https://c.example) through <div style>, so every reader's browser would call it",
			  "18:1 html/style holds a <style> element, which could restyle or hide any part of the page",
			  "20:6 html/external loads "//d.example/i.svg" from another origin (https://d.example) through <image href>, so every reader's browser would call it",
			  "22:1 html/external loads "https://e.example/i.svg" from another origin (https://e.example) through <Card icon>, so every reader's browser would call it",
			  "12:1 html/external loads "https://tracker.example.net/pixel.png" from another origin (https://tracker.example.net) through an image, so every reader's browser would call it",
			]
		`);
	});

	it('accepts an origin listed in allowedOrigins', () => {
		const body = '<img src="https://cdn.example.org/ok.png" />\n\n![chart](https://cdn.example.org/c.png)';
		expect(checkMdx(body, ['https://cdn.example.org'])).toEqual([]);
		expect(brief(checkMdx(body, ['https://other.example.org']))).toHaveLength(2);
	});
});

describe('addresses and CSS as browsers read them', () => {
	it('finds the origin of absolute, protocol-relative and backslashed addresses, and none for the site’s own', () => {
		expect(
			[
				'https://x.example/a',
				'//x.example/a',
				'\\\\x.example/a',
				'http:x.example',
				'/a',
				'./a',
				'data:,x',
				'mailto:a@b',
			].map(getForeignOrigin),
		).toMatchInlineSnapshot(`
			[
			  "https://x.example",
			  "https://x.example",
			  "https://x.example",
			  "http://x.example",
			  undefined,
			  undefined,
			  undefined,
			  undefined,
			]
		`);
	});

	it('undoes CSS escapes and comments before looking for url()', () => {
		expect(
			getCssUrls(
				'background: \\75 rl(https://x.example/a.png); /* url(https://y.example) */ b: image-set("//z.example/b.png" 1x)',
			),
		).toMatchInlineSnapshot(`
			[
			  "https://x.example/a.png",
			  "//z.example/b.png",
			]
		`);
	});
});
