import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, inject, test } from 'vitest';
import { checkPlaybook } from '../../src/check/check-playbook.ts';
import { NEIGHBOURHOOD_LIMIT } from '../../src/views/map-neighbourhood.ts';
import { REPO_ROOT } from '../helpers/astro.ts';

const dist = inject('sampleDist');
const PILLARS = ['product-thinking', 'outcomes', 'ownership', 'delivery'];
const { records } = checkPlaybook(REPO_ROOT, { pillars: PILLARS });
const read = (path: string) => parseDocument(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const find = (root: ReturnType<typeof read> | Element, test: (element: Element) => boolean) =>
	DomUtils.findAll(
		test,
		[root].flatMap((node) => ('children' in node ? node.children : [])),
	);
const hrefs = (elements: Element[]) => elements.map((element) => element.attribs.href!);
/** The links inside the page's map pictures, and the picture elements themselves. */
function getPictures(path: string) {
	const document = read(path);
	const pictures = find(document, (element) => element.name === 'svg' && element.attribs.role === 'group');
	const links = pictures.flatMap((svg) => find(svg, (element) => element.name === 'a'));
	return { document, pictures, links };
}
const recordUrl = (id: string) => `/practices/${id}/`;

describe('the map of the sample playbook', () => {
	test('draws every record once, each a link to its page, in a frame per pillar that links the pillar map', () => {
		const { pictures, links } = getPictures('map');
		expect(pictures).toHaveLength(1);
		expect(pictures[0]!.attribs['aria-label']).toBe('Map of the records and how they relate');
		const recordLinks = hrefs(links).filter((href) => href.startsWith('/practices/'));
		expect(recordLinks.sort()).toEqual(records.map((record) => recordUrl(record.id)).sort());
		expect(hrefs(links).filter((href) => href.startsWith('/map/'))).toEqual(PILLARS.map((id) => `/map/${id}/`));
		for (const href of hrefs(links)) expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
	});

	test('names each record with its title and status, and shows the status by its class', () => {
		const { links } = getPictures('map');
		const velocity = links.find((link) => link.attribs.href === recordUrl('measure-teams-on-velocity'))!;
		expect(velocity.attribs.class).toBe('rejected');
		expect(DomUtils.textContent(find(velocity, (element) => element.name === 'title'))).toBe(
			'Measure teams on velocity (Rejected)',
		);
	});

	test('draws supersede arrows and related lines, and a legend for each status and line', () => {
		const { document, pictures } = getPictures('map');
		const paths = find(pictures[0]!, (element) => element.name === 'path').map((path) => path.attribs.class);
		expect(paths).toContain('charter-map__edge supersedes');
		expect(paths).toContain('charter-map__edge related');
		const legend = find(document, (element) => element.attribs.class === 'charter-map-legend')[0]!;
		expect(DomUtils.textContent(legend).replace(/\s+/g, ' ')).toMatchInlineSnapshot(
			`"LegendProposedAcceptedDeprecatedSupersededRejectedSupersedes (the arrow points at the older record)Related"`,
		);
	});

	test('lists, as text, every relation the picture draws', () => {
		const { document } = getPictures('map');
		const lists = find(document, (element) => element.attribs.class === 'charter-map-list');
		const listed = hrefs(lists.flatMap((list) => find(list, (element) => element.name === 'a')));
		for (const record of records) {
			expect(listed, record.id).toContain(recordUrl(record.id));
			for (const target of [...record.data.supersedes, ...record.data.related]) {
				const id = records.find((other) => other.id === target || other.data.aliases.includes(target))!.id;
				expect(listed, `${record.id} → ${id}`).toContain(recordUrl(id));
			}
		}
	});

	test.each(PILLARS)('has a map of the pillar %s with exactly its records', (pillar) => {
		const { links } = getPictures(`map/${pillar}`);
		const own = records.filter((record) => record.data.pillar === pillar).map((record) => recordUrl(record.id));
		expect(hrefs(links).sort()).toEqual(own.sort());
	});
});

describe('the neighbourhood on a record page', () => {
	test('draws the record, unlinked, and links each record it supersedes, relates to or is named by', () => {
		const { document, pictures, links } = getPictures('practices/fund-long-lived-product-teams');
		expect(pictures).toHaveLength(1);
		expect(pictures[0]!.attribs['aria-label']).toBe('How this record relates to others');
		const record = records.find((candidate) => candidate.id === 'fund-long-lived-product-teams')!;
		const named = [...record.data.supersedes, ...record.data.related].map(recordUrl);
		const drawn = hrefs(links);
		expect(drawn).not.toContain(recordUrl(record.id));
		expect(drawn.length).toBeLessThanOrEqual(2 * NEIGHBOURHOOD_LIMIT);
		for (const href of named.slice(0, NEIGHBOURHOOD_LIMIT)) expect(drawn).toContain(href);
		const caption = find(document, (element) => element.name === 'figcaption')[0]!;
		expect(hrefs(find(caption, (element) => element.name === 'a'))).toEqual(['/map/delivery/']);
	});

	test('is left out of search and of a record page that names no record and that none names', () => {
		const html = readFileSync(join(dist, 'practices/fund-long-lived-product-teams/index.html'), 'utf8');
		expect(html).toMatch(/<div class="charter-map__scroll" data-pagefind-ignore/);
		const alone = records.filter(
			(record) =>
				record.data.related.length === 0 &&
				record.data.supersedes.length === 0 &&
				!records.some((other) => [...other.data.related, ...other.data.supersedes].includes(record.id)),
		);
		for (const record of alone) expect(getPictures(`practices/${record.id}`).pictures).toEqual([]);
	});
});
