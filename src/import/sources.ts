import { sourceSchema } from '../schemas/record.ts';
import { toKebabCase } from '../shared/ids.ts';
import { isExternalLink } from './links.ts';
import type { AdrLink, AdrPoint } from './types.ts';

/** A point's text without a parenthesized link text such as "(PostgreSQL documentation)" once the link is a cited source. */
export function withoutCitedLinks(point: AdrPoint, cited: readonly string[]): string {
	if (cited.length === 0) return point.text;
	let text = point.text;
	for (const link of point.links) {
		if (isExternalLink(link.target) && link.text !== '') text = text.replace(` (${link.text})`, '');
	}
	return text;
}

/** The sources of one record: unique ids and addresses, and the links that cannot be sources. */
export class SourceList {
	readonly list: { id: string; title: string; url: string }[] = [];
	readonly rejected = new Set<string>();

	/** Adds a link as a source, once per address; returns its id, or `undefined` when it cannot be one. */
	add(link: AdrLink): string | undefined {
		const url = link.target.trim();
		const existing = this.list.find((source) => source.url === url);
		if (existing) return existing.id;
		// Link texts like "#29" or "here" say nothing about the source; the address says more.
		const text = link.text.trim();
		const title =
			text !== url && (text.match(/\p{L}/gu) ?? []).length >= 2 && !/^(here|link|this|see)$/i.test(text)
				? text
				: describeUrl(url);
		let base = toKebabCase(title).split('-').slice(0, 5).join('-').slice(0, 40).replace(/-+$/, '');
		if (base === '' || /^\d+$/.test(base)) base = toKebabCase(hostLabel(url)) || 'source';
		let id = base;
		for (let suffix = 2; this.list.some((source) => source.id === id); suffix++) id = `${base}-${suffix}`;
		const source = { id, title, url };
		if (!sourceSchema.safeParse(source).success) {
			this.rejected.add(url);
			return undefined;
		}
		this.list.push(source);
		return id;
	}
}

function describeUrl(url: string): string {
	try {
		const { hostname, pathname } = new URL(url);
		return `${hostname.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
	} catch {
		return url;
	}
}

function hostLabel(url: string): string {
	try {
		const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
		return parts.length > 1 ? parts.slice(0, -1).join('-') : parts[0]!;
	} catch {
		return '';
	}
}
