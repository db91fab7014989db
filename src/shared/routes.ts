/**
 * Every page Charter adds to the site: its route pattern, the file under `src/routes/` that renders
 * it, and how to build its address. The integration injects the routes from this table and the
 * views build their links with it, so a page's address is written once.
 */

/** The parameters a route's pattern names, like `{ id }` for `/practices/[id]`. */
export type RouteParams = Record<string, string>;

/** One page Charter injects. */
export interface Route<Params extends RouteParams = RouteParams> {
	/** Astro's route pattern, like `/practices/[id]`. */
	pattern: string;
	/** The file that renders the page, relative to `src/routes/`. */
	entrypoint: string;
	/** Whether the page exists only when the site has a `site` address (the RSS feed needs one). */
	needsSite?: boolean;
	/** The page's address under the site's base path. */
	getUrl: (base: string, params: Params) => string;
}

/** Joins the site's base path and a path inside the site, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}/${path.replace(/^\//, '')}`;
}

/** Every page Charter injects, in the order the integration injects them. */
export const ROUTES = {
	home: { pattern: '/', entrypoint: 'index.astro', getUrl: (base: string) => joinBase(base, '') },
	record: {
		pattern: '/practices/[id]',
		entrypoint: 'practice.astro',
		getUrl: (base: string, { id }: { id: string }) => joinBase(base, `practices/${id}/`),
	},
	alias: {
		// A rest parameter, so that the old ids of renamed records do not clash with the records' own route.
		pattern: '/practices/[...alias]',
		entrypoint: 'alias.astro',
		getUrl: (base: string, { alias }: { alias: string }) => joinBase(base, `practices/${alias}/`),
	},
	referencedBy: {
		pattern: '/practices/[id]/referenced-by',
		entrypoint: 'referenced-by.astro',
		getUrl: (base: string, { id }: { id: string }) => joinBase(base, `practices/${id}/referenced-by/`),
	},
	history: {
		pattern: '/practices/[id]/history',
		entrypoint: 'history.astro',
		getUrl: (base: string, { id }: { id: string }) => joinBase(base, `practices/${id}/history/`),
	},
	pillar: {
		pattern: '/pillars/[pillar]',
		entrypoint: 'pillar.astro',
		getUrl: (base: string, { pillar }: { pillar: string }) => joinBase(base, `pillars/${pillar}/`),
	},
	catalog: {
		pattern: '/practices',
		entrypoint: 'catalog.astro',
		getUrl: (base: string) => joinBase(base, 'practices/'),
	},
	log: { pattern: '/log', entrypoint: 'log.astro', getUrl: (base: string) => joinBase(base, 'log/') },
	changes: { pattern: '/changes', entrypoint: 'changes.astro', getUrl: (base: string) => joinBase(base, 'changes/') },
	review: { pattern: '/review', entrypoint: 'review.astro', getUrl: (base: string) => joinBase(base, 'review/') },
	tags: { pattern: '/tags', entrypoint: 'tags.astro', getUrl: (base: string) => joinBase(base, 'tags/') },
	tag: {
		pattern: '/tags/[tag]',
		entrypoint: 'tag.astro',
		getUrl: (base: string, { tag }: { tag: string }) => joinBase(base, `tags/${tag}/`),
	},
	sources: { pattern: '/sources', entrypoint: 'sources.astro', getUrl: (base: string) => joinBase(base, 'sources/') },
	print: { pattern: '/print', entrypoint: 'print.astro', getUrl: (base: string) => joinBase(base, 'print/') },
	printPillar: {
		pattern: '/print/[pillar]',
		entrypoint: 'print-pillar.astro',
		getUrl: (base: string, { pillar }: { pillar: string }) => joinBase(base, `print/${pillar}/`),
	},
	map: { pattern: '/map', entrypoint: 'map.astro', getUrl: (base: string) => joinBase(base, 'map/') },
	mapPillar: {
		pattern: '/map/[pillar]',
		entrypoint: 'map-pillar.astro',
		getUrl: (base: string, { pillar }: { pillar: string }) => joinBase(base, `map/${pillar}/`),
	},
	notFound: { pattern: '/404', entrypoint: '404.astro', getUrl: (base: string) => joinBase(base, '404/') },
	records: {
		pattern: '/records.json',
		entrypoint: 'records.json.ts',
		getUrl: (base: string) => joinBase(base, 'records.json'),
	},
	feed: {
		pattern: '/rss.xml',
		entrypoint: 'rss.xml.ts',
		needsSite: true,
		getUrl: (base: string) => joinBase(base, 'rss.xml'),
	},
	changesFeed: {
		pattern: '/changes.xml',
		entrypoint: 'changes.xml.ts',
		needsSite: true,
		getUrl: (base: string) => joinBase(base, 'changes.xml'),
	},
} as const satisfies Record<string, Route<never>>;

/** The URL of a record's page under the site's base path. */
export function getRecordUrl(base: string, id: string): string {
	return ROUTES.record.getUrl(base, { id });
}

/** The URL of a pillar's page under the site's base path. */
export function getPillarUrl(base: string, id: string): string {
	return ROUTES.pillar.getUrl(base, { pillar: id });
}
