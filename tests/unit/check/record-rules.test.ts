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

	it('reports every required field that is missing as required, with what to write', () => {
		expect(check('sources:\n  - url: https://example.com\nalternatives:\n  - {}\njustification:\n  - sources: []\n'))
			.toMatchInlineSnapshot(`
				[
				  "content/practices/a.md:2:1 error title is required → add \`title:\` with the title of the practice",
				  "content/practices/a.md:2:1 error summary is required → add \`summary:\` with one plain sentence summarizing the practice",
				  "content/practices/a.md:2:1 error pillar is required → add \`pillar:\` and use the id of a configured pillar, like pillar: outcomes",
				  "content/practices/a.md:2:1 error status is required → add \`status:\` with one of proposed, accepted, deprecated, superseded, rejected",
				  "content/practices/a.md:2:1 error owners is required → add \`owners:\` with a list of team or person handles, like [product-leadership]",
				  "content/practices/a.md:7:5 error justification[0].claim is required → add \`claim:\` with one sentence stating the reason",
				  "content/practices/a.md:5:5 error alternatives[0].option is required → add \`option:\` with the option that was considered",
				  "content/practices/a.md:5:5 error alternatives[0].reason is required → add \`reason:\` with why the option was not chosen",
				  "content/practices/a.md:3:5 error sources[0].id is required → add \`id:\` and use a kebab-case id, like ries-lean",
				  "content/practices/a.md:3:5 error sources[0].title is required → add \`title:\` with the title of the source",
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
