import { describe, expect, it } from 'vitest';
import { createSidebarLabel, getSiteLanguages } from '../../../src/integration/languages.ts';
import { getSidebar } from '../../../src/views/sidebar.ts';

const noOverrides = () => Object.assign(() => '', { exists: () => false });

describe('getSiteLanguages', () => {
	it('reads English for a site without locales', () => {
		expect(getSiteLanguages({})).toEqual({ defaultLang: 'en', otherLangs: [] });
	});

	it('reads the language of a root locale', () => {
		expect(getSiteLanguages({ locales: { root: { label: 'Deutsch', lang: 'de' } } })).toEqual({
			defaultLang: 'de',
			otherLangs: [],
		});
	});

	it('reads the default locale and the others, by their language tags', () => {
		const locales = { fr: { label: 'Français' }, de: { label: 'Deutsch', lang: 'de-CH' } };
		expect(getSiteLanguages({ defaultLocale: 'fr', locales })).toEqual({ defaultLang: 'fr', otherLangs: ['de-CH'] });
	});
});

describe('createSidebarLabel', () => {
	it('labels Charter’s sidebar in the default language, with the other languages as translations', () => {
		const label = createSidebarLabel({ defaultLang: 'fr', otherLangs: ['de'] }, noOverrides);
		const [browse] = getSidebar(
			{ pillars: [{ id: 'a', label: 'A', description: '' }], sidebarRecordLimit: 10 },
			[],
			[],
			label,
		);
		expect(browse).toMatchObject({
			label: 'Parcourir',
			translations: { de: 'Übersicht' },
			items: expect.arrayContaining([
				{ label: 'À revoir', translations: { de: 'Überprüfung fällig' }, link: '/review/' },
			]),
		});
	});
});
