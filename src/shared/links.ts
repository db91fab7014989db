/**
 * Where links written in records and pages lead, worked out without building the site. The
 * Markdown plugins use this to turn record file links into page addresses, and the check to find
 * links to records or headings that do not exist.
 */

import { posix } from 'node:path';
import { getRecordUrl, ROUTES } from './routes.ts';

/** Where a link written in a record's body leads, as far as the check can tell without building. */
export type LinkTarget =
	/** An address with a scheme (`https:`, `mailto:`) or another host: not checked here. */
	| { kind: 'external' }
	/** A heading or section of the same page. */
	| { kind: 'same-page'; hash: string }
	/** A record, written as its file (`file` is set) or as its page address. */
	| { kind: 'record'; id: string; hash: string; file?: string }
	/** Another page of the site, written as its file under `content/` (like `../about.md`). */
	| { kind: 'page'; file: string; url: string; hash: string }
	/** A Markdown file that is neither a record nor a page of the site. */
	| { kind: 'markdown-file'; file: string }
	/** Another page or file of the site, like `/tags/okrs/`: not checked. */
	| { kind: 'site' };

/** Where links are resolved from. Paths may be relative to the project or absolute, but alike. */
export interface LinkContext {
	/** The file that holds the link. */
	file: string;
	/** The folder of the records. */
	practicesDir: string;
	/** The site's base path, like `/` or `/handbook/`. */
	base?: string | undefined;
	/** The address of the page the link is on, for relative links; defaults to the record's page. */
	pageUrl?: string | undefined;
}

const SCHEME_OR_HOST = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const MARKDOWN_FILE = /\.mdx?$/i;
const RECORD_PAGE = new RegExp(`^${ROUTES.record.pattern.replace('[id]', '([^/]+)')}/?$`);

/** Finds where `url`, written in `context.file`, leads. */
export function getLinkTarget(url: string, context: LinkContext): LinkTarget {
	const trimmed = url.trim();
	if (isExternalAddress(trimmed)) return { kind: 'external' };
	const hashAt = trimmed.indexOf('#');
	const hash = hashAt === -1 ? '' : decode(trimmed.slice(hashAt + 1));
	const path = decode((hashAt === -1 ? trimmed : trimmed.slice(0, hashAt)).replace(/\?.*$/, ''));
	if (path === '') return hash === '' ? { kind: 'site' } : { kind: 'same-page', hash };

	if (MARKDOWN_FILE.test(path) && !path.startsWith('/')) {
		const file = posix.join(posix.dirname(toPosix(context.file)), path);
		const practicesDir = posix.normalize(toPosix(context.practicesDir));
		if (posix.dirname(file) === practicesDir) return { kind: 'record', id: getFileId(file), hash, file };
		const pagesDir = posix.dirname(practicesDir);
		const inPages = posix.relative(pagesDir, file);
		if (!inPages.startsWith('..') && !inPages.startsWith(`${posix.basename(practicesDir)}/`)) {
			return { kind: 'page', file, url: getPageUrl(inPages), hash };
		}
		return { kind: 'markdown-file', file };
	}

	// A page address: from the site's root, with or without the base, or relative to the record's page.
	const pageUrl = context.pageUrl ?? getRecordUrl('/', getFileId(context.file));
	const page = RECORD_PAGE.exec(stripBase(path.startsWith('/') ? path : posix.join(pageUrl, path), context.base));
	return page ? { kind: 'record', id: page[1]!, hash } : { kind: 'site' };
}

/** Whether an address has a scheme (`https:`, `mailto:`) or names another host (`//example.org`). */
export function isExternalAddress(url: string): boolean {
	return SCHEME_OR_HOST.test(url.trim());
}

/** A path from the site's root without the base path it may start with: `/handbook/about/` → `/about/`. */
export function stripBase(path: string, base = '/'): string {
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`;
	return prefix !== '//' && path.startsWith(prefix) ? path.slice(prefix.length - 1) : path;
}

/** The address of a page from its path under `content/`: `guides/intro.md` → `/guides/intro/`, `index.md` → `/`. */
export function getPageUrl(pathInContent: string): string {
	const path = pathInContent.replace(/\.mdx?$/i, '').replace(/(^|\/)index$/, '');
	return path === '' ? '/' : `/${path.toLowerCase()}/`;
}

function getFileId(file: string): string {
	return posix.basename(toPosix(file)).replace(MARKDOWN_FILE, '');
}

function toPosix(path: string): string {
	return path.split('\\').join('/');
}

/** Decodes `%20` and the like, leaving text that is not valid percent-encoding as it is. */
export function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
