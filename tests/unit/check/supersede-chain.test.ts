import { describe, expect, it } from 'vitest';
import { getCurrentSuccessors, getSupersededBy } from '../../../src/check/supersede-chain.ts';

describe('getCurrentSuccessors', () => {
	it('names the record at the end of a chain, not only the direct successor', () => {
		const supersededBy = getSupersededBy([{ id: 'a' }, { id: 'b', supersedes: ['a'] }, { id: 'c', supersedes: ['b'] }]);
		expect(getCurrentSuccessors('a', supersededBy)).toEqual(['c']);
		expect(getCurrentSuccessors('b', supersededBy)).toEqual(['c']);
		expect(getCurrentSuccessors('c', supersededBy)).toEqual([]);
	});

	it('lists each record in force when several records supersede one, once each', () => {
		const supersededBy = getSupersededBy([
			{ id: 'old' },
			{ id: 'left', supersedes: ['old'] },
			{ id: 'right', supersedes: ['old'] },
			{ id: 'newest', supersedes: ['left'] },
			{ id: 'merged', supersedes: ['newest', 'right'] },
		]);
		expect(getCurrentSuccessors('old', supersededBy)).toEqual(['merged']);
		expect(getCurrentSuccessors('left', supersededBy)).toEqual(['merged']);
	});

	it('lists every record in force when a record was split in two', () => {
		const supersededBy = getSupersededBy([
			{ id: 'old' },
			{ id: 'x', supersedes: ['old'] },
			{ id: 'y', supersedes: ['old'] },
		]);
		expect(getCurrentSuccessors('old', supersededBy)).toEqual(['x', 'y']);
	});

	it('stops at a cycle instead of looping', () => {
		const supersededBy = getSupersededBy([
			{ id: 'a', supersedes: ['b'] },
			{ id: 'b', supersedes: ['a'] },
		]);
		expect(getCurrentSuccessors('a', supersededBy)).toEqual([]);
	});
});
