import { describe, expect, it } from 'vitest';
import { RECORD_STATUSES } from '../../../src/schemas/record.ts';
import {
	getSearchRanking,
	IN_FORCE_SEARCH_FIELD,
	NOT_IN_FORCE_SEARCH_WEIGHT,
	withSearchRanking,
} from '../../../src/views/search-ranking.ts';
import { getRecordView } from '../../../src/views/record-view.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

describe('search ranking by status', () => {
	it('boosts the title of records in force and lowers the words of the others, without dropping any', () => {
		const rankings = Object.fromEntries(RECORD_STATUSES.map((status) => [status, getSearchRanking(status, 'Title')]));
		expect(rankings).toEqual({
			proposed: { inForceTitle: 'Title' },
			accepted: { inForceTitle: 'Title' },
			deprecated: { weight: NOT_IN_FORCE_SEARCH_WEIGHT },
			superseded: { weight: NOT_IN_FORCE_SEARCH_WEIGHT },
			rejected: { weight: NOT_IN_FORCE_SEARCH_WEIGHT },
		});
		expect(NOT_IN_FORCE_SEARCH_WEIGHT).toBeGreaterThan(0);
	});

	it('gives the record page the ranking of its status', () => {
		const playbook = makePlaybook([
			makeRecord('old', { title: 'Old way', status: 'superseded' }),
			makeRecord('new', { title: 'New way', supersedes: ['old'] }),
		]);
		expect(getRecordView(playbook, 'new', {}, '/', 'new.md').searchRanking).toEqual({ inForceTitle: 'New way' });
		expect(getRecordView(playbook, 'old', {}, '/', 'old.md').searchRanking).toEqual({
			weight: NOT_IN_FORCE_SEARCH_WEIGHT,
		});
	});
});

describe("the site's Pagefind options", () => {
	it('adds the boost of records in force to the default options', () => {
		for (const pagefind of [undefined, true] as const) {
			expect(withSearchRanking(pagefind)).toEqual({ ranking: { metaWeights: { [IN_FORCE_SEARCH_FIELD]: 5 } } });
		}
	});

	it("keeps the site's own ranking options, and its own weight for the field wins", () => {
		expect(
			withSearchRanking({
				indexWeight: 2,
				ranking: { pageLength: 0.5, metaWeights: { title: 3, [IN_FORCE_SEARCH_FIELD]: 0 } },
			}),
		).toEqual({
			indexWeight: 2,
			ranking: { pageLength: 0.5, metaWeights: { title: 3, [IN_FORCE_SEARCH_FIELD]: 0 } },
		});
	});
});
