import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../src/views/catalog.ts';
import { getPillarPrintPages, getPrintGroups, getPrintHeadings, scopeHtmlFragment } from '../../../src/views/print.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

describe('scopeHtmlFragment', () => {
	it('prefixes ids and the in-page links and labels that point at them', () => {
		const html =
			'<section aria-labelledby="sources"><h2 id="sources">Sources</h2><ol><li id="source-torres">Torres</li></ol></section>' +
			'<p>Claim<sup><a href="#source-torres">[1]</a></sup> <a href="/practices/other/">Other</a> <a href="https://example.com/#x">Web</a></p>' +
			'<label for="q">Q</label>';
		expect(scopeHtmlFragment(html, { prefix: 'weekly', shift: 0 })).toBe(
			'<section aria-labelledby="weekly--sources"><h2 id="weekly--sources">Sources</h2><ol><li id="weekly--source-torres">Torres</li></ol></section>' +
				'<p>Claim<sup><a href="#weekly--source-torres">[1]</a></sup> <a href="/practices/other/">Other</a> <a href="https://example.com/#x">Web</a></p>' +
				'<label for="weekly--q">Q</label>',
		);
	});

	it("moves headings down so they nest under the record's title, never past h6", () => {
		const html =
			'<div class="sl-heading-wrapper level-h2"><h2 id="definition">Definition</h2></div><h3>Detail</h3><h5 class="x">Deep</h5><header>kept</header>';
		expect(scopeHtmlFragment(html, { prefix: 'r', shift: 2 })).toBe(
			'<div class="sl-heading-wrapper level-h4"><h4 id="r--definition">Definition</h4></div><h5>Detail</h5><h6 class="x">Deep</h6><header>kept</header>',
		);
	});

	it('prefixes every id of a list of referenced ids', () => {
		expect(scopeHtmlFragment('<div aria-describedby="a b"></div>', { prefix: 'r', shift: 0 })).toBe(
			'<div aria-describedby="r--a r--b"></div>',
		);
	});

	it("names each section after the record's title too, so repeated sections stay distinguishable", () => {
		const html =
			'<section class="charter-section" aria-labelledby="justification"><h2 id="justification">Justification</h2></section>';
		expect(scopeHtmlFragment(html, { prefix: 'weekly', shift: 2, titleId: 'record-weekly' })).toBe(
			'<section class="charter-section" aria-labelledby="record-weekly weekly--justification"><h4 id="weekly--justification">Justification</h4></section>',
		);
	});
});

describe('print pages of a large playbook', () => {
	const records = [
		makeRecord('weekly-interviews', { title: 'Weekly interviews', pillar: 'discovery' }),
		makeRecord('prototype-first', { title: 'Prototype first', pillar: 'discovery' }),
		makeRecord('platform-as-product', { title: 'Platform as product', pillar: 'platform' }),
	];
	const playbook = makePlaybook(records);

	it('keeps the whole playbook on one print page up to the limit', () => {
		expect(getPillarPrintPages(playbook, { printRecordLimit: 3 }, '/')).toEqual([]);
	});

	it('gives each pillar a print page of its own above the limit, in the configured order', () => {
		const pages = getPillarPrintPages(playbook, { printRecordLimit: 2 }, '/handbook/');
		expect(pages.map(({ pillar, url, count }) => [pillar.id, url, count])).toEqual([
			['platform', '/handbook/print/platform/', 1],
			['discovery', '/handbook/print/discovery/', 2],
		]);
	});

	it('renders each record of a pillar once, and lists pillars and records as the contents', async () => {
		const rendered: string[] = [];
		const catalog = getCatalog(playbook, '/').filter((group) => group.pillar.id === 'discovery');
		const groups = await getPrintGroups(catalog, records, playbook, { repository: undefined }, '/', async (entry) => {
			rendered.push(entry.id);
			return `body of ${entry.id}`;
		});
		expect(rendered.sort()).toEqual(['prototype-first', 'weekly-interviews']);
		expect(groups[0]?.records.map((record) => [record.row.title, record.view.pillar.id, record.Content])).toEqual([
			['Prototype first', 'discovery', 'body of prototype-first'],
			['Weekly interviews', 'discovery', 'body of weekly-interviews'],
		]);
		expect(getPrintHeadings(groups)).toEqual([
			{ depth: 2, slug: 'pillar-discovery', text: 'Discovery' },
			{ depth: 3, slug: 'record-prototype-first', text: 'Prototype first' },
			{ depth: 3, slug: 'record-weekly-interviews', text: 'Weekly interviews' },
		]);
	});
});
