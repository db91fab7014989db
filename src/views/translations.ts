import type { GitHistory } from '../shared/git-history.ts';

/** The folder, under a locale's folder, that holds the translations of records: `content/de/practices/`. */
const TRANSLATIONS_DIR = 'practices';

/**
 * The record that a page in a locale folder translates, by Starlight's convention that a translation
 * has the same path in its locale's folder: the page `de/practices/x` translates the record `x`.
 */
export function getTranslatedRecord(
	pageId: string,
	locales: readonly string[],
): { locale: string; recordId: string } | undefined {
	const [locale, dir, recordId, ...rest] = pageId.split('/');
	if (rest.length > 0 || dir !== TRANSLATIONS_DIR || !locale || !recordId || !locales.includes(locale))
		return undefined;
	return { locale, recordId };
}

/** The id of the page that translates the record `recordId` into `locale`. */
export function getTranslationPageId(locale: string, recordId: string): string {
	return `${locale}/${TRANSLATIONS_DIR}/${recordId}`;
}

/** The folders that hold translations of records, for the git history to read. */
export function getTranslationDirs(locales: readonly string[]): string[] {
	return locales.map((locale) => `content/${locale}/${TRANSLATIONS_DIR}`);
}

/**
 * Whether a translation is behind its source record, from git: the source has a commit newer than
 * the translation's newest. Returns both days when it is, `undefined` when it is not or git does not know.
 */
export function getOutdatedTranslation(
	history: GitHistory | undefined,
	sourceFile: string,
	translationFile: string,
): { translated: string; changed: string } | undefined {
	const newest = (file: string) => history?.files[file.split('\\').join('/')]?.[0]?.date;
	const changed = newest(sourceFile);
	const translated = newest(translationFile);
	if (!changed || !translated || Date.parse(changed) <= Date.parse(translated)) return undefined;
	return { translated: translated.slice(0, 10), changed: changed.slice(0, 10) };
}
