import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { checkPlaybook } from '../../src/check/check-playbook.ts';
import { REPO_ROOT } from '../helpers/astro.ts';

const dist = inject('sampleDist');
const { records } = checkPlaybook(REPO_ROOT, { pillars: ['product-thinking', 'outcomes', 'ownership', 'delivery'] });
const pageOf = (id: string) => readFileSync(join(dist, 'practices', id, 'index.html'), 'utf8');
/** The text of the page's main content, with tags removed and whitespace collapsed. */
const textOf = (html: string) =>
	(html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe('the built sample playbook', () => {
	test('has a page for every record and for each old id of a renamed record, and no other practice page', () => {
		const built = readdirSync(join(dist, 'practices'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		const aliases = records.flatMap((record) => record.data.aliases);
		expect(aliases).toEqual(['ownership-vs-influence']);
		expect(built.sort()).toEqual([...records.map((record) => record.id), ...aliases].sort());
		expect(records.length).toBeGreaterThanOrEqual(12);
	});

	test.each(records.map((record) => [record.id, record] as const))('renders every section of %s', (id, record) => {
		const html = pageOf(id);
		const text = textOf(html);
		const { data } = record;
		expect(html).toContain(`<h1 id="_top"`);
		expect(text).toContain(data.title);
		expect(text).toContain(data.summary);
		expect(text).toContain(data.status.charAt(0).toUpperCase() + data.status.slice(1));
		for (const owner of data.owners) expect(text).toContain(owner);
		if (data.decided) expect(html).toContain(`<time datetime="${data.decided}">`);
		expect(html).toContain('<h2 id="justification">Justification</h2>');
		for (const { claim } of data.justification) expect(text).toContain(claim);
		if (data.alternatives.length > 0) {
			expect(html).toContain('<h2 id="alternatives-not-chosen">Alternatives not chosen</h2>');
			for (const { option, reason } of data.alternatives) {
				expect(text).toContain(option);
				expect(text).toContain(reason);
			}
		}
		data.sources.forEach((source, index) => {
			expect(html).toContain(`id="source-${source.id}"`);
			if (source.url) expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
			const cited = [...data.justification, ...data.alternatives].some((item) => item.sources?.includes(source.id));
			if (cited) expect(html).toContain(`href="#source-${source.id}"`);
			expect(text).toContain(source.title);
			if (cited) expect(text).toContain(`[${index + 1}]`);
		});
		for (const related of data.related) expect(html).toContain(`href="/practices/${related}/"`);
		expect(html).toMatch(/data-pagefind-filter="status:/);
	});

	test('turns links written as record files into page addresses, in records and in other pages', () => {
		expect(pageOf('okrs-tie-work-to-outcomes')).toContain('<a href="/practices/output-vs-outcome/#definition">');
		const about = readFileSync(join(dist, 'about', 'index.html'), 'utf8');
		expect(about).toContain('<a href="/practices/products-not-projects/">Products, not projects</a>');
		expect(about).not.toContain('.mdx"');
	});

	test('shows a prominent "Superseded" banner linking to the record in force', () => {
		const html = pageOf('fund-technology-as-projects');
		expect(html).toMatch(/<aside[^>]*aria-label="Superseded"/);
		const banner = html.slice(
			html.indexOf('aria-label="Superseded"'),
			html.indexOf('</aside>', html.indexOf('aria-label="Superseded"')),
		);
		expect(banner).toContain('href="/practices/fund-long-lived-product-teams/"');
		expect(pageOf('fund-long-lived-product-teams')).toContain('<h2 id="supersedes">Supersedes</h2>');
	});

	test('lists the records that name a record under "Referenced by"', () => {
		const referencing = records.filter((record) => record.data.related.includes('output-vs-outcome'));
		expect(referencing.length).toBeGreaterThan(0);
		const html = pageOf('output-vs-outcome');
		const section = html.slice(html.indexOf('<h2 id="referenced-by">'));
		for (const record of referencing) expect(section).toContain(`href="/practices/${record.id}/"`);
	});

	test('introduces the playbook and links every pillar from the home page', () => {
		const html = readFileSync(join(dist, 'index.html'), 'utf8');
		expect(html).toContain('Northwind');
		for (const pillar of ['product-thinking', 'outcomes', 'ownership', 'delivery']) {
			expect(html).toContain(`href="/pillars/${pillar}/"`);
		}
	});

	test('gives every heading of a record body an anchor link, with its icon drawn by the style sheet', () => {
		const html = pageOf('products-not-projects');
		const links = [...html.matchAll(/<a class="sl-anchor-link" href="#([\w-]+)">([\s\S]*?)<\/a>/g)];
		expect(links.map(([, target]) => target)).toEqual(['definition', 'context', 'in-practice', 'signs-it-is-working']);
		for (const [, target, inner] of links) {
			expect(html).toContain(`id="${target}"`);
			expect(inner).toMatch(
				/^<span aria-hidden="true" class="sl-anchor-icon"><\/span><span class="sr-only"[^>]*>Section titled “[^”]+”<\/span>$/,
			);
		}
		const css = readdirSync(join(dist, '_astro'))
			.filter((file) => file.endsWith('.css'))
			.map((file) => readFileSync(join(dist, '_astro', file), 'utf8'))
			.join('');
		expect(css).toMatch(/\.sl-anchor-icon:empty:before\{[^}]*mask:url\("data:image\/svg\+xml/);
	});

	test('puts no style of a component it does not show on record pages', () => {
		// The home page's pillar cards once brought Starlight's <Card> styles to every page.
		for (const record of records) expect(pageOf(record.id)).not.toMatch(/<style>/);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('charter-pillar-cards');
	});
});
