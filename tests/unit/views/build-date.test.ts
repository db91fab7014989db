import { describe, expect, test } from 'vitest';
import { getBuildDate } from '../../../src/views/build-date.ts';

describe('getBuildDate', () => {
	test('uses SOURCE_DATE_EPOCH when it is set, so builds on different days can be identical', () => {
		expect(getBuildDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
	});

	test('uses the current time without it', () => {
		const before = Date.now();
		const date = getBuildDate({}).getTime();
		expect(date).toBeGreaterThanOrEqual(before);
		expect(date).toBeLessThanOrEqual(Date.now());
	});

	test('refuses a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
		expect(() => getBuildDate({ SOURCE_DATE_EPOCH: '2025-01-01' })).toThrowErrorMatchingInlineSnapshot(
			`[Error: SOURCE_DATE_EPOCH is "2025-01-01", which is not a time. Set it to a number of seconds since 1970, like the commit time from \`git log -1 --format=%ct\`, or unset it.]`,
		);
	});
});
