import type { Pillar } from '../schemas/config.ts';
import type { RecordStatus } from '../schemas/record.ts';
import { ROUTES, getRecordUrl } from '../shared/routes.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';
import { layoutGraph, type Layout, type LayoutBox } from './map-layout.ts';
import { getRecordsByPillar, type Playbook, type PlaybookRecord } from './playbook.ts';

/**
 * The map of the playbook: every record as a box (its status drawn by the box's shape and line as
 * well as its colour), every `supersedes` and `related` as a line, grouped by pillar. `/map/` shows
 * the whole playbook in one picture while it has at most {@link MAP_RECORD_LIMIT} records, and
 * above that a picture of the pillars; each pillar always has its own map, `/map/<pillar>/`.
 */

/** Above this many records `/map/` draws the pillars, not every record: one picture would be unreadable. */
export const MAP_RECORD_LIMIT = 150;

/** The widest a map is drawn before its groups wrap into another row, in SVG units (CSS pixels). */
export const MAP_WIDTH = 584;

/** A record's box on the map: two lines of its title, each of at most `characters`. */
export const MAP_BOX = { width: 168, height: 44, padding: 8, baseline: 18, leading: 15, characters: 23 } as const;

/** What a line on the map stands for: a record supersedes another, or names it as related. */
export type MapEdgeKind = 'supersedes' | 'related';

/** A record on a picture: its box, the label inside it and the page it links to. */
export interface MapNode {
	id: string;
	title: string;
	/** The title in at most two lines, shortened to fit the box. */
	label: string[];
	/** The full title and status, shown on hover and read as the link's name; none where the lists beside say it. */
	tooltip?: string | undefined;
	status: RecordStatus;
	statusLabel: string;
	/** The record's page; none for the record whose own page shows the picture. */
	url?: string | undefined;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where the label's baseline starts. */
	labelX: number;
	labelY: number;
}

/** A relation on a picture: an SVG path, with an arrowhead at the superseded record. */
export interface MapEdge {
	kind: MapEdgeKind;
	path: string;
	/** Whether it joins records of two pillars on the whole-playbook picture, drawn lighter. */
	across?: boolean;
}

/** A labelled frame around a pillar's records on the whole-playbook picture. */
export interface MapFrame {
	id: string;
	label: string;
	url: string;
	x: number;
	y: number;
	width: number;
	height: number;
	labelX: number;
	labelY: number;
}

/** A picture ready to draw as SVG, `width` × `height` CSS pixels. */
export interface MapPicture {
	width: number;
	height: number;
	frames: MapFrame[];
	nodes: MapNode[];
	edges: MapEdge[];
}

/** A relation between two records, by their ids: `from` names `to` in its `kind` field. */
export interface MapRelation {
	from: string;
	to: string;
	kind: MapEdgeKind;
}

/** A link to a record in the text version of a map. */
export interface MapLink {
	id: string;
	title: string;
	url: string;
	status: RecordStatus;
}

/** One record in the text version of a map, with the records it names. */
export interface MapEntry {
	record: MapLink;
	supersedes: MapLink[];
	related: MapLink[];
}

/** A pillar's map: its picture and, as text, each of its records with the records it names. */
export interface PillarMap {
	pillar: Pillar;
	url: string;
	count: number;
	picture: MapPicture;
	entries: MapEntry[];
}

/** Every relation between records, each once: `supersedes` wins over `related`, and A–B over B–A. */
export function getMapRelations(playbook: Playbook): MapRelation[] {
	const relations: MapRelation[] = [];
	const seen = new Set<string>();
	const add = (from: string, target: string, kind: MapEdgeKind) => {
		const to = playbook.byId.get(target)?.id;
		if (to === undefined || to === from) return;
		const pair = [from, to].sort().join('\n');
		if (seen.has(pair)) return;
		seen.add(pair);
		relations.push({ from, to, kind });
	};
	for (const record of playbook.records)
		for (const target of record.data.supersedes) add(record.id, target, 'supersedes');
	for (const record of playbook.records) for (const target of record.data.related) add(record.id, target, 'related');
	return relations;
}

/** The URL of the map, `/map/`. */
export function getMapUrl(base: string): string {
	return ROUTES.map.getUrl(base);
}

/** The URL of a pillar's map. */
export function getPillarMapUrl(base: string, pillarId: string): string {
	return ROUTES.mapPillar.getUrl(base, { pillar: pillarId });
}

/** A record's title shortened to `characters`, at a word where it can, with an ellipsis. */
export function shortenLabel(title: string, characters: number = MAP_BOX.characters): string {
	if (title.length <= characters) return title;
	const cut = title.slice(0, characters - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > characters / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A record's title in at most `lines` lines of `characters`, broken between words, the last shortened. */
export function wrapLabel(title: string, characters: number = MAP_BOX.characters, lines = 2): string[] {
	const wrapped: string[] = [];
	let rest = title.trim();
	while (rest && wrapped.length < lines - 1 && rest.length > characters) {
		const space = rest.lastIndexOf(' ', characters);
		const end = space > 0 ? space : characters;
		wrapped.push(rest.slice(0, end).trimEnd());
		rest = rest.slice(end).trimStart();
	}
	return rest ? [...wrapped, shortenLabel(rest, characters)] : wrapped;
}

/**
 * A record's box at `x`, `y`, linking to its page unless it is `current`. Its tooltip names the
 * full title and status in the page's language (`t`), or with `brief` only a title the box shortens
 * (a record page's lists already say the rest, and every byte there counts).
 */
export function getMapNode(
	record: { id: string; title: string; status: RecordStatus },
	position: { x: number; y: number },
	base: string,
	{ current = false, brief = false, t = translateEnglish }: { current?: boolean; brief?: boolean; t?: Translate } = {},
): MapNode {
	const label = wrapLabel(record.title);
	const shortened = label.join(' ') !== record.title;
	const statusLabel = t(`charter.status.${record.status}`);
	return {
		id: record.id,
		title: record.title,
		label,
		tooltip: brief
			? shortened
				? record.title
				: undefined
			: t('charter.map.tooltip', { title: record.title, status: statusLabel }),
		status: record.status,
		statusLabel,
		url: current ? undefined : getRecordUrl(base, record.id),
		x: position.x,
		y: position.y,
		width: MAP_BOX.width,
		height: MAP_BOX.height,
		labelX: position.x + MAP_BOX.padding,
		// One line sits in the middle of the box, two fill it.
		labelY: position.y + MAP_BOX.baseline + (label.length === 1 ? Math.round(MAP_BOX.leading / 2) : 0),
	};
}

/** The map of each pillar, in the configured order, its tooltips in the page's language (`t`). */
export function getPillarMaps(playbook: Playbook, base: string, t: Translate = translateEnglish): PillarMap[] {
	const relations = getMapRelations(playbook);
	return playbook.pillars.map((pillar) => getPillarMap(playbook, pillar, relations, base, t));
}

/** The map of one pillar, given every relation of the playbook ({@link getMapRelations}). */
export function getPillarMap(
	playbook: Playbook,
	pillar: Pillar,
	relations: readonly MapRelation[],
	base: string,
	t: Translate = translateEnglish,
): PillarMap {
	const records = getRecordsByPillar(playbook, pillar.id);
	const layout = layoutRecords(records, relations);
	return {
		pillar,
		url: getPillarMapUrl(base, pillar.id),
		count: records.length,
		picture: toPicture(layout, playbook, base, t),
		entries: getMapEntries(playbook, records, relations, base),
	};
}

/** The records of one pillar laid out with the relations between them. */
export function layoutRecords(
	records: readonly PlaybookRecord[],
	relations: readonly MapRelation[],
): Layout<MapRelation & { directed: boolean }> {
	const boxes: LayoutBox[] = records.map((record) => ({ id: record.id, width: MAP_BOX.width, height: MAP_BOX.height }));
	const lines = relations.map((relation) => ({ ...relation, directed: relation.kind === 'supersedes' }));
	return layoutGraph(boxes, lines, MAP_WIDTH);
}

/** A laid-out pillar as a picture: its boxes as linked records (tooltips in `t`'s language), its lines as typed relations. */
export function toPicture(
	layout: Layout<MapRelation & { directed: boolean }>,
	playbook: Playbook,
	base: string,
	t: Translate = translateEnglish,
): MapPicture {
	return {
		width: layout.width,
		height: layout.height,
		frames: [],
		nodes: layout.boxes.map((box) => {
			const { data } = playbook.byId.get(box.id)!;
			return getMapNode({ id: box.id, title: data.title, status: data.status }, box, base, { t });
		}),
		edges: mergeEdges(layout.lines.map((line) => ({ kind: line.kind, path: line.path }))),
	};
}

/**
 * The edges as one path per kind (and per `across`): the picture looks the same and weighs less.
 * Related lines come first, so that supersede arrows are drawn over them.
 */
export function mergeEdges(edges: readonly MapEdge[]): MapEdge[] {
	const merged = new Map<string, MapEdge>();
	const order = [...edges].sort((a, b) => Number(a.kind === 'supersedes') - Number(b.kind === 'supersedes'));
	for (const edge of order) {
		const key = `${edge.kind} ${edge.across === true}`;
		const known = merged.get(key);
		if (known) known.path += edge.path;
		else merged.set(key, { ...edge });
	}
	return [...merged.values()];
}

/** The text version of a map: each record, by title, with the records it supersedes and relates to. */
export function getMapEntries(
	playbook: Playbook,
	records: readonly PlaybookRecord[],
	relations: readonly MapRelation[],
	base: string,
): MapEntry[] {
	const link = (id: string): MapLink => {
		const { data } = playbook.byId.get(id)!;
		return { id, title: data.title, url: getRecordUrl(base, id), status: data.status };
	};
	const byRecord = Map.groupBy(relations, (relation) => relation.from);
	return records.map((record) => {
		const own = byRecord.get(record.id) ?? [];
		return {
			record: link(record.id),
			supersedes: own.filter((relation) => relation.kind === 'supersedes').map((relation) => link(relation.to)),
			related: own.filter((relation) => relation.kind === 'related').map((relation) => link(relation.to)),
		};
	});
}
