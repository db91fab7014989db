import dagre from '@dagrejs/dagre';

/**
 * The geometry of the playbook's map: where each record's box goes and the line each relation
 * draws. The layered layout of each group of related records is dagre's (`@dagrejs/dagre`, the
 * maintained successor of the layout Mermaid and adr-tools' Graphviz pictures use); this module
 * only packs those groups into rows, so a map stays as wide as a page however many records it has.
 */

/** A box to place, by id. */
export interface LayoutBox {
	id: string;
	width: number;
	height: number;
}

/** A line to draw between two boxes; `directed` lines end in an arrowhead at `to`. */
export interface LayoutLine {
	from: string;
	to: string;
	directed: boolean;
}

/** A placed box: its top-left corner. */
export interface PlacedBox extends LayoutBox {
	x: number;
	y: number;
}

/** A drawn line: an SVG path (`d`), with the arrowhead as a second open sub-path when directed. */
export type PlacedLine<Line extends LayoutLine = LayoutLine> = Line & { path: string };

/** Boxes and lines placed in a picture `width` × `height`, with its origin at the top left. */
export interface Layout<Line extends LayoutLine = LayoutLine> {
	width: number;
	height: number;
	boxes: PlacedBox[];
	lines: PlacedLine<Line>[];
}

/** Space between boxes, between the ranks of a chain and between packed groups, in SVG units. */
export const LAYOUT_GAP = { node: 16, rank: 32, group: 24 } as const;

const ARROW = { length: 8, half: 4 } as const;

/**
 * Lays out boxes and lines: each connected group of boxes with dagre, top to bottom (a record
 * above the one it points at, so a long chain grows down the page, not across it), then the groups packed into rows no wider than `maxWidth` (a group
 * wider than that gets a row of its own), largest group first and boxes without lines last. Lines
 * whose ends are not both among `boxes` are left out. The same input always gives the same layout.
 */
export function layoutGraph<Line extends LayoutLine>(
	boxes: readonly LayoutBox[],
	lines: readonly Line[],
	maxWidth: number,
): Layout<Line> {
	const ids = new Set(boxes.map((box) => box.id));
	const drawn = lines.filter((line) => ids.has(line.from) && ids.has(line.to) && line.from !== line.to);
	const groups = getConnectedGroups(boxes, drawn);
	const laidOut = layoutGroups(
		groups.filter((group) => group.length > 1),
		drawn,
	);
	const single = groups
		.filter((group) => group.length === 1)
		.map(([box]) => ({ width: box!.width, height: box!.height, boxes: [{ ...box!, x: 0, y: 0 }], lines: [] }));
	return packGroups([...laidOut, ...single], maxWidth);
}

/** The connected groups of boxes, largest first, each in the order of `boxes`. */
function getConnectedGroups(boxes: readonly LayoutBox[], lines: readonly LayoutLine[]): LayoutBox[][] {
	const graph = new dagre.graphlib.Graph({ directed: false });
	for (const box of boxes) graph.setNode(box.id);
	for (const line of lines) graph.setEdge(line.from, line.to);
	const order = new Map(boxes.map((box, index) => [box.id, index]));
	const byId = new Map(boxes.map((box) => [box.id, box]));
	return dagre.graphlib.alg
		.components(graph)
		.map((ids) => ids.sort((a, b) => order.get(a)! - order.get(b)!).map((id) => byId.get(id)!))
		.sort((a, b) => b.length - a.length || order.get(a[0]!.id)! - order.get(b[0]!.id)!);
}

/**
 * Lays out groups with one call to dagre, whose cost per call outweighs its cost per box (thousands
 * of small groups would take seconds one by one), then cuts each group out with its origin at the
 * top left. The groups share no line, so each keeps a layout of its own.
 */
function layoutGroups<Line extends LayoutLine>(groups: readonly LayoutBox[][], lines: readonly Line[]): Layout<Line>[] {
	if (groups.length === 0) return [];
	const graph = new dagre.graphlib.Graph({ multigraph: true });
	graph.setGraph({ rankdir: 'TB', nodesep: LAYOUT_GAP.node, ranksep: LAYOUT_GAP.rank, marginx: 0, marginy: 0 });
	graph.setDefaultEdgeLabel(() => ({}));
	for (const box of groups.flat()) graph.setNode(box.id, { width: box.width, height: box.height });
	lines.forEach((line, index) => graph.setEdge(line.from, line.to, {}, String(index)));
	dagre.layout(graph);
	const groupOf = new Map(groups.flatMap((group, index) => group.map((box) => [box.id, index] as const)));
	const byGroup = Map.groupBy(
		lines.map((line, index) => ({
			line,
			points: graph.edge({ v: line.from, w: line.to, name: String(index) }).points ?? [],
		})),
		({ line }) => groupOf.get(line.from)!,
	);
	return groups.map((group, index) => {
		const placed = group.map((box) => {
			const { x = 0, y = 0 } = graph.node(box.id);
			return { ...box, x: x - box.width / 2, y: y - box.height / 2 };
		});
		const own = byGroup.get(index) ?? [];
		const points = own.flatMap((edge) => edge.points);
		const left = Math.min(...placed.map((box) => box.x), ...points.map((point) => point.x));
		const top = Math.min(...placed.map((box) => box.y), ...points.map((point) => point.y));
		const right = Math.max(...placed.map((box) => box.x + box.width), ...points.map((point) => point.x));
		const bottom = Math.max(...placed.map((box) => box.y + box.height), ...points.map((point) => point.y));
		return {
			width: Math.ceil(right - left),
			height: Math.ceil(bottom - top),
			boxes: placed.map((box) => ({ ...box, x: Math.round(box.x - left), y: Math.round(box.y - top) })),
			lines: own.map(({ line, points: path }) => ({
				...line,
				path: drawPath(
					path.map((point: { x: number; y: number }) => ({ x: point.x - left, y: point.y - top })),
					line.directed,
				),
			})),
		};
	});
}

/** Packs laid-out groups into rows no wider than `maxWidth`, in the order given. */
function packGroups<Line extends LayoutLine>(groups: readonly Layout<Line>[], maxWidth: number): Layout<Line> {
	const packed: Layout<Line> = { width: 0, height: 0, boxes: [], lines: [] };
	let x = 0;
	let y = 0;
	let rowHeight = 0;
	for (const group of groups) {
		if (x > 0 && x + group.width > maxWidth) {
			x = 0;
			y += rowHeight + LAYOUT_GAP.group;
			rowHeight = 0;
		}
		packed.boxes.push(...group.boxes.map((box) => ({ ...box, x: box.x + x, y: box.y + y })));
		packed.lines.push(...group.lines.map((line) => ({ ...line, path: translatePath(line.path, x, y) })));
		packed.width = Math.max(packed.width, x + group.width);
		rowHeight = Math.max(rowHeight, group.height);
		x += group.width + LAYOUT_GAP.group;
	}
	packed.height = groups.length > 0 ? y + rowHeight : 0;
	return packed;
}

/** An SVG path through `points`, ending in an open arrowhead when `directed`. */
export function drawPath(points: readonly { x: number; y: number }[], directed: boolean): string {
	if (points.length < 2) return '';
	const round = points.map((point) => ({ x: Math.round(point.x), y: Math.round(point.y) }));
	const line = `M${round.map((point) => `${point.x} ${point.y}`).join('L')}`;
	if (!directed) return line;
	const tip = points.at(-1)!;
	const before = points.at(-2)!;
	const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
	const [dx, dy] = [(tip.x - before.x) / length, (tip.y - before.y) / length];
	const wing = (side: number) =>
		`${Math.round(tip.x - dx * ARROW.length - side * dy * ARROW.half)} ${Math.round(tip.y - dy * ARROW.length + side * dx * ARROW.half)}`;
	return `${line}M${wing(1)}L${Math.round(tip.x)} ${Math.round(tip.y)}L${wing(-1)}`;
}

/** `path` moved by `dx`, `dy`: it holds only `M` and `L` commands with absolute coordinates. */
export function translatePath(path: string, dx: number, dy: number): string {
	if (dx === 0 && dy === 0) return path;
	return path.replace(
		/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g,
		(_, x: string, y: string) => `${Number(x) + dx} ${Number(y) + dy}`,
	);
}

/**
 * An SVG curve from `from` to `to` that leaves and arrives vertically (between boxes stacked in
 * frames), ending in an open arrowhead when `directed`.
 */
export function drawCurve(from: { x: number; y: number }, to: { x: number; y: number }, directed: boolean): string {
	const bend = Math.max(24, Math.abs(to.y - from.y) / 2) * Math.sign(to.y - from.y || 1);
	const [a, b] = [from, to].map((point) => ({ x: Math.round(point.x), y: Math.round(point.y) }));
	const curve = `M${a!.x} ${a!.y}C${a!.x} ${a!.y + bend} ${b!.x} ${b!.y - bend} ${b!.x} ${b!.y}`;
	if (!directed) return curve;
	// The arrowhead of a straight line arriving the way the curve does.
	const arrow = drawPath([{ x: b!.x, y: b!.y - bend }, b!], true);
	return `${curve}${arrow.slice(arrow.indexOf('M', 1))}`;
}
