import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';

const PILLARS = ['outcomes', 'delivery'];

function reportFor(scenario: string): string {
	const root = fileURLToPath(new URL(`../../fixtures/${scenario}/`, import.meta.url));
	return formatProblems(checkPlaybook(root, { pillars: PILLARS }).problems);
}

describe('rules across records', () => {
	test('reports two files that give the same id, whatever their extension', () => {
		expect(reportFor('rules-duplicate-id')).toMatchInlineSnapshot(`
			"content/practices/shared-id.md
			  content/practices/shared-id.md:1:1  has the id "shared-id", as does content/practices/shared-id.mdx
			    → keep one file per id: rename or delete one of them

			content/practices/shared-id.mdx
			  content/practices/shared-id.mdx:1:1  has the id "shared-id", as does content/practices/shared-id.md
			    → keep one file per id: rename or delete one of them

			2 errors in 2 files."
		`);
	});

	test('reports related and supersedes ids that name no record, with a suggestion', () => {
		expect(reportFor('rules-unknown-reference')).toMatchInlineSnapshot(`
			"content/practices/first.md
			  content/practices/first.md:18:11  related[0] names "secnd", but no record has that id (did you mean "second"?)
			    → use the id of an existing record (its file name without extension)
			  content/practices/first.md:19:14  supersedes[0] names "missing-record", but no record has that id
			    → use the id of an existing record (its file name without extension)

			2 errors in 1 file."
		`);
	});

	test('reports a record that relates to itself', () => {
		expect(reportFor('rules-self-reference')).toMatchInlineSnapshot(`
			"content/practices/loop.md
			  content/practices/loop.md:18:11  related[0] names this record itself
			    → remove the record’s own id

			1 error in 1 file."
		`);
	});

	test('reports a superseded record whose status is not superseded', () => {
		expect(reportFor('rules-superseded-status')).toMatchInlineSnapshot(`
			"content/practices/newer.md
			  content/practices/newer.md:18:14  supersedes[0] names "older", whose status is "accepted", not "superseded"
			    → set \`status: superseded\` in content/practices/older.md, or remove "older" from \`supersedes\`

			1 error in 1 file."
		`);
	});

	test('warns of related records no longer in force, naming the record in force at the end of the chain', () => {
		// "turned-down" is rejected but names "chosen" in its own related: the option "chosen" turned down.
		expect(reportFor('rules-stale-reference')).toMatchInlineSnapshot(`
			"content/practices/chosen.md
			  content/practices/chosen.md:18:11  warning related[0] names "oldest", which is superseded; the record in force is "current"
			    → name "current" instead, or remove "oldest"
			  content/practices/chosen.md:18:19  warning related[1] names "middle", which is superseded; the record in force is "current"
			    → name "current" instead, or remove "middle"
			  content/practices/chosen.md:18:27  warning related[2] names "retired", which is deprecated
			    → point to the record that is in force now, or remove the reference
			  content/practices/chosen.md:18:49  warning related[4] names "dropped", which is rejected
			    → remove "dropped"; or, if this record was chosen instead of it, add "chosen" to the \`related\` of "dropped" too

			4 warnings in 1 file."
		`);
	});

	test('reports a superseded record that no record supersedes', () => {
		expect(reportFor('rules-superseded-orphan')).toMatchInlineSnapshot(`
			"content/practices/abandoned.md
			  content/practices/abandoned.md:5:9  status is "superseded", but no record names this one in its \`supersedes\`
			    → add this id to the \`supersedes\` list of the record that replaces it, or change the status

			1 error in 1 file."
		`);
	});

	test('reports a supersedes cycle once, naming every record in it', () => {
		expect(reportFor('rules-supersedes-cycle')).toMatchInlineSnapshot(`
			"content/practices/alpha.md
			  content/practices/alpha.md:18:14  supersedes[0] forms a cycle: alpha → beta → gamma → alpha
			    → remove one of the \`supersedes\` entries so that the chain has an oldest record

			1 error in 1 file."
		`);
	});

	test('reports a cited source id the record does not define', () => {
		expect(reportFor('rules-unknown-source')).toMatchInlineSnapshot(`
			"content/practices/cites.md
			  content/practices/cites.md:10:15  justification[0].sources[0] cites "papr", but the record has no source with that id (did you mean "paper"?)
			    → add a source with that id to \`sources\`, or cite an existing one

			1 error in 1 file."
		`);
	});

	test('reports two sources of one record with the same id', () => {
		expect(reportFor('rules-duplicate-source')).toMatchInlineSnapshot(`
			"content/practices/twice.md
			  content/practices/twice.md:18:9  sources[1].id "paper" is already the id of another source of this record
			    → give each source of the record its own id

			1 error in 1 file."
		`);
	});

	test('reports an unknown pillar with its file and line', () => {
		expect(reportFor('rules-unknown-pillar')).toMatchInlineSnapshot(`
			"content/practices/misfiled.md
			  content/practices/misfiled.md:4:9  pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)
			    → use one of outcomes, delivery, or add the pillar to astro.config.mjs

			1 error in 1 file."
		`);
	});

	test('finds nothing wrong with the sample playbook', () => {
		const root = fileURLToPath(new URL('../../../', import.meta.url));
		const result = checkPlaybook(root, { pillars: ['product-thinking', 'outcomes', 'ownership', 'delivery'] });
		expect(formatProblems(result.problems)).toBe('');
		expect(result.records.length).toBeGreaterThanOrEqual(12);
	});
});
