import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDirectorySize, getPageSizes, median, readBuildPhases } from '../../../scripts/lib/measure.ts';

describe('the benchmark measurements', () => {
	test('reads the phases of a build from Astro’s log, in its three duration formats', () => {
		const log = [
			'05:11:35 [build] Collecting build info...',
			'05:11:35 [build] ✓ Completed in 3.39s.',
			'05:11:35 [build] Building static entrypoints...',
			'05:11:41 [vite] ✓ built in 6.15s',
			'05:11:41 [vite] ✓ built in 222ms',
			' generating static routes ',
			'05:11:53 ✓ Completed in 1m 12s.',
			'05:11:54 [build] ✓ Completed in 19.07s.',
			'05:11:58 [starlight:pagefind] Finished building search index in 689ms.',
		].join('\n');
		expect(readBuildPhases(log)).toEqual({ setup: 3.39, bundle: 6.15, render: 72, search: 0.689 });
		expect(readBuildPhases('nothing to see')).toEqual({});
	});

	test('takes the median of odd and even counts', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	test('sizes a folder and the index page of each page folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'charter-measure-'));
		for (const [page, size] of [
			['one', 10],
			['two', 30],
		] as const) {
			mkdirSync(join(dir, 'practices', page), { recursive: true });
			writeFileSync(join(dir, 'practices', page, 'index.html'), 'x'.repeat(size));
		}
		writeFileSync(join(dir, 'other.txt'), 'x'.repeat(5));
		expect(getPageSizes(join(dir, 'practices')).sort()).toEqual([10, 30]);
		expect(getDirectorySize(dir)).toBe(45);
		rmSync(dir, { recursive: true });
	});
});
