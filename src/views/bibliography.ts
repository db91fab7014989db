import type { RecordData, RecordStatus } from '../schemas/record.ts';
import type { Playbook } from './playbook.ts';
import { getRecordUrl } from '../shared/routes.ts';

type Source = RecordData['sources'][number];

/** One entry of the bibliography: a source, once, with every record that cites it. */
export interface BibliographyEntry {
	title: string;
	url?: string;
	author?: string;
	publisher?: string;
	published?: string;
	citedBy: { id: string; title: string; url: string; status: RecordStatus }[];
}

/** The address a source is known by: no fragment, no trailing slash, so trivial variants match. */
function normalizeUrl(url: string): string {
	const parsed = new URL(url);
	parsed.hash = '';
	return parsed.href.replace(/\/$/, '');
}

// One collator each: \`localeCompare\` with options makes a new one on every call, seconds over a large playbook.
const compareTitles = new Intl.Collator().compare;
const compareTitlesIgnoringCase = new Intl.Collator('en', { sensitivity: 'base' }).compare;

function normalizeTitle(title: string): string {
	return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Every source cited across the playbook, once, with the records citing it, sorted by title.
 * Sources are the same when their URLs are; a source without a URL is matched by title, and joins
 * the one source with a URL that has that title, if there is exactly one.
 */
export function getBibliography(playbook: Pick<Playbook, 'records'>, base: string): BibliographyEntry[] {
	const cited = playbook.records.flatMap((record) => record.data.sources.map((source) => ({ record, source })));
	// A Set per source: a source that most records cite made a list's `includes` quadratic.
	const byKey = new Map<string, { sources: Source[]; records: Set<Playbook['records'][number]> }>();
	const urlKeysByTitle = new Map<string, Set<string>>();
	const add = (key: string, item: (typeof cited)[number]) => {
		const group = byKey.get(key) ?? { sources: [], records: new Set() };
		group.sources.push(item.source);
		group.records.add(item.record);
		byKey.set(key, group);
	};
	for (const item of cited) {
		if (!item.source.url) continue;
		const key = `url:${normalizeUrl(item.source.url)}`;
		add(key, item);
		const title = normalizeTitle(item.source.title);
		urlKeysByTitle.set(title, (urlKeysByTitle.get(title) ?? new Set()).add(key));
	}
	for (const item of cited) {
		if (item.source.url) continue;
		const title = normalizeTitle(item.source.title);
		const urlKeys = [...(urlKeysByTitle.get(title) ?? [])];
		add(urlKeys.length === 1 && urlKeys[0] ? urlKeys[0] : `title:${title}`, item);
	}
	return [...byKey.values()]
		.map(({ sources, records }) => {
			// Records may describe one source with different detail; keep the fullest description.
			const pick = <K extends keyof Source>(field: K) => sources.find((source) => source[field] !== undefined)?.[field];
			const entry: BibliographyEntry = {
				title: sources.find((source) => source.url)?.title ?? sources[0]!.title,
				citedBy: [...records]
					.map((record) => ({
						id: record.id,
						title: record.data.title,
						url: getRecordUrl(base, record.id),
						status: record.data.status,
					}))
					.sort((a, b) => compareTitles(a.title, b.title)),
			};
			for (const field of ['url', 'author', 'publisher', 'published'] as const) {
				const value = pick(field);
				if (value !== undefined) entry[field] = value;
			}
			return entry;
		})
		.sort((a, b) => compareTitlesIgnoringCase(a.title, b.title));
}
