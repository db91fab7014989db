import type { CharterOptions, Pillar } from '../schemas/config.ts';
import type { RecordData, RecordStatus } from '../schemas/record.ts';
import { getEditUrl, STATUS_LABELS, type Playbook } from './playbook.ts';
import { getPillarUrl, getRecordUrl, ROUTES } from '../shared/routes.ts';
import { getTagUrl } from './tags.ts';
import { RECORD_SECTIONS } from '../schemas/record-sections.ts';
import { getCurrentRecords } from './succession.ts';
import { getSearchRanking, type SearchRanking } from './search-ranking.ts';
import type { GitHistory } from '../shared/git-history.ts';
import { getAmendments, getRecordHistory, HISTORY_SECTION, type RecordHistory } from './history.ts';
import { getRecordGaps, withoutPlaceholderClaims, withoutPlaceholderReasons } from './gaps.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

/**
 * How many back-links a record page lists under "Referenced by". A record many others build on
 * would otherwise carry a list that grows with the playbook; past this many, the page links a page
 * of their own that lists them all.
 */
export const REFERENCED_BY_LIMIT = 12;

/** A link to another record, with what a reader needs to judge it before following it. */
export interface RecordLink {
	id: string;
	title: string;
	url: string;
	status: RecordStatus;
	statusLabel: string;
	summary: string;
}

/** A source with its citation number (1-based, in the order of the record's `sources`). */
export interface NumberedSource {
	number: number;
	anchor: string;
	id: string;
	title: string;
	url?: string | undefined;
	author?: string;
	publisher?: string;
	published?: string;
}

/** A citation of a source from a claim or an alternative. */
export interface Citation {
	number: number;
	anchor: string;
	title: string;
}

/** Everything a record page renders, resolved once so components only display it. */
export interface RecordView {
	id: string;
	data: RecordData;
	statusLabel: string;
	pillar: Pillar & { url: string };
	/** The record's tags, each with the URL of its tag page. */
	tags: { tag: string; url: string }[];
	/** The claims, without those that are still placeholders (see {@link gaps}). */
	justification: { claim: string; citations: Citation[] }[];
	/** The alternatives; `missing` when the reason is still a placeholder, and the page says so instead. */
	alternatives: { option: string; reason: string; missing: boolean; citations: Citation[] }[];
	/** What the record leaves missing, in sentences (see {@link getRecordGaps}); empty when it is complete. */
	gaps: string[];
	sources: NumberedSource[];
	related: RecordLink[];
	supersedes: RecordLink[];
	supersededBy: RecordLink[];
	/**
	 * The records in force at the end of the record's supersede chains, unless they are all its direct
	 * successors: A superseded by B, itself superseded by C, names C here. A superseded by B and D, where
	 * only B was superseded in turn by C, names both C and D: every record in force, not only the new ones.
	 */
	current: { id: string; title: string; url: string }[];
	/** For a superseded record, the title search results show: the record's, then the records in force. */
	searchTitle?: string | undefined;
	/** How search ranks the record by its status (see {@link getSearchRanking}). */
	searchRanking: SearchRanking;
	/** The dated amendments of the decision, oldest first. */
	amendments: { date: string; summary: string }[];
	/** The first {@link REFERENCED_BY_LIMIT} records that reference this one, by title. */
	referencedBy: RecordLink[];
	/** How many records reference this one in all. */
	referencedByTotal: number;
	/** The page that lists every record referencing this one, when this page shows only some. */
	referencedByAllUrl?: string | undefined;
	editUrl?: string;
	/** The record's History section from git, or `undefined` when the site is not built from a git repository. */
	history?: RecordHistory | undefined;
}

/** A page listing every record that references one record, for records past {@link REFERENCED_BY_LIMIT}. */
export interface ReferencedByPage {
	/** The referenced record. */
	record: RecordLink;
	/** Every record that references it, by title. */
	links: RecordLink[];
}

/** The headings of the sections Charter adds after a record's body, for the table of contents. */
export function getRecordSectionHeadings(
	view: RecordView,
	t: Translate = translateEnglish,
): { depth: number; slug: string; text: string }[] {
	const sections = RECORD_SECTIONS.filter((section) => getSectionItems(view, section).length > 0).map((section) => ({
		depth: 2,
		slug: section.id,
		text: t(`charter.section.${section.id}`),
	}));
	// The History section comes from git, not from the frontmatter, and closes the page.
	const history = { depth: 2, slug: HISTORY_SECTION.id, text: t('charter.section.record-history') };
	return view.history ? [...sections, history] : sections;
}

/** What a section of the record's page lists: the frontmatter field it shows, or the back-links. */
function getSectionItems(view: RecordView, section: (typeof RECORD_SECTIONS)[number]): readonly unknown[] {
	return section.field === undefined ? view.referencedBy : view[section.field];
}

/** Resolves a record's links, citations, pillar and, given the playbook's git history, its History section. */
export function getRecordView(
	playbook: Playbook,
	id: string,
	options: Pick<CharterOptions, 'repository'>,
	base: string,
	file: string,
	history?: GitHistory,
	t: Translate = translateEnglish,
): RecordView {
	const record = playbook.byId.get(id);
	if (!record) throw new Error(`No record has the id "${id}".`);
	const { data } = record;
	const pillar = playbook.pillars.find((candidate) => candidate.id === data.pillar);
	if (!pillar) throw new Error(`The record "${id}" names the unknown pillar "${data.pillar}".`);

	const sources: NumberedSource[] = data.sources.map((source, index) => ({
		...source,
		number: index + 1,
		anchor: `source-${source.id}`,
	}));
	const byId = new Map(sources.map((source) => [source.id, source]));
	const cite = (ids: readonly string[] = []): Citation[] =>
		ids.flatMap((sourceId) => {
			const source = byId.get(sourceId);
			return source ? [{ number: source.number, anchor: source.anchor, title: source.title }] : [];
		});
	const link = (targetId: string) => getRecordLink(playbook, base, targetId);
	const inForce = getCurrentRecords(playbook, id, base);

	return {
		id,
		data,
		statusLabel: STATUS_LABELS[data.status],
		pillar: { ...pillar, url: getPillarUrl(base, pillar.id) },
		tags: data.tags.map((tag) => ({ tag, url: getTagUrl(base, tag) })),
		justification: withoutPlaceholderClaims(data.justification).map((item) => ({
			claim: item.claim,
			citations: cite(item.sources),
		})),
		alternatives: withoutPlaceholderReasons(data.alternatives).map((item) => ({
			option: item.option,
			reason: item.reason,
			missing: item.missing,
			citations: cite(item.sources),
		})),
		gaps: getRecordGaps(data, t),
		sources,
		related: data.related.flatMap(link),
		supersedes: data.supersedes.flatMap(link),
		supersededBy: record.supersededBy.flatMap(link),
		current: inForce.every((current) => record.supersededBy.includes(current.id)) ? [] : inForce,
		searchTitle:
			inForce.length > 0
				? `${data.title} (superseded by ${inForce.map((current) => current.title).join(' and ')})`
				: undefined,
		searchRanking: getSearchRanking(data.status, data.title),
		amendments: data.amendments,
		referencedBy: record.referencedBy.slice(0, REFERENCED_BY_LIMIT).flatMap(link),
		referencedByTotal: record.referencedBy.length,
		referencedByAllUrl:
			record.referencedBy.length > REFERENCED_BY_LIMIT ? getReferencedByUrl(base, record.id) : undefined,
		editUrl: getEditUrl(options.repository, file),
		history: getRecordHistory(history, file, id, options, base, getAmendments(data), t),
	};
}

/** The URL of the page listing every record that references the record `id`. */
export function getReferencedByUrl(base: string, id: string): string {
	return ROUTES.referencedBy.getUrl(base, { id });
}

/** The pages listing all back-links, one for each record referenced by more than {@link REFERENCED_BY_LIMIT}. */
export function getReferencedByPages(playbook: Playbook, base: string): ReferencedByPage[] {
	return playbook.records
		.filter((record) => record.referencedBy.length > REFERENCED_BY_LIMIT)
		.map((record) => ({
			record: getRecordLink(playbook, base, record.id)[0]!,
			links: record.referencedBy.flatMap((id) => getRecordLink(playbook, base, id)),
		}));
}

/** A link to the record `id`, or none when the playbook has no such record. */
function getRecordLink(playbook: Playbook, base: string, id: string): RecordLink[] {
	const target = playbook.byId.get(id);
	if (!target) return [];
	return [
		{
			id: target.id,
			title: target.data.title,
			url: getRecordUrl(base, target.id),
			status: target.data.status,
			statusLabel: STATUS_LABELS[target.data.status],
			summary: target.data.summary,
		},
	];
}
