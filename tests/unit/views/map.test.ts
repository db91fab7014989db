import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/shared/translate.ts';
import {
	getMapRelations,
	getPillarMaps,
	MAP_BOX,
	shortenLabel,
	wrapLabel,
	type MapNode,
} from '../../../src/views/map.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const playbook = makePlaybook([
	makeRecord('interviews', { title: 'Weekly customer interviews', related: ['prototypes', 'platform-team'] }),
	makeRecord('prototypes', { title: 'Prototype before building', related: ['interviews'] }),
	makeRecord('surveys', { title: 'Quarterly surveys', status: 'superseded' }),
	makeRecord('panels', { title: 'Customer panels', supersedes: ['surveys'], related: ['surveys'] }),
	makeRecord('platform-team', {
		title: 'A platform team runs shared systems',
		pillar: 'platform',
		aliases: ['shared-systems'],
	}),
	makeRecord('paved-road', { title: 'Paved road', pillar: 'platform', related: ['shared-systems'] }),
]);

describe('getMapRelations', () => {
	it('lists each relation once, a supersede over a relation between the same records, and old ids as the record', () => {
		expect(getMapRelations(playbook)).toEqual([
			{ from: 'panels', to: 'surveys', kind: 'supersedes' },
			{ from: 'paved-road', to: 'platform-team', kind: 'related' },
			{ from: 'prototypes', to: 'interviews', kind: 'related' },
			{ from: 'interviews', to: 'platform-team', kind: 'related' },
		]);
	});
});

describe('labels', () => {
	it('shortens a long title at a word, with an ellipsis', () => {
		expect(shortenLabel('Short')).toBe('Short');
		expect(shortenLabel('Fund technology change as annual projects', 20)).toBe('Fund technology…');
	});

	it('breaks a title into two lines between words and shortens only the last', () => {
		expect(wrapLabel('Weekly customer interviews')).toEqual(['Weekly customer', 'interviews']);
		expect(wrapLabel('Paved road')).toEqual(['Paved road']);
		expect(wrapLabel('One accountable owner for every product, process and system')).toEqual([
			'One accountable owner',
			'for every product,…',
		]);
		for (const line of wrapLabel('A'.repeat(60))) expect(line.length).toBeLessThanOrEqual(MAP_BOX.characters);
	});
});

describe('getPillarMaps', () => {
	const maps = getPillarMaps(playbook, '/handbook/');
	const nodeOf = (nodes: MapNode[], id: string) => nodes.find((node) => node.id === id)!;

	it('draws one map per pillar, in the configured order, with every record of the pillar linking its page', () => {
		expect(maps.map((map) => [map.pillar.id, map.url, map.count])).toEqual([
			['platform', '/handbook/map/platform/', 2],
			['discovery', '/handbook/map/discovery/', 4],
		]);
		const discovery = maps[1]!.picture;
		expect(discovery.nodes.map((node) => node.id).sort()).toEqual(['interviews', 'panels', 'prototypes', 'surveys']);
		expect(nodeOf(discovery.nodes, 'panels')).toMatchObject({
			url: '/handbook/practices/panels/',
			status: 'accepted',
			statusLabel: 'Accepted',
			label: ['Customer panels'],
		});
		expect(nodeOf(discovery.nodes, 'surveys').status).toBe('superseded');
	});

	it('names each record and its status in the page’s language when a reader hovers over its box', () => {
		expect(nodeOf(maps[1]!.picture.nodes, 'panels').tooltip).toBe('Customer panels (Accepted)');
		const french = getPillarMaps(playbook, '/', createTranslate('fr'))[1]!.picture;
		expect(nodeOf(french.nodes, 'panels')).toMatchObject({
			tooltip: 'Customer panels (Acceptée)',
			statusLabel: 'Acceptée',
		});
	});

	it('draws the relations inside the pillar, typed, and places the superseding record above the one it replaces', () => {
		const discovery = maps[1]!.picture;
		expect(discovery.edges.map((edge) => edge.kind).sort()).toEqual(['related', 'supersedes']);
		expect(nodeOf(discovery.nodes, 'panels').y).toBeLessThan(nodeOf(discovery.nodes, 'surveys').y);
		for (const node of discovery.nodes) expect(node.x + node.width).toBeLessThanOrEqual(discovery.width);
	});

	it('lists every relation once as text, under the record that names the other, those to other pillars too', () => {
		const entry = (id: string) => maps[1]!.entries.find((candidate) => candidate.record.id === id)!;
		expect(entry('interviews').related.map((link) => [link.title, link.url])).toEqual([
			['A platform team runs shared systems', '/handbook/practices/platform-team/'],
		]);
		expect(entry('prototypes').related.map((link) => link.id)).toEqual(['interviews']);
		expect(entry('panels').supersedes.map((link) => link.id)).toEqual(['surveys']);
		expect(entry('panels').related).toEqual([]);
	});
});
