import { describe, expect, it } from 'vitest';
import { findBodyChange, guardDecisions } from '../../../src/check/decision-guard.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const FILE = 'content/practices/pair-on-changes.md';

/** A record file whose frontmatter lines are `lines` and whose body is `body`. */
function record(lines: string[], body = '## Definition\n\nTwo people write each change.\n', file = FILE) {
	return { file, source: `---\n${lines.join('\n')}\n---\n\n${body}` };
}

const ACCEPTED = [
	'title: Pair on every change',
	'summary: Two people write each change together.',
	'pillar: delivery',
	'status: accepted',
	'decided: 2026-01-10',
	'owners: [delivery-office]',
	'justification:',
	'  - claim: Two people catch more mistakes than one.',
	'    sources: [pairing-study]',
	'alternatives:',
	'  - option: Review after the fact.',
	'    reason: Reviews come too late to change the design.',
	'sources:',
	'  - id: pairing-study',
	'    title: The costs and benefits of pair programming',
];

const edit = (from: string, to: string) => ACCEPTED.map((line) => (line === from ? to : line));

describe('guardDecisions', () => {
	it('finds nothing when the record is unchanged', () => {
		expect(guardDecisions([record(ACCEPTED)], [record(ACCEPTED)], 'main')).toEqual([]);
	});

	it('reports a changed reason of an alternative at its line', () => {
		const after = edit('    reason: Reviews come too late to change the design.', '    reason: Reviews are slow.');
		expect(describeProblems(guardDecisions([record(ACCEPTED)], [record(after)], 'main'))).toMatchInlineSnapshot(`
			[
			  "content/practices/pair-on-changes.md:12:5 error alternatives[0] changed, which is part of the decision accepted at main → undo the change, or add a new entry at the end of \`amendments\` (today’s date and what changed, and why); to replace the decision, write a new record that supersedes this one",
			]
		`);
	});

	it('reports a changed title of a source a claim cites, but not its new address', () => {
		const renamedSource = [...ACCEPTED.slice(0, -1), '    title: Pair programming considered'];
		const newAddress = [...ACCEPTED, '    url: https://example.org/pairing'];
		expect(guardDecisions([record(ACCEPTED)], [record(renamedSource)], 'main').map((p) => p.field)).toEqual([
			'sources[0].title',
		]);
		expect(guardDecisions([record(ACCEPTED)], [record(newAddress)], 'main')).toEqual([]);
	});

	it('ignores records that were not accepted at the ref', () => {
		const proposed = edit('status: accepted', 'status: proposed');
		const rewritten = proposed.map((line) => line.replace('Pair on every change', 'Pair sometimes'));
		expect(guardDecisions([record(proposed)], [record(rewritten)], 'main')).toEqual([]);
	});

	it('reports an earlier amendment that was rewritten, even beside a new one', () => {
		const amended = [...ACCEPTED, 'amendments:', '  - date: 2026-02-01', '    summary: Narrowed to production code.'];
		const rewritten = [
			...ACCEPTED,
			'amendments:',
			'  - date: 2026-02-01',
			'    summary: Narrowed to all code.',
			'  - date: 2026-03-01',
			'    summary: Widened again.',
		];
		expect(guardDecisions([record(amended)], [record(rewritten)], 'main').map((p) => p.kind)).toEqual([
			'decision/amendment-edited',
		]);
	});

	it('follows a rename through the renamed record’s aliases', () => {
		const renamed = record([...ACCEPTED, 'aliases: [pair-on-changes]'], undefined, 'content/practices/pair.md');
		expect(guardDecisions([record(ACCEPTED)], [renamed], 'main')).toEqual([]);
		const changed = record(
			[...edit('pillar: delivery', 'pillar: quality'), 'aliases: [pair-on-changes]'],
			undefined,
			'content/practices/pair.md',
		);
		expect(guardDecisions([record(ACCEPTED)], [changed], 'main')[0]?.message).toBe(
			'changed, which is part of the decision accepted at main (as "pair-on-changes")',
		);
	});
});

describe('findBodyChange', () => {
	it('ignores line endings, trailing spaces and runs of blank lines', () => {
		expect(findBodyChange('# A\n\nText.\n', '# A  \r\n\r\n\r\nText.\r\n\r\n')).toBeUndefined();
	});

	it('ignores the Notes section, up to the next level-2 heading', () => {
		const before = '## Definition\n\nText.\n\n## Notes\n\nOld note.\n\n## Context\n\nWhy.\n';
		expect(findBodyChange(before, before.replace('Old note.', 'A new note.\n\nAnd another.'))).toBeUndefined();
		expect(findBodyChange(before, before.replace('Why.', 'Why not.'))).toBe(10);
	});

	it('does not take a heading inside a code block for the Notes section', () => {
		const before = '## Definition\n\n```md\n## Notes\n```\n\nText.\n';
		expect(findBodyChange(before, before.replace('Text.', 'Other text.'))).toBe(6);
	});
});
