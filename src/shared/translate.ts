import { DE } from './translations/de.ts';
import { EN, type CharterStringKey, type CharterStrings } from './translations/en.ts';
import { FR } from './translations/fr.ts';

/** The tables Charter ships, by language tag; the plugin hands them to Starlight's translation system. */
export const CHARTER_TRANSLATIONS: Readonly<Record<string, CharterStrings>> = { en: EN, de: DE, fr: FR };

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<Key> = Key extends `${infer Base}_${PluralForm}` ? Base : Key;

/** A string's key as code asks for it: a plural without its `_one` / `_other` ending. */
export type CharterKey = BaseKey<CharterStringKey>;

/** The values a string's `{{name}}` placeholders are filled with; `count` also picks a plural form. */
export type TranslationValues = Readonly<Record<string, string | number>>;

/**
 * A page's strings in its language. Placeholders without a value stay in the text, for
 * `Message.astro` to fill with markup (a link, a `<time>`).
 */
export interface Translate {
	(key: CharterKey, values?: TranslationValues): string;
	/** The page's language tag (BCP 47), for dates, numbers and lists. */
	readonly lang: string;
}

/**
 * What Charter uses of Starlight's translation function (`Astro.locals.t`, or `useTranslations(lang)`
 * in a plugin hook). Typed loosely: Starlight types its keys from the site's generated types.
 */
export type StarlightTranslate = ((key: never) => unknown) & {
	exists: (key: never) => boolean;
	all?: () => object;
};

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * The strings of a page in `lang`. Each key is looked up in Starlight's translation system first,
 * which layers the site's own overrides (`src/content/i18n/<lang>.json`) over the tables Charter
 * injects; a language Charter does not ship (or a region tag like `de-CH`, which Starlight does not
 * match to `de`) falls back to Charter's table for the language without its region, then English.
 */
export function createTranslate(lang: string, starlight?: StarlightTranslate): Translate {
	const shipped = CHARTER_TRANSLATIONS[lang] ?? CHARTER_TRANSLATIONS[lang.split('-')[0] ?? ''] ?? EN;
	const site = starlight as unknown as { (key: string): string; exists(key: string): boolean } | undefined;
	const found = getLookups(starlight);
	const lookup = (key: string): string | undefined => {
		if (found?.has(key)) return found.get(key);
		const template = site?.exists(key) ? String(site(key)) : (shipped as Record<string, string>)[key];
		found?.set(key, template);
		return template;
	};
	const { numbers, plurals } = getFormats(lang);
	const translate = (key: CharterKey, values: TranslationValues = {}): string => {
		const count = values['count'];
		const template =
			typeof count === 'number'
				? (lookup(`${key}_${plurals.select(count)}`) ?? lookup(`${key}_other`) ?? lookup(key))
				: lookup(key);
		return fillTemplate(template ?? (EN as Record<string, string>)[key] ?? key, values, numbers);
	};
	return Object.assign(translate, { lang });
}

// Starlight's strings for a language never change during a build, and asking i18next for each of a
// catalog's thousands of labels cost seconds: each language's answers are kept, keyed by its
// dictionary (the same object for every page in that language).
const lookups = new WeakMap<object, Map<string, string | undefined>>();
function getLookups(starlight: StarlightTranslate | undefined): Map<string, string | undefined> | undefined {
	const dictionary = starlight?.all?.();
	if (typeof dictionary !== 'object' || dictionary === null) return undefined;
	let found = lookups.get(dictionary);
	if (!found) {
		found = new Map();
		lookups.set(dictionary, found);
	}
	return found;
}

// Every component of every page makes its own Translate: the Intl objects are made once per language.
const formats = new Map<string, { numbers: Intl.NumberFormat; plurals: Intl.PluralRules }>();
function getFormats(lang: string) {
	let found = formats.get(lang);
	if (!found) {
		found = { numbers: new Intl.NumberFormat(lang), plurals: new Intl.PluralRules(lang) };
		formats.set(lang, found);
	}
	return found;
}

/** Fills a string's `{{name}}` placeholders that have a value; numbers are grouped for the language. */
export function fillTemplate(
	template: string,
	values: TranslationValues,
	numbers = new Intl.NumberFormat('en'),
): string {
	return template.replace(PLACEHOLDER, (placeholder, name: string) => {
		const value = values[name];
		if (value === undefined) return placeholder;
		return typeof value === 'number' ? numbers.format(value) : value;
	});
}

/**
 * A string split at its placeholders, for a component that puts markup in them: text parts and
 * `{ slot }` parts, in order.
 */
export function splitTemplate(template: string): ({ text: string } | { slot: string })[] {
	return template.split(/(\{\{\s*\w+\s*\}\})/).flatMap((part): ({ text: string } | { slot: string })[] => {
		if (part === '') return [];
		const slot = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
		return slot === undefined ? [{ text: part }] : [{ slot }];
	});
}

/** A list read as a sentence in `lang` ("A, B and C"), items joined by `Intl.ListFormat`. */
export function formatList(items: readonly string[], lang: string): string {
	return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/**
 * What goes between the items of a list of `length` links read as a sentence: `separators[i]` comes
 * before item `i` (the first is empty), so that a component can put a link in each item.
 */
export function getListSeparators(length: number, lang: string): string[] {
	const parts = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(
		Array.from({ length }, (_, index) => String(index)),
	);
	const separators: string[] = [];
	let pending = '';
	for (const part of parts) {
		if (part.type === 'literal') pending += part.value;
		else {
			separators.push(pending);
			pending = '';
		}
	}
	return separators;
}

/** Charter's strings in English, for code that has no page (the command line, tests). */
export const translateEnglish: Translate = createTranslate('en');
