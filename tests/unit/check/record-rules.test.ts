import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/check/frontmatter.ts';
import { checkRecordData, getValidFields } from '../../../src/check/record-rules.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const valid =
	'title: A record\nsummary: One sentence.\npillar: outcomes\nstatus: proposed\nowners: [product-leadership]\njustification:\n  - claim: A reason.\n';
const check = (frontmatter: string) =>
	describeProblems(
		checkRecordData('content/practices/a.md', parseFrontmatter(`---\n${frontmatter}---\n\nBody.\n`)!).problems,
	);

describe('checkRecordData', () => {
	it('accepts a valid record and returns its data', () => {
		const frontmatter = parseFrontmatter(`---\n${valid}---\n\nBody.\n`)!;
		expect(checkRecordData('content/practices/a.md', frontmatter)).toMatchObject({
			problems: [],
			data: { title: 'A record' },
		});
	});

	it('reports a missing title with what to add', () => {
		expect(check(valid.replace('title: A record\n', ''))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:2:1 error title is required → add \`title:\` with the title of the practice",
			]
		`);
	});

	it('reports an unknown key inside a justification entry with the keys an entry takes', () => {
		expect(check(`${valid}  - claim: Another reason.\n    sorces: [ries-lean]\n`)).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:10:5 error justification[1].sorces is not a field of this entry (did you mean "sources"?) → remove "sorces" or correct its spelling; known fields: claim, sources",
			]
		`);
	});

	it('reports a claim left out of a justification entry with what to add', () => {
		expect(check(valid.replace('  - claim: A reason.\n', '  - sources: []\n'))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:8:5 error justification[0].claim is required → add \`claim:\` with one sentence stating the reason",
			]
		`);
	});

	it('reports a tag that is not kebab-case with the tags field’s own fix', () => {
		expect(check(`${valid}tags: [Team Topology]\n`)).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:9:8 error tags[0] "Team Topology" is not kebab-case (lowercase letters, digits and single hyphens) → use lowercase words joined by hyphens, like tags: [team-topology]",
			]
		`);
	});

	it('reports a summary longer than 240 characters with the summary’s own fix', () => {
		expect(check(valid.replace('summary: One sentence.', `summary: ${'Long words. '.repeat(21)}`)))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:3:10 error summary is longer than 240 characters → write one plain sentence of at most 240 characters, on one line",
			]
		`);
	});
});

describe('getValidFields', () => {
	it('keeps the fields of an invalid record that are valid on their own, with empty lists for the missing ones', () => {
		expect(getValidFields({ title: 'A record', pillar: 'outcomes', status: 'maybe', related: ['b'] })).toEqual({
			title: 'A record',
			pillar: 'outcomes',
			related: ['b'],
			alternatives: [],
			sources: [],
			supersedes: [],
			amendments: [],
			aliases: [],
			tags: [],
		});
	});
});
