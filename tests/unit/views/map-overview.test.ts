import { describe, expect, it } from 'vitest';
import { createTranslate, translateEnglish } from '../../../src/shared/translate.ts';
import { describePillarRelations, getPlaybookMap } from '../../../src/views/map-overview.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const playbook = makePlaybook([
	makeRecord('interviews', { title: 'Weekly interviews', related: ['paved-road', 'prototypes'] }),
	makeRecord('prototypes', { title: 'Prototypes' }),
	makeRecord('old-road', { title: 'Old road', pillar: 'platform', status: 'superseded' }),
	makeRecord('paved-road', { title: 'Paved road', pillar: 'platform', supersedes: ['old-road'] }),
	makeRecord('portal', { title: 'Portal', pillar: 'platform', related: ['prototypes'] }),
]);

describe('getPlaybookMap', () => {
	it('draws every record in a frame per pillar while the playbook is small, with relations across frames', () => {
		const map = getPlaybookMap(playbook, '/', translateEnglish, 5);
		if (map.kind !== 'records') throw new Error('expected the records map');
		const { picture } = map;
		expect(picture.frames.map((frame) => [frame.label, frame.url])).toEqual([
			['Platform', '/map/platform/'],
			['Discovery', '/map/discovery/'],
		]);
		expect(picture.nodes).toHaveLength(5);
		for (const node of picture.nodes) {
			const frame = picture.frames.find((candidate) => candidate.id === playbook.byId.get(node.id)!.data.pillar)!;
			expect(node.y).toBeGreaterThanOrEqual(frame.y);
			expect(node.y + node.height).toBeLessThanOrEqual(frame.y + frame.height);
		}
		// One path per kind of line, related lines under the arrows; two relations cross frames.
		expect(picture.edges.map((edge) => [edge.kind, Boolean(edge.across)])).toEqual([
			['related', false],
			['related', true],
			['supersedes', false],
		]);
		expect(picture.edges[1]!.path.match(/C/g)).toHaveLength(2);
		expect(map.pillars.map((pillar) => [pillar.id, pillar.entries.length])).toEqual([
			['platform', 3],
			['discovery', 2],
		]);
	});

	it('draws the pillars instead, with their counts and the relations between them, above the limit', () => {
		const map = getPlaybookMap(playbook, '/handbook/', translateEnglish, 4);
		if (map.kind !== 'pillars') throw new Error('expected the pillars map');
		expect(map.pillars.map((pillar) => [pillar.label, pillar.url, pillar.count])).toEqual([
			['Platform', '/handbook/map/platform/', 3],
			['Discovery', '/handbook/map/discovery/', 2],
		]);
		expect(map.links.map(({ from, to, supersedes, related }) => ({ from, to, supersedes, related }))).toEqual([
			{ from: 'platform', to: 'discovery', supersedes: 0, related: 2 },
		]);
		expect(map.pillars[1]!.neighbours).toEqual([{ id: 'platform', label: 'Platform', supersedes: 0, related: 2 }]);
		expect(describePillarRelations(map.pillars[1]!.neighbours[0]!)).toMatchInlineSnapshot(
			`"Platform: 2 related pairs and 0 supersessions"`,
		);
		expect(
			describePillarRelations({ label: 'Plattform', supersedes: 1, related: 3 }, createTranslate('de')),
		).toMatchInlineSnapshot(`"Plattform: 3 verwandte Paare und 1 Ablösung"`);
		for (const pillar of map.pillars) {
			expect(pillar.x).toBeGreaterThanOrEqual(0);
			expect(pillar.x + pillar.width).toBeLessThanOrEqual(map.width);
			expect(pillar.y + pillar.height).toBeLessThanOrEqual(map.height);
		}
	});
});
