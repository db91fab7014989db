import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { createTranslate, type StarlightTranslate } from '../shared/translate.ts';
import type { SidebarLabel } from '../views/sidebar.ts';

/** The languages of a site, from Starlight's `locales` and `defaultLocale`: its default, then the others. */
export interface SiteLanguages {
	/** The default locale's language tag: the language of Charter's pages. */
	defaultLang: string;
	/** The language tags of the other locales. */
	otherLangs: string[];
}

/** The site's locales other than the root one, by folder name, with their label and language tag. */
export function getLocaleFolders(
	config: Pick<StarlightUserConfig, 'locales'>,
): Record<string, { label: string; lang: string }> {
	return Object.fromEntries(
		Object.entries(config.locales ?? {})
			.filter(([locale]) => locale !== 'root')
			.map(([locale, value]) => [locale, { label: value?.label ?? locale, lang: value?.lang ?? locale }]),
	);
}

/** Reads the site's languages from Starlight's config as the site wrote it. */
export function getSiteLanguages(config: Pick<StarlightUserConfig, 'locales' | 'defaultLocale'>): SiteLanguages {
	const locales = config.locales ?? {};
	const langOf = (locale: string) => locales[locale]?.lang ?? (locale === 'root' ? 'en' : locale);
	const defaultLocale = locales['root'] ? 'root' : (config.defaultLocale ?? Object.keys(locales)[0]);
	const defaultLang = defaultLocale === undefined ? 'en' : langOf(defaultLocale);
	const otherLangs = Object.keys(locales)
		.map(langOf)
		.filter((lang) => lang !== defaultLang);
	return { defaultLang, otherLangs };
}

/**
 * The sidebar's labels: in the default language, with `translations` for the site's other
 * languages, each looked up through Starlight (so the site's `src/content/i18n/` overrides count).
 */
export function createSidebarLabel(
	languages: SiteLanguages,
	useTranslations: (lang: string) => StarlightTranslate,
): SidebarLabel {
	const main = createTranslate(languages.defaultLang, useTranslations(languages.defaultLang));
	const others = languages.otherLangs.map((lang) => createTranslate(lang, useTranslations(lang)));
	return (key, values) => ({
		label: main(key, values),
		...(others.length > 0 ? { translations: Object.fromEntries(others.map((t) => [t.lang, t(key, values)])) } : {}),
	});
}
