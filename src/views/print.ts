import type { CharterOptions, Pillar } from '../schemas/config.ts';
import type { RecordRow } from './listing.ts';
import { getRecordsByPillar, type Playbook } from './playbook.ts';
import { ROUTES } from '../shared/routes.ts';
import { getRecordView, type RecordView } from './record-view.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

/** How to fit a record's HTML into a page that holds many records. */
export interface ScopeOptions {
	/** Prefix for every id, so records do not collide. */
	prefix: string;
	/** How many levels to move headings down, so they nest under the record's own title. */
	shift: number;
	/**
	 * The id of the record's title. Sections labelled by a heading are labelled by the title too,
	 * so that landmarks keep distinct names ("Weekly interviews Justification") across records.
	 */
	titleId?: string;
}

/**
 * Prepares a record's rendered HTML for a page that holds many records: prefixes every id and the
 * in-page links, labels and references that point at one, and moves headings down (capped at h6).
 */
export function scopeHtmlFragment(html: string, { prefix, shift, titleId }: ScopeOptions): string {
	const scoped = (id: string) => `${prefix}--${id}`;
	const scopedHtml = html
		.replace(
			/<(\/?)h([1-6])(?=[\s>])/g,
			(_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`,
		)
		.replace(/\blevel-h([1-6])\b/g, (_, level: string) => `level-h${Math.min(6, Number(level) + shift)}`)
		.replace(/(\s(?:id|for))="([^"]+)"/g, (_, name: string, id: string) => `${name}="${scoped(id)}"`)
		.replace(
			/(\saria-(?:labelledby|describedby|controls|owns))="([^"]+)"/g,
			(_, name: string, ids: string) => `${name}="${ids.trim().split(/\s+/).map(scoped).join(' ')}"`,
		)
		.replace(/(\shref)="#([^"]+)"/g, (_, name: string, id: string) => `${name}="#${scoped(id)}"`);
	if (!titleId) return scopedHtml;
	return scopedHtml.replace(
		/(<section\b[^>]*\saria-labelledby=")([^"]+)"/g,
		(_, start: string, ids: string) => `${start}${titleId} ${ids}"`,
	);
}

/** A pillar's own print page, used when the playbook is too large for one. */
export interface PillarPrintPage {
	pillar: Pillar;
	url: string;
	/** How many records the page holds. */
	count: number;
}

/**
 * The print pages beside `/print/`: none while the playbook has at most `printRecordLimit` records
 * (then `/print/` holds them all), else one per pillar, in the configured order.
 */
export function getPillarPrintPages(
	playbook: Playbook,
	options: Pick<CharterOptions, 'printRecordLimit'>,
	base: string,
): PillarPrintPage[] {
	if (playbook.records.length <= options.printRecordLimit) return [];
	return playbook.pillars.map((pillar) => ({
		pillar,
		url: getPillarPrintUrl(base, pillar.id),
		count: getRecordsByPillar(playbook, pillar.id).length,
	}));
}

/** The URL of a pillar's print page. */
export function getPillarPrintUrl(base: string, pillarId: string): string {
	return ROUTES.printPillar.getUrl(base, { pillar: pillarId });
}

/** The anchor of a pillar's section on a print page. */
export function getPrintPillarAnchor(pillarId: string): string {
	return `pillar-${pillarId}`;
}

/** The anchor of a record's title on a print page. */
export function getPrintRecordAnchor(recordId: string): string {
	return `record-${recordId}`;
}

/** The table of contents of a print page: each pillar, and under it the titles of its records. */
export function getPrintHeadings(
	groups: readonly { pillar: Pillar; records: readonly { row: { id: string; title: string } }[] }[],
): { depth: number; slug: string; text: string }[] {
	return groups.flatMap((group) => [
		{ depth: 2, slug: getPrintPillarAnchor(group.pillar.id), text: group.pillar.label },
		...group.records.map(({ row }) => ({ depth: 3, slug: getPrintRecordAnchor(row.id), text: row.title })),
	]);
}

/** One record on a print page: its row, its view, and what its body renders to. */
export interface PrintRecord<Rendered> {
	row: RecordRow;
	view: RecordView;
	Content: Rendered;
}

/**
 * The pillars of `catalog` with their records ready to print: each record's view, and its body as
 * `renderBody` renders it (Astro's `render()` on the page; anything in tests).
 */
export async function getPrintGroups<Entry extends { id: string; filePath?: string | undefined }, Rendered>(
	catalog: readonly { pillar: Pillar; rows: RecordRow[] }[],
	entries: readonly Entry[],
	playbook: Playbook,
	options: Pick<CharterOptions, 'repository'>,
	base: string,
	renderBody: (entry: Entry) => Promise<Rendered>,
	t: Translate = translateEnglish,
): Promise<{ pillar: Pillar; records: PrintRecord<Rendered>[] }[]> {
	const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
	return Promise.all(
		catalog.map(async (group) => ({
			pillar: group.pillar,
			records: await Promise.all(
				group.rows.map(async (row) => {
					const entry = entriesById.get(row.id)!;
					return {
						row,
						view: getRecordView(playbook, row.id, options, base, entry.filePath ?? '', undefined, t),
						Content: await renderBody(entry),
					};
				}),
			),
		})),
	);
}
