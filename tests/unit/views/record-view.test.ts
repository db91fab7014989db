import { describe, expect, it } from 'vitest';
import { getReferencedByPages, getRecordView, REFERENCED_BY_LIMIT } from '../../../src/views/record-view.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const OPTIONS = { repository: undefined };

/** A hub record and `count` records that name it as related, titled so they sort by number. */
function makeHubPlaybook(count: number) {
	const hub = makeRecord('hub', { title: 'Products, not projects' });
	const spokes = Array.from({ length: count }, (_, index) => {
		const number = String(index + 1).padStart(3, '0');
		return makeRecord(`spoke-${number}`, { title: `Spoke ${number}`, related: ['hub'] });
	});
	return makePlaybook([hub, ...spokes]);
}

describe('"Referenced by" on a record page', () => {
	it('lists every record that references it while there are at most the limit', () => {
		const view = getRecordView(makeHubPlaybook(REFERENCED_BY_LIMIT), 'hub', OPTIONS, '/', 'hub.mdx');
		expect(view.referencedBy).toHaveLength(REFERENCED_BY_LIMIT);
		expect(view.referencedByTotal).toBe(REFERENCED_BY_LIMIT);
		expect(view.referencedByAllUrl).toBeUndefined();
	});

	it('lists the first records by title and links a page with all of them past the limit', () => {
		const view = getRecordView(makeHubPlaybook(45), 'hub', OPTIONS, '/handbook/', 'hub.mdx');
		expect(view.referencedBy).toHaveLength(REFERENCED_BY_LIMIT);
		expect(view.referencedBy[0]?.title).toBe('Spoke 001');
		expect(view.referencedBy.at(-1)?.title).toBe(`Spoke ${String(REFERENCED_BY_LIMIT).padStart(3, '0')}`);
		expect(view.referencedByTotal).toBe(45);
		expect(view.referencedByAllUrl).toBe('/handbook/practices/hub/referenced-by/');
	});

	it('makes a page of all back-links only for records past the limit', () => {
		const pages = getReferencedByPages(makeHubPlaybook(45), '/handbook/');
		expect(pages.map((page) => page.record.url)).toEqual(['/handbook/practices/hub/']);
		expect(pages[0]?.links).toHaveLength(45);
		expect(pages[0]?.links.at(-1)?.url).toBe('/handbook/practices/spoke-045/');
		expect(getReferencedByPages(makeHubPlaybook(REFERENCED_BY_LIMIT), '/')).toEqual([]);
	});
});
