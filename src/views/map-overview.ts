import { getPillarUrl } from '../shared/routes.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';
import { drawCurve, translatePath } from './map-layout.ts';
import {
	getMapEntries,
	getMapRelations,
	getPillarMapUrl,
	layoutRecords,
	MAP_RECORD_LIMIT,
	MAP_WIDTH,
	mergeEdges,
	toPicture,
	type MapEntry,
	type MapFrame,
	type MapNode,
	type MapPicture,
	type MapRelation,
} from './map.ts';
import { getRecordsByPillar, type Playbook } from './playbook.ts';

/** A pillar on the overview: its box, its record count and the link to its own map. */
export interface OverviewPillar {
	id: string;
	label: string;
	url: string;
	/** The pillar's page (its records by status), for the text version. */
	pillarUrl: string;
	count: number;
	/** The other pillars its records relate to, with how many relations of each kind. */
	neighbours: { id: string; label: string; supersedes: number; related: number }[];
	x: number;
	y: number;
	width: number;
	height: number;
	labelX: number;
	labelY: number;
}

/** The relations between the records of two pillars, drawn as one line as thick as they are many. */
export interface OverviewLink {
	from: string;
	to: string;
	supersedes: number;
	related: number;
	path: string;
	strokeWidth: number;
}

/** What `/map/` shows: every record while the playbook is small, else its pillars. */
export type PlaybookMap =
	| {
			kind: 'records';
			picture: MapPicture;
			/** The text version, one list per pillar. */
			pillars: { id: string; label: string; url: string; entries: MapEntry[] }[];
	  }
	| {
			kind: 'pillars';
			width: number;
			height: number;
			pillars: OverviewPillar[];
			links: OverviewLink[];
	  };

const FRAME = { padding: 12, header: 36, gap: 24, baseline: 24 } as const;
const PILLAR_BOX = { width: 184, height: 52, padding: 12 } as const;

/**
 * What `/map/` shows, given the whole playbook: one picture of every record up to `recordLimit`
 * (its tooltips in `t`'s language), else the pillars.
 */
export function getPlaybookMap(
	playbook: Playbook,
	base: string,
	t: Translate = translateEnglish,
	recordLimit = MAP_RECORD_LIMIT,
): PlaybookMap {
	const relations = getMapRelations(playbook);
	return playbook.records.length <= recordLimit
		? getRecordsMap(playbook, relations, base, t)
		: getPillarsMap(playbook, relations, base);
}

/** How the records of a pillar relate to those of `other`, as the overview's text version says it. */
export function describePillarRelations(
	other: { label: string; supersedes: number; related: number },
	t: Translate = translateEnglish,
): string {
	return t('charter.map.between', {
		pillar: other.label,
		related: t('charter.map.relatedPairs', { count: other.related }),
		supersessions: t('charter.map.supersessions', { count: other.supersedes }),
	});
}

/** Every record on one picture, in a frame per pillar stacked in the configured order. */
function getRecordsMap(playbook: Playbook, relations: readonly MapRelation[], base: string, t: Translate): PlaybookMap {
	const frames: MapFrame[] = [];
	const picture: MapPicture = { width: 0, height: 0, frames, nodes: [], edges: [] };
	const pillars = [];
	let y = 0;
	for (const pillar of playbook.pillars) {
		const records = getRecordsByPillar(playbook, pillar.id);
		const own = toPicture(layoutRecords(records, relations), playbook, base, t);
		const [dx, dy] = [FRAME.padding, y + FRAME.header];
		const width = Math.max(MAP_WIDTH, own.width) + 2 * FRAME.padding;
		const height = FRAME.header + own.height + FRAME.padding;
		const url = getPillarMapUrl(base, pillar.id);
		frames.push({
			id: pillar.id,
			label: pillar.label,
			url,
			x: 0,
			y,
			width,
			height,
			labelX: FRAME.padding,
			labelY: y + FRAME.baseline,
		});
		picture.nodes.push(...own.nodes.map((node) => moveNode(node, dx, dy)));
		picture.edges.push(...own.edges.map((edge) => ({ ...edge, path: translatePath(edge.path, dx, dy) })));
		pillars.push({
			id: pillar.id,
			label: pillar.label,
			url,
			entries: getMapEntries(playbook, records, relations, base),
		});
		picture.width = Math.max(picture.width, width);
		y += height + FRAME.gap;
	}
	picture.height = Math.max(0, y - FRAME.gap);
	// Relations across pillars join frames: a curve from one record's box to the other's.
	const byId = new Map(picture.nodes.map((node) => [node.id, node]));
	for (const relation of relations) {
		const [from, to] = [byId.get(relation.from), byId.get(relation.to)];
		if (!from || !to || playbook.byId.get(from.id)?.data.pillar === playbook.byId.get(to.id)?.data.pillar) continue;
		const down = to.y > from.y;
		picture.edges.push({
			kind: relation.kind,
			across: true,
			path: drawCurve(
				{ x: from.x + from.width / 2, y: down ? from.y + from.height : from.y },
				{ x: to.x + to.width / 2, y: down ? to.y : to.y + to.height },
				relation.kind === 'supersedes',
			),
		});
	}
	picture.edges = mergeEdges(picture.edges);
	return { kind: 'records', picture, pillars };
}

/** A node moved by `dx`, `dy`. */
function moveNode(node: MapNode, dx: number, dy: number): MapNode {
	return { ...node, x: node.x + dx, y: node.y + dy, labelX: node.labelX + dx, labelY: node.labelY + dy };
}

/** The pillars around a circle, each linking to its own map, joined by the relations between their records. */
function getPillarsMap(playbook: Playbook, relations: readonly MapRelation[], base: string): PlaybookMap {
	const count = playbook.pillars.length;
	const radius = Math.max(120, Math.round((count * (PILLAR_BOX.height + 24)) / Math.PI));
	const centre = { x: radius + PILLAR_BOX.width / 2, y: radius + PILLAR_BOX.height / 2 };
	const pillars: OverviewPillar[] = playbook.pillars.map((pillar, index) => {
		// Clockwise from the top, in the configured order.
		const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
		const x = Math.round(centre.x + radius * Math.cos(angle) - PILLAR_BOX.width / 2);
		const y = Math.round(centre.y + radius * Math.sin(angle) - PILLAR_BOX.height / 2);
		return {
			id: pillar.id,
			label: pillar.label,
			url: getPillarMapUrl(base, pillar.id),
			pillarUrl: getPillarUrl(base, pillar.id),
			count: getRecordsByPillar(playbook, pillar.id).length,
			neighbours: [],
			x,
			y,
			width: PILLAR_BOX.width,
			height: PILLAR_BOX.height,
			labelX: x + PILLAR_BOX.padding,
			labelY: y + 22,
		};
	});
	const index = new Map(pillars.map((pillar, position) => [pillar.id, position]));
	const counts = new Map<string, { supersedes: number; related: number }>();
	for (const relation of relations) {
		const [a, b] = [relation.from, relation.to].map((id) => index.get(playbook.byId.get(id)?.data.pillar ?? ''));
		if (a === undefined || b === undefined || a === b) continue;
		const key = `${Math.min(a, b)} ${Math.max(a, b)}`;
		const tally = counts.get(key) ?? { supersedes: 0, related: 0 };
		tally[relation.kind] += 1;
		counts.set(key, tally);
	}
	const links: OverviewLink[] = [...counts].map(([key, tally]) => {
		const [from, to] = key.split(' ').map((position) => pillars[Number(position)]!);
		from!.neighbours.push({ id: to!.id, label: to!.label, ...tally });
		to!.neighbours.push({ id: from!.id, label: from!.label, ...tally });
		const middle = (pillar: OverviewPillar) => ({ x: pillar.x + pillar.width / 2, y: pillar.y + pillar.height / 2 });
		const [a, b] = [middle(from!), middle(to!)];
		return {
			from: from!.id,
			to: to!.id,
			...tally,
			path: `M${Math.round(a.x)} ${Math.round(a.y)}L${Math.round(b.x)} ${Math.round(b.y)}`,
			strokeWidth: Math.min(8, 1 + Math.round(Math.log2(tally.supersedes + tally.related))),
		};
	});
	for (const pillar of pillars) pillar.neighbours.sort((a, b) => index.get(a.id)! - index.get(b.id)!);
	const size = { width: 2 * radius + PILLAR_BOX.width, height: 2 * radius + PILLAR_BOX.height };
	return { kind: 'pillars', ...size, pillars, links };
}
