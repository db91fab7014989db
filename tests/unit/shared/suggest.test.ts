import { describe, expect, it } from 'vitest';
import { didYouMean, suggestClosest } from '../../../src/shared/suggest.ts';

const pillars = ['discovery', 'delivery', 'leadership'];

describe('suggestClosest', () => {
	it('suggests the closest pillar for a one-letter typo', () => {
		expect(suggestClosest('delivry', pillars)).toBe('delivery');
	});

	it('suggests nothing when no candidate is close enough to be a typo', () => {
		expect(suggestClosest('marketing', pillars)).toBeUndefined();
	});

	it('allows two edits even in a short value', () => {
		expect(suggestClosest('ab', ['xy', 'zzzz'])).toBe('xy');
		expect(suggestClosest('ab', ['xyz'])).toBeUndefined();
	});

	it('allows more edits in a longer value, one for every three letters', () => {
		expect(suggestClosest('output-vs-outcom', ['output-vs-outcome'])).toBe('output-vs-outcome');
		expect(suggestClosest('outpt-v-outcme', ['output-vs-outcome'])).toBe('output-vs-outcome');
	});

	it('keeps the first of candidates that are equally close', () => {
		expect(suggestClosest('cat', ['bat', 'hat'])).toBe('bat');
	});

	it('suggests nothing when there are no candidates', () => {
		expect(suggestClosest('delivery', [])).toBeUndefined();
	});

	it('accepts any iterable of candidates, such as a set', () => {
		expect(suggestClosest('leadrship', new Set(pillars))).toBe('leadership');
	});
});

describe('didYouMean', () => {
	it('offers the closest candidate as a hint to append to a message', () => {
		expect(`unknown pillar "discvery"${didYouMean('discvery', pillars)}`).toMatchInlineSnapshot(
			`"unknown pillar "discvery" (did you mean "discovery"?)"`,
		);
	});

	it('adds nothing to the message when nothing is close', () => {
		expect(didYouMean('marketing', pillars)).toBe('');
	});
});
