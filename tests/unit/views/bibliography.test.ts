import { describe, expect, it } from 'vitest';
import { getBibliography } from '../../../src/views/bibliography.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

describe('getBibliography', () => {
	it('lists a source cited by several records once, with every record citing it and the fullest description', () => {
		const playbook = makePlaybook([
			makeRecord('b', {
				title: 'Beta',
				sources: [
					{
						id: 'cdh',
						title: 'Continuous discovery habits',
						url: 'https://example.com/cdh/#intro',
						author: 'Teresa Torres',
					},
				],
			}),
			makeRecord('a', {
				title: 'Alpha',
				sources: [{ id: 'torres', title: 'Continuous Discovery Habits', url: 'https://example.com/cdh' }],
			}),
		]);
		expect(getBibliography(playbook, '/handbook/')).toEqual([
			{
				title: 'Continuous Discovery Habits',
				url: 'https://example.com/cdh',
				author: 'Teresa Torres',
				citedBy: [
					{ id: 'a', title: 'Alpha', url: '/handbook/practices/a/', status: 'accepted' },
					{ id: 'b', title: 'Beta', url: '/handbook/practices/b/', status: 'accepted' },
				],
			},
		]);
	});

	it('matches sources without a URL by title, ignoring case and spacing', () => {
		const playbook = makePlaybook([
			makeRecord('a', { sources: [{ id: 'book', title: 'Inspired', author: 'Marty Cagan' }] }),
			makeRecord('b', { sources: [{ id: 'inspired', title: '  inspired ', publisher: 'Wiley' }] }),
		]);
		const entries = getBibliography(playbook, '/');
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ title: 'Inspired', author: 'Marty Cagan', publisher: 'Wiley' });
		expect(entries[0]?.citedBy.map((record) => record.id)).toEqual(['a', 'b']);
	});

	it('joins a source without a URL to the one source with a URL that has its title', () => {
		const playbook = makePlaybook([
			makeRecord('a', {
				sources: [{ id: 'essay', title: 'Cancel Your Next Project', url: 'https://example.com/cancel' }],
			}),
			makeRecord('b', { sources: [{ id: 'essay', title: 'Cancel your next project' }] }),
		]);
		const entries = getBibliography(playbook, '/');
		expect(entries.map((entry) => [entry.title, entry.url, entry.citedBy.length])).toEqual([
			['Cancel Your Next Project', 'https://example.com/cancel', 2],
		]);
	});

	it('keeps sources apart that share a title but have different URLs, and sorts by title', () => {
		const playbook = makePlaybook([
			makeRecord('a', {
				sources: [
					{ id: 'one', title: 'Notes', url: 'https://example.com/one' },
					{ id: 'two', title: 'Notes', url: 'https://example.com/two' },
					{ id: 'three', title: 'another source' },
				],
			}),
		]);
		expect(getBibliography(playbook, '/').map((entry) => [entry.title, entry.url])).toEqual([
			['another source', undefined],
			['Notes', 'https://example.com/one'],
			['Notes', 'https://example.com/two'],
		]);
	});

	it('is empty when no record cites a source', () => {
		expect(getBibliography(makePlaybook([makeRecord('a')]), '/')).toEqual([]);
	});
});
