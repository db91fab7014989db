import { createProblem, type Problem } from '../problems.ts';
import { at, excerpt, type RecordBody, type TreeNode } from './tree.ts';

/**
 * What the checks of a body's subresources need to know: the origins, besides the site's own, that
 * a page may load images, media, styles and frames from (the `allowedOrigins` option).
 */
export interface OriginCheckOptions {
	/** Origins like `https://cdn.example.org` that pages may load from. */
	allowedOrigins?: readonly string[] | undefined;
}

// A stand-in for the site's own origin: relative addresses resolve to it, protocol-relative ones
// (`//host/x`) and absolute ones do not. `.invalid` is reserved, so no real address is on it.
const SITE = 'https://charter.invalid';
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * The origin an address makes the browser load from when it is not the site's own, like
 * `https://tracker.example.net`; `undefined` for relative addresses, `data:` and other addresses
 * that fetch nothing from the network. Parsed as browsers do, so `//host`, `\\host` and
 * `https:host` count as other origins too.
 */
export function getForeignOrigin(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url.trim(), `${SITE}/page/`);
	} catch {
		return undefined;
	}
	if (!NETWORK_PROTOCOLS.has(parsed.protocol) || parsed.origin === SITE) return undefined;
	return parsed.origin;
}

/** Whether `url` loads from another origin than the site's and not from one of `allowedOrigins`. */
export function isForeignUrl(url: string, allowedOrigins: readonly string[] = []): boolean {
	const origin = getForeignOrigin(url);
	return origin !== undefined && !allowedOrigins.includes(origin);
}

/**
 * The words of a list of addresses: a `srcset` (`a.png 1x, https://x/b.png 2x`) or `ping`. Every word
 * counts, descriptors included: they resolve to the site's own origin, and an address cut at a
 * comma keeps its origin.
 */
export function getUrlList(list: string): string[] {
	return list.split(/[\s,]+/).filter(Boolean);
}

/**
 * The addresses CSS text may load: the targets of `url(…)` and `@import`, and every quoted string
 * (`image-set("…")`, `src("…")`). CSS escapes (`\75 rl(`) and comments are undone first, as the
 * browser would.
 */
export function getCssUrls(css: string): string[] {
	const text = css
		.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
		.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => safeFromCodePoint(Number.parseInt(hex, 16)))
		.replace(/\\([^\n0-9a-f])/gi, '$1');
	const urls: string[] = [];
	// Each pattern stops at the next `(` or quote, so a long run of unclosed `url(` stays linear.
	for (const match of text.matchAll(/url\(\s*([^'"()\s]+)/gi)) urls.push(match[1]!);
	for (const match of text.matchAll(/(["'])((?:(?!\1)[^\n])*)\1/g)) urls.push(match[2]!);
	return urls;
}

function safeFromCodePoint(code: number): string {
	return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

/** Positions that take an element out of the record's own area, so that it could cover the rest of the page. */
const ESCAPING_POSITION = /(?:^|[;{\s])position\s*:\s*(fixed|absolute|sticky)\b/i;

/** Attributes that load what they name, on any HTML element, normalised (lowercase, no `-` or `:`). */
const LOADING_ATTRIBUTES = new Set(['src', 'poster', 'background', 'lowsrc', 'dynsrc']);
/** Attributes that hold a list of addresses, each loaded (`ping` is called when a link is followed). */
const LIST_ATTRIBUTES = new Set(['srcset', 'imagesrcset', 'ping']);
/** Elements whose `href` is a link the reader follows, not something the page loads. */
const LINK_ELEMENTS = new Set(['a', 'area']);
/** Component props that name a link the reader follows. */
const LINK_PROPS = new Set(['href', 'link']);

/** Attribute names as HTML, JSX and hast write them (`srcSet`, `xlink:href`, `xLinkHref`) reduced to one form. */
function normalise(name: string): string {
	return name.toLowerCase().replace(/[-:]/g, '');
}

/**
 * Reports an attribute of an HTML element that would make readers' browsers load something from
 * another origin: `src`, `srcset`, `poster`, SVG `href`, `ping`, `url()` in `style` or SVG paint
 * attributes. A `style` attribute that positions its element outside the record is reported too.
 */
export function checkElementOrigins(
	record: RecordBody,
	node: TreeNode,
	tagName: string,
	name: string,
	value: string,
	options: OriginCheckOptions,
): Problem[] {
	const tag = tagName.toLowerCase();
	const attribute = normalise(name);
	const problems: Problem[] = [];
	const report = (url: string) => {
		if (isForeignUrl(url, options.allowedOrigins)) {
			problems.push(
				reportForeignUrl(
					record,
					node,
					url,
					`<${tag} ${attribute === 'xlinkhref' ? 'xlink:href' : name.toLowerCase()}>`,
				),
			);
		}
	};
	if (LIST_ATTRIBUTES.has(attribute)) getUrlList(value).forEach(report);
	else if (LOADING_ATTRIBUTES.has(attribute) || attribute === 'data' || attribute === 'xlinkhref') {
		if (!(attribute === 'xlinkhref' && LINK_ELEMENTS.has(tag)) && !(attribute === 'data' && tag !== 'object')) {
			report(value);
		}
	} else if (attribute === 'href' && !LINK_ELEMENTS.has(tag)) report(value);
	if (attribute === 'style' || /url\(/i.test(value)) getCssUrls(value).forEach(report);
	if (attribute === 'style') {
		const position = ESCAPING_POSITION.exec(value);
		if (position) {
			problems.push(
				createProblem('html/style', at(record, node), {
					message: `gives <${tag}> the style "position: ${position[1]!.toLowerCase()}", which could cover the page outside the record`,
					fix: 'remove the position: a style attribute may change how its own element looks, not place it over the rest of the page',
				}),
			);
		}
	}
	return problems;
}

/**
 * Reports a prop of a component that holds an address on another origin: what a component does with
 * its props is not known, so any address but a link (`href`) may be loaded. `value` is the prop's
 * text, a string or a plain value in braces; every address in it counts.
 */
export function checkComponentOrigins(
	record: RecordBody,
	node: TreeNode,
	componentName: string,
	name: string,
	value: string,
	options: OriginCheckOptions,
): Problem[] {
	if (LINK_PROPS.has(name)) return [];
	const candidates = [value, ...getCssUrls(value)];
	return [...new Set(candidates)]
		.filter((url) => isForeignUrl(url, options.allowedOrigins))
		.map((url) => reportForeignUrl(record, node, url, `<${componentName} ${name}>`));
}

/** Reports a `<style>` element, which could restyle or hide any part of the page. */
export function reportStyleElement(record: RecordBody, node: TreeNode): Problem {
	return createProblem('html/style', at(record, node), {
		message: 'holds a <style> element, which could restyle or hide any part of the page',
	});
}

/** Reports an address on another origin that the page would load, `via` naming what loads it. */
export function reportForeignUrl(record: RecordBody, node: TreeNode, url: string, via: string): Problem {
	const origin = getForeignOrigin(url)!;
	return createProblem('html/external', at(record, node), {
		message: `loads "${excerpt(url.trim(), 80)}" from another origin (${origin}) through ${via}, so every reader's browser would call it`,
		fix: `serve the file from the playbook itself (in public/, linked by its path), or, if the organization trusts ${origin}, add it to the \`allowedOrigins\` option in astro.config.mjs`,
	});
}

/**
 * Checks the images of a Markdown body: `![](…)`, and `![][ref]` through its definition. Call the
 * returned visitor on every node, then `finish()` once the whole tree is seen (definitions may come
 * after the images that use them).
 */
export function createImageChecker(
	record: RecordBody,
	options: OriginCheckOptions,
): { visit(node: TreeNode): void; finish(): Problem[] } {
	const problems: Problem[] = [];
	const definitions = new Map<string, string>();
	const references: TreeNode[] = [];
	return {
		visit(node) {
			if (node.type === 'image' && typeof node.url === 'string' && isForeignUrl(node.url, options.allowedOrigins)) {
				problems.push(reportForeignUrl(record, node, node.url, 'an image'));
			} else if (node.type === 'definition' && typeof node.url === 'string') {
				const { identifier } = node as { identifier?: unknown };
				if (typeof identifier === 'string' && !definitions.has(identifier)) definitions.set(identifier, node.url);
			} else if (node.type === 'imageReference') references.push(node);
		},
		finish() {
			for (const node of references) {
				const url = definitions.get(String((node as { identifier?: unknown }).identifier));
				if (url !== undefined && isForeignUrl(url, options.allowedOrigins)) {
					problems.push(reportForeignUrl(record, node, url, 'an image'));
				}
			}
			return problems;
		},
	};
}
