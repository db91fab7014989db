import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/shared/text.ts';

describe('formatCount', () => {
	it('puts the noun in the right number and groups thousands', () => {
		expect([0, 1, 2, 3000, 1234567].map((count) => formatCount(count, 'practice'))).toEqual([
			'0 practices',
			'1 practice',
			'2 practices',
			'3,000 practices',
			'1,234,567 practices',
		]);
	});

	it('takes an irregular plural', () => {
		expect(formatCount(2, 'index', 'indexes')).toBe('2 indexes');
	});
});
