import { describe, expect, it } from 'vitest';
import { findExternalReferencesInHtml, getCssUrls } from '../../helpers/external-references.ts';

// The offline check of built sites is only as good as this detector, so it is tested on its own.
describe('findExternalReferencesInHtml', () => {
	it('finds fonts, scripts, styles, images and frames loaded from another origin', () => {
		const html = `<!doctype html><html><head>
			<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
			<link rel="preconnect" href="//fonts.gstatic.com">
			<link rel="icon" href="https://cdn.example.com/favicon.ico">
			<script src="https://cdn.example.com/analytics.js"></script>
			<style>@import "https://cdn.example.com/theme.css"; body { background: url('https://cdn.example.com/bg.png') }</style>
		</head><body>
			<img src="https://images.example.com/a.png" srcset="/local.png 1x, https://images.example.com/b.png 2x">
			<iframe src="https://www.youtube.com/embed/x"></iframe>
			<div style="background-image: url(https://cdn.example.com/c.jpg)"></div>
			<svg><image href="https://cdn.example.com/d.svg"/></svg>
		</body></html>`;
		expect(findExternalReferencesInHtml(html, 'index.html').map(({ via, url }) => `${via} ${url}`)).toEqual([
			'<link rel="stylesheet" href> https://fonts.googleapis.com/css2?family=Inter',
			'<link rel="preconnect" href> //fonts.gstatic.com',
			'<link rel="icon" href> https://cdn.example.com/favicon.ico',
			'<script src> https://cdn.example.com/analytics.js',
			'<style> url() https://cdn.example.com/bg.png',
			'<style> @import https://cdn.example.com/theme.css',
			'<img src> https://images.example.com/a.png',
			'<img srcset> https://images.example.com/b.png',
			'<iframe src> https://www.youtube.com/embed/x',
			'style="url()" https://cdn.example.com/c.jpg',
			'<image href> https://cdn.example.com/d.svg',
		]);
	});

	it('finds media, plugins, pings, legacy backgrounds and image-set() from another origin', () => {
		const html = `<body background="//cdn.example.com/bg.gif">
			<video src="https://media.example.com/v.mp4" poster="https://media.example.com/p.png"><source src="https://media.example.com/v.webm"><track src="https://media.example.com/t.vtt"></video>
			<audio src="https://media.example.com/a.mp3"></audio>
			<object data="https://cdn.example.com/o.swf"></object><embed src="https://cdn.example.com/e.swf">
			<a href="/x" ping="https://tracker.example.net/ping">x</a>
			<p style="background: image-set('https://cdn.example.com/i.png' 1x)">y</p>
		</body>`;
		expect(findExternalReferencesInHtml(html).map(({ via, url }) => `${via} ${url}`)).toEqual([
			'<body background> //cdn.example.com/bg.gif',
			'<video src> https://media.example.com/v.mp4',
			'<video poster> https://media.example.com/p.png',
			'<source src> https://media.example.com/v.webm',
			'<track src> https://media.example.com/t.vtt',
			'<audio src> https://media.example.com/a.mp3',
			'<object data> https://cdn.example.com/o.swf',
			'<embed src> https://cdn.example.com/e.swf',
			'<a ping> https://tracker.example.net/ping',
			'style="image-set()" https://cdn.example.com/i.png',
		]);
	});

	it('ignores links a reader follows and same-origin or inline resources', () => {
		const html = `<html><head>
			<link rel="canonical" href="https://playbook.example.org/">
			<link rel="alternate" type="application/rss+xml" href="https://playbook.example.org/rss.xml">
			<link rel="stylesheet" href="/handbook/_astro/page.css">
			<script src="/handbook/_astro/page.js"></script>
			<meta property="og:image" content="https://playbook.example.org/og.png">
		</head><body>
			<a href="https://example.com/article">A cited source</a>
			<img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"><img src="../logo.svg">
			<svg xmlns="http://www.w3.org/2000/svg"><use href="#icon"/></svg>
		</body></html>`;
		expect(findExternalReferencesInHtml(html)).toEqual([]);
	});
});

describe('getCssUrls', () => {
	it('reads url() with any quoting and @import', () => {
		expect(
			getCssUrls(
				`@import 'https://a.test/x.css'; a { b: url(/y.woff2) format('woff2'), url("https://c.test/z.woff") }`,
			),
		).toEqual([
			{ via: 'url()', url: '/y.woff2' },
			{ via: 'url()', url: 'https://c.test/z.woff' },
			{ via: '@import', url: 'https://a.test/x.css' },
		]);
	});
});
