import { describe, expect, it } from 'vitest';
import { getRecordIdFromTitle } from '../../../src/cli/scaffold.ts';

describe('getRecordIdFromTitle', () => {
	it('folds accents and special letters to ASCII and joins words with hyphens', () => {
		expect(getRecordIdFromTitle('Zwölf Schritte: Öffnung & Ærø')).toBe('zwolf-schritte-offnung-aero');
		expect(getRecordIdFromTitle('  Product managers for internal platforms!  ')).toBe(
			'product-managers-for-internal-platforms',
		);
		expect(getRecordIdFromTitle('Straße, Łódź, façade — 2026')).toBe('strasse-lodz-facade-2026');
	});

	it('cuts a long title at a word boundary', () => {
		const id = getRecordIdFromTitle(
			'Every team owns one product from its first user to the day the last user stops relying on it',
		);
		expect(id).toBe('every-team-owns-one-product-from-its-first-user-to-the-day');
		expect(id.length).toBeLessThanOrEqual(60);
	});

	it('gives an empty id when the title has no letters or digits to keep', () => {
		expect(getRecordIdFromTitle('？！')).toBe('');
	});
});
