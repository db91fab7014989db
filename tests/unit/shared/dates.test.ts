import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/shared/dates.ts';

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
