import { describe, expect, it } from 'vitest';
import type { GitHistory } from '../../../src/shared/git-history.ts';
import {
	getOutdatedTranslation,
	getTranslatedRecord,
	getTranslationDirs,
	getTranslationPageId,
} from '../../../src/views/translations.ts';

const SOURCE = 'content/practices/discovery.md';
const TRANSLATION = 'content/de/practices/discovery.md';

/** A history in which each file's newest commit is on the given day. */
function createHistory(newest: Record<string, string>): GitHistory {
	const files = Object.fromEntries(
		Object.entries(newest).map(([file, date]) => [file, [{ date: `${date}T09:00:00+00:00` }]]),
	);
	return { shallow: false, files } as unknown as GitHistory;
}

describe('getTranslatedRecord', () => {
	it('finds the record a page in a locale’s practices folder translates', () => {
		expect(getTranslatedRecord('de/practices/discovery', ['de', 'fr'])).toEqual({
			locale: 'de',
			recordId: 'discovery',
		});
		expect(getTranslationPageId('de', 'discovery')).toBe('de/practices/discovery');
		expect(getTranslationDirs(['de'])).toEqual(['content/de/practices']);
	});

	it('leaves other pages alone', () => {
		expect(getTranslatedRecord('de/about', ['de'])).toBeUndefined();
		expect(getTranslatedRecord('it/practices/discovery', ['de'])).toBeUndefined();
		expect(getTranslatedRecord('de/practices/old/discovery', ['de'])).toBeUndefined();
	});
});

describe('getOutdatedTranslation', () => {
	it('says when the record changed after the translation’s last commit', () => {
		const history = createHistory({ [SOURCE]: '2026-03-01', [TRANSLATION]: '2026-02-01' });
		expect(getOutdatedTranslation(history, SOURCE, TRANSLATION)).toEqual({
			translated: '2026-02-01',
			changed: '2026-03-01',
		});
	});

	it('says nothing of a translation committed after its record, or of one git does not know', () => {
		expect(
			getOutdatedTranslation(
				createHistory({ [SOURCE]: '2026-02-01', [TRANSLATION]: '2026-03-01' }),
				SOURCE,
				TRANSLATION,
			),
		).toBeUndefined();
		expect(getOutdatedTranslation(createHistory({ [SOURCE]: '2026-02-01' }), SOURCE, TRANSLATION)).toBeUndefined();
		expect(getOutdatedTranslation(undefined, SOURCE, TRANSLATION)).toBeUndefined();
	});
});
