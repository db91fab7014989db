import { describe, expect, it } from 'vitest';
import { getAliases } from '../../../src/check/aliases.ts';
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
