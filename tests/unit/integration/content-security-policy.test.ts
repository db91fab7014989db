import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	addContentSecurityPolicy,
	getContentSecurityPolicy,
	getHeaderPolicy,
	getInlineHashes,
} from '../../../src/integration/content-security-policy.ts';
import { REPO_ROOT } from '../../helpers/astro.ts';

/** The sources of one directive of a policy, like `['\'self\'', 'data:']` for `img-src`. */
function getSources(policy: string, directive: string): string[] {
	const found = policy.split('; ').find((part) => part.startsWith(`${directive} `));
	if (!found) throw new Error(`the policy has no ${directive}: ${policy}`);
	return found.split(' ').slice(1);
}

describe('getContentSecurityPolicy', () => {
	it('lets a page load only from its own site when no origin is allowed', () => {
		expect(getContentSecurityPolicy([])).toMatchInlineSnapshot(
			`"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'none'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"`,
		);
	});

	it('lets images, media, styles, fonts and fetches come from the allowed origins, but not scripts', () => {
		const policy = getContentSecurityPolicy(['https://cdn.example.org']);
		for (const directive of ['default-src', 'style-src', 'img-src', 'font-src'])
			expect(getSources(policy, directive)).toContain('https://cdn.example.org');
		expect(getSources(policy, 'script-src')).not.toContain('https://cdn.example.org');
		expect(policy).not.toContain('https://cdn.example.org/');
	});

	it('lists each inline hash once, sorted, so that the same page always gets the same policy', () => {
		const policy = getContentSecurityPolicy([], {
			scripts: ["'sha256-b'", "'sha256-a'", "'sha256-b'"],
			styles: [],
			styleAttributes: ["'sha256-c'"],
		});
		expect(getSources(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
		expect(getSources(policy, 'style-src-attr')).toEqual(["'unsafe-hashes'", "'sha256-c'"]);
	});
});

describe('getInlineHashes', () => {
	it('hashes inline scripts, style elements and style attributes as the browser does, and skips scripts with src', () => {
		const html =
			'<head><script>alert(1)</script><script type="module" src="/_astro/a.js"></script><style>body{color:red}</style></head>' +
			`<body><div style="display: none;"></div><p title='x' style='a&#34;b'></p></body>`;
		expect(getInlineHashes(html)).toEqual({
			scripts: ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
			styles: ["'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"],
			styleAttributes: [
				"'sha256-biLFinpqYMtWHmXfkA1BPeCY0/fNt46SAZ+BBk5YUog='",
				"'sha256-OaASdy3Vw6zLxWkjCTQiiW1BrIguPNZpFLxYTHqslm8='",
			],
		});
	});
});

describe('addContentSecurityPolicy', () => {
	it('puts the policy right after <meta charset>, before the first script', () => {
		const html = '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>alert(1)</script></head></html>';
		const page = addContentSecurityPolicy(html, []);
		expect(page).toMatch(
			/^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF\+pI='; [^"]*"\/><script>/,
		);
	});

	it('gives a page without <head>, like a redirect page, the policy right after its doctype', () => {
		const html = '<!doctype html><title>Redirecting to: /a/</title><meta http-equiv="refresh" content="0;url=/a/">';
		expect(addContentSecurityPolicy(html, [])).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy" /);
	});
});

describe('getHeaderPolicy', () => {
	it('is the header docs/publish.md and the nginx example give, word for word', () => {
		const policy = getHeaderPolicy([]);
		for (const doc of ['docs/publish.md', 'docs/examples/nginx.conf'])
			expect(readFileSync(join(REPO_ROOT, doc), 'utf8'), doc).toContain(policy);
	});

	it('forbids framing by other sites and adds the allowed origins everywhere but to scripts', () => {
		const policy = getHeaderPolicy(['https://cdn.example.org']);
		expect(getSources(policy, 'frame-ancestors')).toEqual(["'self'"]);
		expect(getSources(policy, 'img-src')).toContain('https://cdn.example.org');
		expect(getSources(policy, 'script-src')).not.toContain('https://cdn.example.org');
	});
});
