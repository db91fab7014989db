import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/shared/translate.ts';
import { describeLeftOut, getNeighbourhood, NEIGHBOURHOOD_LIMIT } from '../../../src/views/map-neighbourhood.ts';

const record = (id: string) => ({ id, title: `Record ${id}`, status: 'accepted' as const });
const none = { supersedes: [], related: [], supersededBy: [], referencedBy: [], referencedByTotal: 0 };

describe('getNeighbourhood', () => {
	it('draws nothing for a record that names no record and that none names', () => {
		expect(getNeighbourhood({ record: record('alone'), ...none }, '/')).toBeUndefined();
	});

	it('puts the records naming this one on the left, this one in the middle without a link, those it names on the right, and a supersede over a relation', () => {
		const neighbourhood = getNeighbourhood(
			{
				...none,
				record: record('middle'),
				supersedes: [record('older')],
				related: [record('sibling'), record('newer')],
				supersededBy: [record('newer')],
				referencedBy: [record('newer'), record('fan'), record('sibling')],
				referencedByTotal: 3,
			},
			'/handbook/',
		)!;
		const x = (id: string) => neighbourhood.picture.nodes.find((node) => node.id === id)!.x;
		const centre = neighbourhood.picture.nodes[0]!;
		expect(centre).toMatchObject({ id: 'middle', url: undefined });
		expect([x('newer'), x('fan')]).toEqual([0, 0]);
		expect(x('older')).toBeGreaterThan(centre.x);
		expect(x('sibling')).toBeGreaterThan(centre.x);
		expect(neighbourhood.picture.nodes.map((node) => node.id)).toEqual(['middle', 'newer', 'fan', 'older', 'sibling']);
		expect(neighbourhood.picture.nodes[1]!.url).toBe('/handbook/practices/newer/');
		// Two related lines, then two supersede lines each with its arrowhead.
		expect(neighbourhood.picture.edges.map((edge) => [edge.kind, edge.path.split('M').length - 1])).toEqual([
			['related', 2],
			['supersedes', 4],
		]);
		expect([neighbourhood.moreBefore, neighbourhood.moreAfter]).toEqual([0, 0]);
	});

	it('draws at most a few records on each side and counts the rest', () => {
		const many = Array.from({ length: 9 }, (_, index) => record(`r${index}`));
		const neighbourhood = getNeighbourhood(
			{ ...none, record: record('hub'), related: many, referencedBy: many.slice(0, 2), referencedByTotal: 20 },
			'/',
		)!;
		expect(neighbourhood.picture.nodes).toHaveLength(1 + NEIGHBOURHOOD_LIMIT);
		expect(neighbourhood.moreAfter).toBe(9 - NEIGHBOURHOOD_LIMIT);
		expect(neighbourhood.moreBefore).toBe(18);
		expect(describeLeftOut(neighbourhood)).toMatchInlineSnapshot(
			`"18 more records name this one. It names 5 more records."`,
		);
		expect(describeLeftOut({ moreBefore: 1, moreAfter: 0 })).toMatchInlineSnapshot(`"1 more record names this one."`);
	});

	it('says how many records it leaves out, and names statuses in its tooltips, in the page’s language', () => {
		const de = createTranslate('de');
		expect(describeLeftOut({ moreBefore: 1, moreAfter: 3 }, de)).toMatchInlineSnapshot(
			`"1 weiterer Eintrag nennt diesen. Er nennt 3 weitere Einträge."`,
		);
		const neighbourhood = getNeighbourhood(
			{ ...none, record: record('middle'), related: [record('a rather long title that the box shortens')] },
			'/',
			de,
		)!;
		expect(neighbourhood.picture.nodes.map((node) => node.statusLabel)).toEqual(['Angenommen', 'Angenommen']);
	});
});
