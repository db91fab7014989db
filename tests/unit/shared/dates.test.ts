import { describe, expect, it } from 'vitest';
import { addMonths, formatDate } from '../../../src/shared/dates.ts';

describe('addMonths', () => {
	it('adds months across a year boundary', () => {
		expect(addMonths('2025-11-20', 3)).toBe('2026-02-20');
	});

	it('moves a day the target month lacks to its last day', () => {
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
		expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
	});
});

describe('formatDate', () => {
	it('writes a date as readers of the language do', () => {
		expect(formatDate('2025-03-01', 'en')).toBe('March 1, 2025');
		expect(formatDate('2025-03-01', 'de')).toBe('1. März 2025');
		expect(formatDate('2025-03-01', 'fr')).toBe('1 mars 2025');
	});

	it('writes a month or a year alone, and leaves anything else as written', () => {
		expect(formatDate('2025-03', 'de')).toBe('März 2025');
		expect(formatDate('2025', 'fr')).toBe('2025');
		expect(formatDate('spring 2025', 'en')).toBe('spring 2025');
	});
});
