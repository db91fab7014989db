import type { RecordStatus } from '../schemas/record.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';
import { drawPath, LAYOUT_GAP } from './map-layout.ts';
import {
	getMapNode,
	MAP_BOX,
	mergeEdges,
	type MapEdge,
	type MapEdgeKind,
	type MapNode,
	type MapPicture,
} from './map.ts';

/**
 * A record's neighbourhood: the small picture on its page of the records around it. The layout is
 * fixed, so it costs nothing per page: the records that name this one on the left, the record in
 * the middle, the records it names on the right; lines read left to right, arrows point at the
 * superseded record.
 */

/** The most records drawn on each side; the lists beside the picture name every one. */
export const NEIGHBOURHOOD_LIMIT = 4;

/** A record next to the one whose page this is. */
export interface Neighbour {
	id: string;
	title: string;
	status: RecordStatus;
}

/** What a record page passes: the record and the lists its page already shows. */
export interface NeighbourhoodInput {
	record: Neighbour;
	supersedes: readonly Neighbour[];
	related: readonly Neighbour[];
	supersededBy: readonly Neighbour[];
	/** The records naming this one, as far as the page lists them. */
	referencedBy: readonly Neighbour[];
	/** How many records name this one in all. */
	referencedByTotal: number;
}

/** The neighbourhood picture, with how many records on each side it leaves out. */
export interface Neighbourhood {
	picture: MapPicture;
	/** Records naming this one that are not drawn. */
	moreBefore: number;
	/** Records this one names that are not drawn. */
	moreAfter: number;
}

const COLUMN_GAP = LAYOUT_GAP.rank;

/**
 * The picture of a record's neighbourhood, or `undefined` when it names no record and none names it;
 * its tooltips in `t`'s language.
 */
export function getNeighbourhood(
	input: NeighbourhoodInput,
	base: string,
	t: Translate = translateEnglish,
): Neighbourhood | undefined {
	const seen = new Set([input.record.id]);
	const take = (records: readonly Neighbour[], kind: MapEdgeKind) =>
		records.filter((record) => !seen.has(record.id) && seen.add(record.id)).map((record) => ({ record, kind }));
	// A record that supersedes or is superseded by this one is drawn so, even if it is also related.
	const [supersedes, supersededBy] = [take(input.supersedes, 'supersedes'), take(input.supersededBy, 'supersedes')];
	const after = [...supersedes, ...take(input.related, 'related')];
	const before = [...supersededBy, ...take(input.referencedBy, 'related')];
	if (before.length === 0 && after.length === 0) return undefined;

	const [left, right] = [before.slice(0, NEIGHBOURHOOD_LIMIT), after.slice(0, NEIGHBOURHOOD_LIMIT)];
	const step = MAP_BOX.height + LAYOUT_GAP.node;
	const rows = Math.max(left.length, right.length, 1);
	const height = rows * step - LAYOUT_GAP.node;
	const columnX = (column: number) => column * (MAP_BOX.width + COLUMN_GAP);
	const columnY = (count: number, index: number) =>
		Math.round((height - (count * step - LAYOUT_GAP.node)) / 2) + index * step;
	const centre = getMapNode(input.record, { x: columnX(left.length > 0 ? 1 : 0), y: columnY(1, 0) }, base, {
		current: true,
		brief: true,
		t,
	});
	const nodes: MapNode[] = [centre];
	const edges: MapEdge[] = [];
	left.forEach(({ record, kind }, index) => {
		const node = getMapNode(record, { x: columnX(0), y: columnY(left.length, index) }, base, { brief: true, t });
		nodes.push(node);
		edges.push({ kind, path: join(node, centre, kind) });
	});
	right.forEach(({ record, kind }, index) => {
		const node = getMapNode(record, { x: centre.x + columnX(1), y: columnY(right.length, index) }, base, {
			brief: true,
			t,
		});
		nodes.push(node);
		edges.push({ kind, path: join(centre, node, kind) });
	});
	return {
		picture: {
			width: Math.max(...nodes.map((node) => node.x + node.width)),
			height,
			frames: [],
			nodes,
			edges: mergeEdges(edges),
		},
		// Past its limit the page lists only some of the records naming this one.
		moreBefore: before.length - left.length + Math.max(0, input.referencedByTotal - input.referencedBy.length),
		moreAfter: after.length - right.length,
	};
}

/** A line from the right side of `from` to the left side of `to`, with an arrowhead for `supersedes`. */
function join(from: MapNode, to: MapNode, kind: MapEdgeKind): string {
	const middle = MAP_BOX.height / 2;
	return drawPath(
		[
			{ x: from.x + from.width, y: from.y + middle },
			{ x: to.x, y: to.y + middle },
		],
		kind === 'supersedes',
	);
}

/** What the caption adds when the picture leaves records out: how many, on each side, in `t`'s language. */
export function describeLeftOut(
	neighbourhood: Pick<Neighbourhood, 'moreBefore' | 'moreAfter'>,
	t: Translate = translateEnglish,
): string {
	return [
		neighbourhood.moreBefore > 0 && t('charter.map.moreBefore', { count: neighbourhood.moreBefore }),
		neighbourhood.moreAfter > 0 && t('charter.map.moreAfter', { count: neighbourhood.moreAfter }),
	]
		.filter(Boolean)
		.join(' ');
}
