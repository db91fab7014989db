import { describe, expect, it } from 'vitest';
import { getAliases } from '../../../src/check/aliases.ts';
import { checkRecords } from '../../../src/check/check-playbook.ts';
import { sortProblems } from '../../../src/check/problems.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const record = (id: string, aliases: string[]) => ({
	id,
	file: `content/practices/${id}.md`,
	data: { aliases },
	locate: (path: readonly PropertyKey[]) => ({ line: 10, column: 11 + 2 * Number(path[1] ?? 0) }),
});

describe('getAliases', () => {
	it('maps each old id to the record that lists it', () => {
		const { aliases, problems } = getAliases([record('new-name', ['old-name', 'older-name'])], new Set(['new-name']));
		expect(problems).toEqual([]);
		expect([...aliases]).toEqual([
			['old-name', 'new-name'],
			['older-name', 'new-name'],
		]);
	});

	it('reports an alias that is a live id or another record’s alias, and leaves it out', () => {
		const records = [record('first', ['second', 'shared']), record('second', ['shared'])];
		const { aliases, problems } = getAliases(records, new Set(['first', 'second']));
		expect(aliases.size).toBe(0);
		expect(describeProblems(problems)).toMatchInlineSnapshot(`
			[
			  "content/practices/first.md:10:11 error aliases[0] is "second", the id of a live record → remove the alias: an old id can lead to one record only, and never to a live record’s own id",
			  "content/practices/first.md:10:13 error aliases[1] is "shared", which content/practices/second.md also lists in its \`aliases\` → remove the alias: an old id can lead to one record only, and never to a live record’s own id",
			  "content/practices/second.md:10:11 error aliases[0] is "shared", which content/practices/first.md also lists in its \`aliases\` → remove the alias: an old id can lead to one record only, and never to a live record’s own id",
			]
		`);
	});
});

describe('references to a renamed record', () => {
	const renamed = {
		file: 'content/practices/new-name.md',
		source: `---
title: New name
summary: A renamed record.
pillar: outcomes
status: accepted
decided: 2026-01-10
owners: [product-leadership]
justification:
  - claim: It works.
alternatives:
  - option: Nothing.
    reason: It does not work.
aliases: [old-name]
---

Body.
`,
	};
	const referrer = {
		file: 'content/practices/referrer.md',
		source: renamed.source
			.replace('title: New name', 'title: Referrer')
			.replace('aliases: [old-name]', 'related: [old-name]')
			.replace('Body.', 'See [the renamed record](./old-name.md).'),
	};

	it('resolves an old id in related and a link by the old file, with a warning naming the new id', () => {
		const { problems } = checkRecords([renamed, referrer], { pillars: ['outcomes'], today: new Date('2026-06-01') });
		expect(describeProblems(sortProblems(problems))).toMatchInlineSnapshot(`
			[
			  "content/practices/referrer.md:13:11 warning related[0] names "old-name", the old id of "new-name" → write "new-name" instead of "old-name"",
			  "content/practices/referrer.md:16:5 warning links to "./old-name.md", the old id of "new-name" → link to the record's file now, ./new-name.md",
			]
		`);
	});
});
