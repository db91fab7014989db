import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';

/** A reference from a built file to something on another origin that a browser would fetch. */
export interface ExternalReference {
	/** The file, relative to the site's output folder. */
	file: string;
	/** What refers to it, like `<script src>` or `url()`. */
	via: string;
	url: string;
}

/** `<link rel>` values that name a page or document without the browser fetching it. */
const NON_FETCHING_RELS = new Set([
	'canonical',
	'alternate',
	'sitemap',
	'author',
	'license',
	'help',
	'me',
	'next',
	'prev',
	'bookmark',
	'external',
	'nofollow',
	'noopener',
	'noreferrer',
]);
/** Attributes a browser loads from, per element. */
const LOADING_ATTRIBUTES: Record<string, string[]> = {
	script: ['src'],
	img: ['src', 'srcset'],
	link: ['imagesrcset'],
	a: ['ping'],
	area: ['ping'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	input: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
	feimage: ['href', 'xlink:href'],
};

const isExternal = (url: string) =>
	/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^(?:data|blob):/i.test(url.trim());

/** The URLs of `url(…)` and `@import` in a style sheet or `style` attribute. */
export function getCssUrls(css: string): { via: string; url: string }[] {
	const found: { via: string; url: string }[] = [];
	for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) found.push({ via: 'url()', url: match[2]! });
	for (const match of css.matchAll(/@import\s+(['"])(.*?)\1/gi)) found.push({ via: '@import', url: match[2]! });
	for (const match of css.matchAll(/image-set\(([^)]*)\)/gi)) {
		for (const string of match[1]!.matchAll(/(['"])(.*?)\1/g)) found.push({ via: 'image-set()', url: string[2]! });
	}
	return found;
}

/** Finds every font, script, style, image or frame an HTML page would load from another origin. */
export function findExternalReferencesInHtml(html: string, file = ''): ExternalReference[] {
	const found: ExternalReference[] = [];
	const add = (via: string, url: string) => {
		if (isExternal(url)) found.push({ file, via, url: url.trim() });
	};
	let inStyle = false;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const tag = name.toLowerCase();
				if (tag === 'style') inStyle = true;
				if (attributes.style) for (const { via, url } of getCssUrls(attributes.style)) add(`style="${via}"`, url);
				if (tag === 'link' && attributes.href) {
					const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
					if (rels.length === 0 || rels.some((rel) => !NON_FETCHING_RELS.has(rel)))
						add(`<link rel="${attributes.rel ?? ''}" href>`, attributes.href);
				}
				if (attributes.background) add(`<${tag} background>`, attributes.background);
				for (const attribute of LOADING_ATTRIBUTES[tag] ?? []) {
					const value = attributes[attribute];
					if (value === undefined) continue;
					const urls =
						attribute === 'ping'
							? value.split(/\s+/).filter(Boolean)
							: attribute === 'srcset' || attribute === 'imagesrcset'
								? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
								: [value];
					for (const url of urls) add(`<${tag} ${attribute}>`, url);
				}
			},
			ontext(text) {
				if (inStyle) for (const { via, url } of getCssUrls(text)) add(`<style> ${via}`, url);
			},
			onclosetag(name) {
				if (name.toLowerCase() === 'style') inStyle = false;
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return found;
}

/** Finds external references in every `.html` and `.css` file under a built site's folder. */
export function findExternalReferencesInSite(outDir: string): {
	references: ExternalReference[];
	htmlFiles: number;
	cssFiles: number;
} {
	const references: ExternalReference[] = [];
	let htmlFiles = 0;
	let cssFiles = 0;
	for (const path of listFiles(outDir)) {
		const file = relative(outDir, path);
		if (path.endsWith('.html')) {
			htmlFiles++;
			references.push(...findExternalReferencesInHtml(readFileSync(path, 'utf8'), file));
		} else if (path.endsWith('.css')) {
			cssFiles++;
			for (const { via, url } of getCssUrls(readFileSync(path, 'utf8')))
				if (isExternal(url)) references.push({ file, via, url });
		}
	}
	return { references, htmlFiles, cssFiles };
}

function listFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
	);
}
