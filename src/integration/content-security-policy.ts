import { createHash } from 'node:crypto';

/** The hashes of what a page runs or applies inline, each like `'sha256-…'`. */
export interface InlineHashes {
	/** Inline `<script>` elements. */
	scripts: readonly string[];
	/** `<style>` elements. */
	styles: readonly string[];
	/** `style` attributes. */
	styleAttributes: readonly string[];
}

const NO_HASHES: InlineHashes = { scripts: [], styles: [], styleAttributes: [] };

/**
 * The Content Security Policy of a page: everything from the site itself and the `allowedOrigins`,
 * nothing from anywhere else; inline scripts and styles only when their hash is listed. Scripts
 * come only from the site, whatever `allowedOrigins` says, since no record can add one.
 *
 * @example
 * getContentSecurityPolicy(['https://cdn.example.org'], { scripts: ["'sha256-…'"], styles: [], styleAttributes: [] })
 */
export function getContentSecurityPolicy(allowedOrigins: readonly string[], hashes: InlineHashes = NO_HASHES): string {
	const sources = ["'self'", ...allowedOrigins];
	const directives: Directive[] = [
		['default-src', ...sources],
		// Pagefind compiles its WebAssembly search index, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
		['script-src', "'self'", "'wasm-unsafe-eval'", ...sortUnique(hashes.scripts)],
		['style-src', ...sources, ...sortUnique(hashes.styles)],
		// 'unsafe-hashes' lets the listed `style` attributes apply, and no other.
		[
			'style-src-attr',
			...(hashes.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...sortUnique(hashes.styleAttributes)] : ["'none'"]),
		],
		...getLoadDirectives(sources),
	];
	return formatPolicy(directives);
}

/**
 * The policy a web server can send as a `Content-Security-Policy` header on every file of the
 * site, as docs/publish.md gives it. It cannot list each page's hashes, so it allows inline scripts
 * and styles; the browser enforces both policies, and the page's own still allows only its hashes.
 * It adds what a `<meta>` policy cannot say: `frame-ancestors`. It also governs Pagefind's worker,
 * which runs the WebAssembly search.
 */
export function getHeaderPolicy(allowedOrigins: readonly string[]): string {
	const sources = ["'self'", ...allowedOrigins];
	const directives: Directive[] = [
		['default-src', ...sources],
		['script-src', "'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
		['style-src', ...sources, "'unsafe-inline'"],
		...getLoadDirectives(sources),
		['frame-ancestors', "'self'"],
	];
	return formatPolicy(directives);
}

type Directive = [string, ...string[]];

/** What both policies allow the page to load besides scripts and styles. */
function getLoadDirectives(sources: readonly string[]): Directive[] {
	return [
		// Starlight's and Charter's CSS draw some icons as data: URLs, which load nothing from elsewhere.
		['img-src', ...sources, 'data:'],
		['font-src', ...sources, 'data:'],
		['worker-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
}

function formatPolicy(directives: readonly Directive[]): string {
	return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The CSP source for a text, like `'sha256-…'`: what lets an inline script, style or style attribute with exactly this text apply. */
export function getHashSource(text: string): string {
	let source = hashSources.get(text);
	if (source === undefined) {
		source = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		// Most inline scripts and styles are the same on every page (Starlight's theme script, say).
		if (hashSources.size < MAX_KEPT_HASHES) hashSources.set(text, source);
	}
	return source;
}

const MAX_KEPT_HASHES = 1000;
const hashSources = new Map<string, string>();

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /<[a-z][^\s/>]*\s[^>]*?\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The hashes of a page's inline scripts, `<style>` elements and `style` attributes. */
export function getInlineHashes(html: string): InlineHashes {
	const scripts = [...html.matchAll(SCRIPT)]
		.filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ''))
		.map(([, , text]) => getHashSource(text ?? ''));
	const styles = [...html.matchAll(STYLE)].map(([, text]) => getHashSource(text ?? ''));
	const styleAttributes = [...html.matchAll(STYLE_ATTRIBUTE)].map(([, double, single]) =>
		getHashSource(decodeAttribute(double ?? single ?? '')),
	);
	return { scripts, styles, styleAttributes };
}

/**
 * A built page with its Content Security Policy as a `<meta http-equiv>` element at the start of
 * `<head>`, after `<meta charset>` (which must stay within the first bytes), before any script or style.
 */
export function addContentSecurityPolicy(html: string, allowedOrigins: readonly string[]): string {
	const policy = getContentSecurityPolicy(allowedOrigins, getInlineHashes(html));
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&#34;')}"/>`;
	const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(html);
	if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
	// A page without <head>, such as Astro's redirect pages: the parser puts the element in the head it implies.
	const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
	const at = doctype ? doctype[0].length : 0;
	return html.slice(0, at) + meta + html.slice(at);
}

// The browser hashes the attribute's value as parsed, so character references count as the characters they stand for.
function decodeAttribute(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt);/gi, (reference, name: string) => {
		const lower = name.toLowerCase();
		if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
		if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
		return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[lower] ?? reference;
	});
}

function sortUnique(values: readonly string[]): string[] {
	return [...new Set(values)].sort();
}
