import { describe, expect, test } from 'vitest';
import { checkRecords } from '../../../src/check/check-playbook.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';
import { recordSchema } from '../../../src/schemas/record.ts';

const COMPLETE = `---
title: Output vs outcome
summary: Teams are judged by the change they cause for users, not by the features they ship.
pillar: outcomes
status: accepted
decided: 2025-03-14
reviewed: 2026-01-10
owners: [product-leadership]
tags: [metrics, okrs]
justification:
  - claim: Shipping a feature says nothing about whether anyone is better off.
    sources: [malhotra]
alternatives:
  - option: Count delivered features per quarter
    reason: It rewards activity over results.
    sources: [malhotra]
sources:
  - id: malhotra
    title: Cancel Your Next Project
    url: https://example.org/cancel-your-next-project
    author: Rakesh Malhotra
    publisher: Nuvalence
    published: 2022-05-01
related: []
supersedes: []
---

## Definition

Body.
`;

/** Checks one record file whose frontmatter is the complete record with `change` applied to its text. */
function reportFor(change: (source: string) => string, file = 'content/practices/output-vs-outcome.mdx'): string {
	return formatProblems(checkRecords([{ file, source: change(COMPLETE) }], { pillars: ['outcomes'] }).problems);
}

describe('the record schema', () => {
	test('accepts a complete record and applies its defaults', () => {
		const result = checkRecords([{ file: 'content/practices/output-vs-outcome.mdx', source: COMPLETE }], {
			pillars: ['outcomes'],
		});
		expect(result.problems).toEqual([]);
		expect(result.records[0]?.data).toMatchObject({ decided: '2025-03-14', tags: ['metrics', 'okrs'] });
		const minimal = recordSchema.parse({
			title: 'T',
			summary: 'S.',
			pillar: 'outcomes',
			status: 'proposed',
			owners: ['a'],
			justification: [{ claim: 'C.' }],
		});
		expect(minimal).toMatchObject({ alternatives: [], sources: [], related: [], supersedes: [], tags: [] });
	});

	test('turns a Date from a YAML parser into the same YYYY-MM-DD string', () => {
		const parsed = recordSchema.parse({
			title: 'T',
			summary: 'S.',
			pillar: 'outcomes',
			status: 'rejected',
			decided: new Date('2024-02-29T00:00:00Z'),
			owners: ['a'],
			justification: [{ claim: 'C.' }],
		});
		expect(parsed.decided).toBe('2024-02-29');
	});

	test('reports a missing title as required', () => {
		expect(reportFor((s) => s.replace('title: Output vs outcome\n', ''))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:2:1  title is required
			    → add \`title:\` with the title of the practice

			1 error in 1 file."
		`);
	});

	test('reports a summary longer than 240 characters', () => {
		expect(reportFor((s) => s.replace(/^summary: .*$/m, `summary: ${'word '.repeat(60)}`))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:3:10  summary is longer than 240 characters
			    → write one plain sentence of at most 240 characters, on one line

			1 error in 1 file."
		`);
	});

	test('reports a misspelled status with the closest status', () => {
		expect(reportFor((s) => s.replace('status: accepted', 'status: acepted'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:5:9  status is "acepted", which is not a status (did you mean "accepted"?)
			    → use one of proposed, accepted, deprecated, superseded, rejected

			1 error in 1 file."
		`);
	});

	test('reports a missing decided date on an accepted record', () => {
		expect(reportFor((s) => s.replace('decided: 2025-03-14\n', ''))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:2:1  decided is required when the status is "accepted"
			    → write the date as YYYY-MM-DD, like decided: 2025-03-14

			1 error in 1 file."
		`);
	});

	test('reports a date not written YYYY-MM-DD', () => {
		expect(reportFor((s) => s.replace('reviewed: 2026-01-10', 'reviewed: 10/01/2026'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:7:11  reviewed "10/01/2026" is not a date written YYYY-MM-DD
			    → write the date as YYYY-MM-DD, like reviewed: 2025-03-14

			1 error in 1 file."
		`);
	});

	test('reports an empty owners list', () => {
		expect(reportFor((s) => s.replace('owners: [product-leadership]', 'owners: []'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:8:9  owners names no owner
			    → list at least one team or person handle, like owners: [product-leadership]

			1 error in 1 file."
		`);
	});

	test('reports a tag that is not kebab-case', () => {
		expect(reportFor((s) => s.replace('tags: [metrics, okrs]', 'tags: [metrics, Big OKRs]'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:9:17  tags[1] "Big OKRs" is not kebab-case (lowercase letters, digits and single hyphens)
			    → use lowercase words joined by hyphens, like tags: [team-topology]

			1 error in 1 file."
		`);
	});

	test('reports an empty justification', () => {
		expect(
			reportFor((s) =>
				s.replace(/justification:\n {2}- claim: .*\n {4}sources: \[malhotra\]\n/, 'justification: []\n'),
			),
		).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:10:16  justification holds no claim
			    → add at least one claim, like:  - claim: Why this works for us.  sources: [source-id]

			1 error in 1 file."
		`);
	});

	test('reports an accepted record without alternatives', () => {
		expect(
			reportFor((s) =>
				s.replace(/alternatives:\n(?: {2}- option: .*\n {4}reason: .*\n {4}sources: .*\n)/, 'alternatives: []\n'),
			),
		).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:13:15  alternatives is empty, but an accepted record needs at least one alternative
			    → add each option considered, like:  - option: What we could have done.  reason: Why we did not.

			1 error in 1 file."
		`);
	});

	test('rejects a source address that is not http or https', () => {
		expect(reportFor((s) => s.replace('url: https://example.org/cancel-your-next-project', 'url: javascript:alert(1)')))
			.toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:20:10  sources[0].url "javascript:alert(1)" is not a full http:// or https:// address
			    → use the full address of the source, starting with https://

			1 error in 1 file."
		`);
	});

	test('reports a misspelled field with the field it probably meant', () => {
		expect(reportFor((s) => s.replace('summary:', 'sumary:'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:2:1  summary is required
			    → add \`summary:\` with one plain sentence summarizing the practice
			  content/practices/output-vs-outcome.mdx:3:1  sumary is not a field of a record (did you mean "summary"?)
			    → remove "sumary" or correct its spelling; known fields: title, summary, pillar, status, decided, reviewed, owners, tags, justification, alternatives, sources, related, supersedes, amendments, aliases

			2 errors in 1 file."
		`);
	});

	test('reports an unknown key inside a source', () => {
		expect(reportFor((s) => s.replace('    publisher: Nuvalence', '    publsher: Nuvalence'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:22:5  sources[0].publsher is not a field of this entry (did you mean "publisher"?)
			    → remove "publsher" or correct its spelling; known fields: id, title, url, author, publisher, published

			1 error in 1 file."
		`);
	});

	test('reports every broken field of a record in one run', () => {
		const report = reportFor((s) =>
			s
				.replace('status: accepted', 'status: done')
				.replace('owners: [product-leadership]', 'owners: []')
				.replace('title:', 'titel:'),
		);
		expect(report.match(/content\/practices\/output-vs-outcome\.mdx:\d+:\d+/g)).toHaveLength(4);
		expect(report).toContain('4 errors in 1 file.');
	});

	test('reports broken YAML with its line instead of stopping', () => {
		expect(reportFor((s) => s.replace('pillar: outcomes', 'pillar: [outcomes'))).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:5:1  is not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ]
			    → fix the YAML syntax at this line

			1 error in 1 file."
		`);
	});

	test('reports a file without frontmatter', () => {
		expect(reportFor(() => '# Just a heading\n')).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:1:1  has no frontmatter
			    → start the file with a frontmatter block between two \`---\` lines

			1 error in 1 file."
		`);
	});
});
