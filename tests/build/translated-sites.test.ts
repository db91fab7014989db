import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, copyFixtureSite, createTempDir, removeDir, REPO_ROOT } from '../helpers/astro.ts';
import { createScriptedRepository } from '../helpers/git-repo.ts';
import { closePage, findAccessibilityViolations, launchBrowser, openPage, serveSite } from '../helpers/browser.ts';
import { DE } from '../../src/shared/translations/de.ts';
import { EN, type CharterStrings } from '../../src/shared/translations/en.ts';
import { FR } from '../../src/shared/translations/fr.ts';

// Two small playbooks in other languages: German as Starlight's root locale, and French as the
// `defaultLocale` of a site with a German locale beside it.
const SITES = {
	de: { fixture: 'german-site', strings: DE },
	fr: { fixture: 'french-site', strings: FR },
} as const;
const outDirs: Record<string, string> = {};
const builds: Record<string, ReturnType<typeof runAstro>> = {};

beforeAll(() => {
	for (const [lang, { fixture }] of Object.entries(SITES)) {
		outDirs[lang] = createTempDir(`${fixture}`);
		builds[lang] = runAstro(['build', '--root', join(REPO_ROOT, 'tests/fixtures', fixture), '--outDir', outDirs[lang]]);
	}
});

afterAll(() => Object.values(outDirs).forEach(removeDir));

const listPages = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => file.endsWith('.html') || file.endsWith('.xml'))
		.filter((file) => !file.startsWith('sitemap'))
		.sort();
const read = (lang: string, file: string) => readFileSync(join(outDirs[lang]!, file), 'utf8');

/** What a reader sees of a page: its text, and the labels, titles and descriptions in its attributes. */
function getReaderText(source: string): string {
	// Commit titles in a record's history are the repository's words, not Charter's.
	const page = source
		.replace(/<(script|style)\b[^]*?<\/\1>/g, ' ')
		.replace(/<span class="charter-history__commit">[^]*?<\/span>/g, ' ');
	const attributes = [...page.matchAll(/\b(?:aria-label|title|alt|content|placeholder)="([^"]*)"/g)].map((m) => m[1]);
	const text = page.replace(/<!\[CDATA\[|\]\]>/g, ' ').replace(/<[^>]+>/g, ' ');
	return decode([text, ...attributes].join(' ')).replace(/\s+/g, ' ');
}

function decode(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/**
 * The English interface strings a page in `strings`' language must not show: the pieces of each
 * English string between its placeholders that the translation words differently, leaving out
 * pieces without a word of four letters and pieces the translation uses too ("Source" in French,
 * "Playbook" in German).
 */
function getEnglishFragments(strings: CharterStrings): string[] {
	const translated = Object.values(strings).join('\n').toLowerCase();
	const fragments = Object.entries(EN)
		.filter(([key, english]) => strings[key as keyof CharterStrings] !== english)
		.flatMap(([, english]) => english.split(/\{\{\s*\w+\s*\}\}/))
		.map((piece) =>
			piece
				.trim()
				.replace(/^[,.:;()“”]+|[,.:;()“”]+$/g, '')
				.trim(),
		)
		.filter((piece) => /\p{L}{4}/u.test(piece) && !translated.includes(piece.toLowerCase()));
	return [...new Set(fragments)];
}

describe.each(Object.entries(SITES))('a playbook in %s', (lang, { strings }) => {
	it('builds', () => {
		expect(builds[lang]!.status, builds[lang]!.output).toBe(0);
	});

	it('shows no English interface string on any page or feed', () => {
		const english = getEnglishFragments(strings);
		// The check itself finds something to look for: the headings readers asked about.
		expect(english).toEqual(expect.arrayContaining(['Alternatives not chosen', 'Due for review', 'Page not found']));
		const found = listPages(outDirs[lang]!).flatMap((file) => {
			const text = getReaderText(read(lang, file));
			return english.filter((fragment) => text.includes(fragment)).map((fragment) => `${file}: “${fragment}”`);
		});
		expect(found).toEqual([]);
	});

	it('marks every page with the language it is written in', () => {
		const pages = listPages(outDirs[lang]!).filter((file) => file.endsWith('.html'));
		const languages = pages.map((file) => `${file}: ${/<html[^>]*\blang="([^"]+)"/.exec(read(lang, file))?.[1]}`);
		// The French site's German locale has its own pages, under /de/.
		expect(languages).toEqual(pages.map((file) => `${file}: ${file.startsWith('de/') ? 'de' : lang}`));
	});
});

describe('a playbook whose root locale is German', () => {
	it('writes dates as German readers do, and shows the site’s own wording of a string', () => {
		const text = getReaderText(read('de', 'practices/kontinuierliche-entdeckung/index.html'));
		expect(text).toContain('Entschieden 15. Januar 2025');
		expect(text).toContain('Diese Praxis wurde zuletzt am 1. Februar 2025 überprüft.');
		// src/content/i18n/de.json overrides Charter's "Verworfene Alternativen".
		expect(text).toContain('Was wir verworfen haben');
		expect(text).not.toContain(DE['charter.section.alternatives-not-chosen']);
	});

	it('draws its maps and a record’s neighbourhood in German, status names included', () => {
		// The check for English strings reads every page; these are the map's pages it reads.
		expect(listPages(outDirs['de']!)).toEqual(
			expect.arrayContaining(['map/index.html', 'map/entdeckung/index.html', 'map/betrieb/index.html']),
		);
		const map = getReaderText(read('de', 'map/index.html'));
		expect(map).toContain('Karte des Playbooks');
		expect(map).toContain('Legende Vorgeschlagen Angenommen Auslaufend Abgelöst Abgelehnt Löst ab');
		expect(map).toContain('Kontinuierliche Produktentdeckung (Angenommen)');
		expect(map).toContain('löst Jährliche Forschungsphase ab');
		expect(getReaderText(read('de', 'map/entdeckung/index.html'))).toContain('Karte: Entdeckung');
		const record = getReaderText(read('de', 'practices/kontinuierliche-entdeckung/index.html'));
		expect(record).toContain('Wie dieser Eintrag mit anderen zusammenhängt');
		expect(record).toContain('Pfeile zeigen auf den abgelösten Eintrag. Karte der Säule');
	});

	it('titles its feeds in German', () => {
		expect(read('de', 'rss.xml')).toContain('<title>Playbook von Beispiel GmbH</title>');
		expect(read('de', 'changes.xml')).toContain('<title>Änderungen am Playbook von Beispiel GmbH</title>');
	});
});

describe('a playbook in French with a German locale beside it', () => {
	it('writes dates as French readers do', () => {
		const text = getReaderText(read('fr', 'practices/decouverte-continue/index.html'));
		expect(text).toContain('Décidée 15 janvier 2025');
		expect(text).toContain('Remplace Recherche annuelle');
	});

	it('labels Charter’s sidebar in the language of each page', () => {
		const sidebar = (file: string) => getReaderText(/<nav class="sidebar[^]*?<\/nav>/.exec(read('fr', file))![0]);
		expect(sidebar('fr/a-propos/index.html')).toContain('Catalogue Carte Journal des décisions Modifications À revoir');
		expect(sidebar('de/a-propos/index.html')).toContain(
			'Katalog Karte Entscheidungsprotokoll Änderungen Überprüfung fällig',
		);
	});
});

// In this file rather than tests/e2e, so that the German site is built once for both.
describe('the German playbook in a browser', () => {
	it('has no accessibility violation in light and dark theme and at phone width', async () => {
		const site = await serveSite(outDirs['de']!);
		const browser = await launchBrowser();
		try {
			const violations: string[] = [];
			// The pages with the most of Charter's strings: a record due for review, a superseded one, the catalog.
			const pages = ['practices/kontinuierliche-entdeckung/', 'practices/jaehrliche-forschungsphase/', 'practices/'];
			for (const [theme, viewport] of [
				['light', undefined],
				['dark', undefined],
				['light', { width: 390, height: 844 }],
			] as const) {
				for (const path of pages) {
					const page = await openPage(browser, theme, viewport);
					await page.goto(new URL(path, site.url).href);
					violations.push(...(await findAccessibilityViolations(page)).map((line) => `${path} ${theme}: ${line}`));
					await closePage(page);
				}
			}
			expect(violations).toEqual([]);
		} finally {
			await browser.close();
			await site.close();
		}
	}, 300_000);
});

describe('a record kept in two languages', () => {
	let root: string;
	let outDir: string;
	let build: ReturnType<typeof runAstro>;
	beforeAll(() => {
		// The French site in a repository of its own: the German translation of a record is committed,
		// then the French record changes.
		root = copyFixtureSite('french-site', 'translation');
		outDir = createTempDir('translation');
		const repo = createScriptedRepository(root);
		repo.commit('Add the playbook and its German translation', '2026-01-05T09:00:00+00:00');
		repo.edit('content/practices/decouverte-continue.md', 'au moins un entretien', 'au moins deux entretiens');
		repo.commit('Two interviews a week', '2026-02-10T09:00:00+00:00');
		build = runAstro(['build', '--root', root, '--outDir', outDir]);
	});
	afterAll(() => {
		removeDir(root);
		removeDir(outDir);
	});
	const readOut = (file: string) => getReaderText(readFileSync(join(outDir, file), 'utf8'));

	it('links the record to its translation', () => {
		expect(build.status, build.output).toBe(0);
		expect(readFileSync(join(outDir, 'practices/decouverte-continue/index.html'), 'utf8')).toContain(
			'Traductions : <a href="/de/practices/decouverte-continue/" hreflang="de" lang="de">Deutsch</a>',
		);
	});

	it('says on the translation which record it translates, and that the record changed since', () => {
		expect(readOut('de/practices/decouverte-continue/index.html')).toContain(
			'Dies ist eine Übersetzung von Découverte continue . Das Original wurde geändert, seit diese Übersetzung entstand (übersetzt 5. Januar 2026, Original geändert 10. Februar 2026).',
		);
	});
});
