import { describe, expect, it } from 'vitest';
import {
	CHARTER_TRANSLATIONS,
	createTranslate,
	getListSeparators,
	splitTemplate,
	type StarlightTranslate,
} from '../../../src/shared/translate.ts';
import { EN } from '../../../src/shared/translations/en.ts';

/** Starlight's translation function for a site whose `src/content/i18n/` holds `strings`. */
function createStarlight(strings: Record<string, string>): StarlightTranslate {
	return Object.assign((key: string) => strings[key] ?? key, { exists: (key: string) => key in strings });
}

describe('createTranslate', () => {
	it('gives Charter’s German and French wording of a string', () => {
		expect(createTranslate('de')('charter.section.alternatives-not-chosen')).toBe('Verworfene Alternativen');
		expect(createTranslate('fr')('charter.section.alternatives-not-chosen')).toBe('Alternatives écartées');
	});

	it('prefers the site’s own wording, from Starlight’s translation system', () => {
		const t = createTranslate('de', createStarlight({ 'charter.nav.review': 'Zu prüfen' }));
		expect(t('charter.nav.review')).toBe('Zu prüfen');
		expect(t('charter.nav.catalog')).toBe('Katalog');
	});

	it('falls back to the language without its region, then to English', () => {
		expect(createTranslate('de-CH')('charter.nav.catalog')).toBe('Katalog');
		expect(createTranslate('it')('charter.nav.catalog')).toBe('Catalog');
	});

	it('chooses the plural form for the count and groups its digits as the language does', () => {
		expect(createTranslate('en')('charter.count.practice', { count: 1 })).toBe('1 practice');
		expect(createTranslate('en')('charter.count.practice', { count: 3000 })).toBe('3,000 practices');
		expect(createTranslate('de')('charter.count.practice', { count: 3000 })).toBe('3.000 Praktiken');
		// French counts 0 in the singular.
		expect(createTranslate('fr')('charter.count.record', { count: 0 })).toBe('0 fiche');
	});

	it('uses a plural form the site adds for its language, such as Polish “few”', () => {
		const t = createTranslate(
			'pl',
			createStarlight({ 'charter.count.record_one': '{{count}} wpis', 'charter.count.record_few': '{{count}} wpisy' }),
		);
		expect([t('charter.count.record', { count: 1 }), t('charter.count.record', { count: 3 })]).toEqual([
			'1 wpis',
			'3 wpisy',
		]);
	});

	it('asks Starlight for each string once per language, however many pages and components use it', () => {
		const dictionary = { 'charter.nav.review': 'Zu prüfen' };
		const asked: string[] = [];
		const starlight = Object.assign(
			(key: string) => {
				asked.push(key);
				return dictionary[key as keyof typeof dictionary] ?? key;
			},
			{ exists: (key: string) => key in dictionary, all: () => dictionary },
		);
		for (let page = 0; page < 3; page++) {
			const t = createTranslate('de', starlight);
			expect([t('charter.nav.review'), t('charter.nav.catalog')]).toEqual(['Zu prüfen', 'Katalog']);
		}
		expect(asked).toEqual(['charter.nav.review']);
	});

	it('leaves the placeholders it has no value for, for markup to fill', () => {
		expect(createTranslate('en')('charter.alias.moved', { alias: 'old-id' })).toBe(
			'The practice “old-id” has a new address: {{link}}.',
		);
	});
});

describe('the translation tables', () => {
	it('give every language every key of the English table, with the same placeholders', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
		for (const [lang, strings] of Object.entries(CHARTER_TRANSLATIONS)) {
			expect(Object.keys(strings).sort(), lang).toEqual(Object.keys(EN).sort());
			for (const [key, english] of Object.entries(EN)) {
				expect(placeholders(strings[key as keyof typeof EN]), `${lang} ${key}`).toEqual(placeholders(english));
			}
		}
	});
});

describe('splitTemplate', () => {
	it('splits a string into its text and its placeholders, in order', () => {
		expect(splitTemplate('Cited by {{records}}.')).toEqual([{ text: 'Cited by ' }, { slot: 'records' }, { text: '.' }]);
	});
});

describe('getListSeparators', () => {
	it('says what goes between the links of a list in the language', () => {
		expect(getListSeparators(3, 'en')).toEqual(['', ', ', ', and ']);
		expect(getListSeparators(3, 'de')).toEqual(['', ', ', ' und ']);
		expect(getListSeparators(1, 'fr')).toEqual(['']);
	});
});
