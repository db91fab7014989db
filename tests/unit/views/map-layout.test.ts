import { describe, expect, it } from 'vitest';
import { drawCurve, drawPath, layoutGraph, translatePath, type PlacedBox } from '../../../src/views/map-layout.ts';

const box = (id: string) => ({ id, width: 100, height: 30 });
const overlaps = (a: PlacedBox, b: PlacedBox) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutGraph', () => {
	const boxes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(box);
	const lines = [
		{ from: 'a', to: 'b', directed: true },
		{ from: 'b', to: 'c', directed: true },
		{ from: 'd', to: 'e', directed: false },
	];
	const layout = layoutGraph(boxes, lines, 400);

	it('places every box once, without two boxes overlapping', () => {
		expect(layout.boxes.map((placed) => placed.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
		for (const [index, a] of layout.boxes.entries()) {
			for (const b of layout.boxes.slice(index + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
		}
	});

	it('draws a chain top to bottom, a record above the one it points at', () => {
		const y = (id: string) => layout.boxes.find((placed) => placed.id === id)!.y;
		expect(y('a')).toBeLessThan(y('b'));
		expect(y('b')).toBeLessThan(y('c'));
	});

	it('wraps groups into rows no wider than the width asked for, unless one group alone is wider', () => {
		expect(layout.width).toBeLessThanOrEqual(400);
		for (const placed of layout.boxes) expect(placed.x + placed.width).toBeLessThanOrEqual(layout.width);
		for (const placed of layout.boxes) expect(placed.y + placed.height).toBeLessThanOrEqual(layout.height);
		expect(new Set(layout.boxes.map((placed) => placed.y)).size).toBeGreaterThan(1);
	});

	it('puts the largest group first and boxes without lines last', () => {
		expect(layout.boxes.slice(0, 3).map((placed) => placed.id)).toEqual(['a', 'b', 'c']);
		expect(layout.boxes.slice(-2).map((placed) => placed.id)).toEqual(['f', 'g']);
	});

	it('draws each line between its boxes, an arrowhead only on directed ones', () => {
		expect(layout.lines.map((line) => [line.from, line.to])).toEqual([
			['a', 'b'],
			['b', 'c'],
			['d', 'e'],
		]);
		expect(layout.lines[0]!.path.match(/M/g)).toHaveLength(2);
		expect(layout.lines[2]!.path.match(/M/g)).toHaveLength(1);
	});

	it('leaves out lines to boxes it was not given, and gives the same layout for the same input', () => {
		const again = layoutGraph(boxes, [...lines, { from: 'a', to: 'elsewhere', directed: false }], 400);
		expect(again).toEqual(layout);
	});

	it('lays out nothing as an empty picture', () => {
		expect(layoutGraph([], [], 400)).toEqual({ width: 0, height: 0, boxes: [], lines: [] });
	});
});

describe('drawing lines', () => {
	it('ends a directed line in an open arrowhead at its last point', () => {
		expect(
			drawPath(
				[
					{ x: 0, y: 10 },
					{ x: 50, y: 10 },
				],
				true,
			),
		).toBe('M0 10L50 10M42 14L50 10L42 6');
		expect(
			drawPath(
				[
					{ x: 0, y: 10 },
					{ x: 50, y: 10 },
				],
				false,
			),
		).toBe('M0 10L50 10');
	});

	it('curves between frames and moves a path by an offset', () => {
		expect(drawCurve({ x: 10, y: 0 }, { x: 10, y: 100 }, false)).toBe('M10 0C10 50 10 50 10 100');
		expect(drawCurve({ x: 10, y: 0 }, { x: 10, y: 100 }, true)).toBe('M10 0C10 50 10 50 10 100M6 92L10 100L14 92');
		expect(translatePath('M0 10L50 -10', 5, 5)).toBe('M5 15L55 -5');
	});
});
