import { describe, expect, it } from 'vitest';
import { getRecordsByEveryTag, getTags } from '../../../src/views/tags.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const playbook = makePlaybook([
	makeRecord('a', { title: 'Alpha', tags: ['research', 'funding'] }),
	makeRecord('b', { title: 'Beta', pillar: 'platform', tags: ['funding'] }),
	makeRecord('c', { title: 'Gamma' }),
]);

describe('getTags', () => {
	it('lists each tag once, alphabetically, with how many records carry it', () => {
		expect(getTags(playbook, '/handbook/')).toEqual([
			{ tag: 'funding', count: 2, url: '/handbook/tags/funding/' },
			{ tag: 'research', count: 1, url: '/handbook/tags/research/' },
		]);
	});
});

describe('getRecordsByEveryTag', () => {
	it('gives every tag its records, and no record to a tag it does not carry', () => {
		const byTag = getRecordsByEveryTag(playbook, '/');
		expect([...byTag.keys()].sort()).toEqual(['funding', 'research']);
		expect(byTag.get('research')?.map((row) => row.title)).toEqual(['Alpha']);
	});

	it("lists a tag's records with their pillar, since a tag spans pillars", () => {
		const rows = getRecordsByEveryTag(playbook, '/').get('funding') ?? [];
		expect(rows.map((row) => [row.title, row.pillar])).toEqual([
			['Alpha', { label: 'Discovery', url: '/pillars/discovery/' }],
			['Beta', { label: 'Platform', url: '/pillars/platform/' }],
		]);
	});
});
