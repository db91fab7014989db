import { describe, expect, it } from 'vitest';
import { createProblem, formatFieldPath, sortProblems } from '../../../src/check/problems.ts';

const at = (file: string, line: number, column: number) => ({ file, line, column });

describe('createProblem', () => {
	it('takes the severity and the fix from the kind of the problem', () => {
		expect(
			createProblem('pillar/unknown', at('content/practices/a.md', 3, 9), {
				field: 'pillar',
				message: 'unknown pillar "delivry"',
			}),
		).toMatchInlineSnapshot(`
			{
			  "column": 9,
			  "field": "pillar",
			  "file": "content/practices/a.md",
			  "fix": "use a pillar id configured in astro.config.mjs",
			  "kind": "pillar/unknown",
			  "line": 3,
			  "message": "unknown pillar "delivry"",
			  "severity": "error",
			}
		`);
	});

	it('reports an overdue review as a warning, not an error', () => {
		const problem = createProblem('review/overdue', at('content/practices/a.md', 1, 1), { message: 'overdue' });
		expect(problem.severity).toBe('warning');
	});

	it('uses the fix given for the case instead of the kind’s own fix', () => {
		const problem = createProblem('field/invalid', at('content/practices/a.md', 2, 1), {
			field: 'status',
			message: 'invalid status',
			fix: 'use one of: proposed, adopted, deprecated, superseded',
		});
		expect(problem.fix).toBe('use one of: proposed, adopted, deprecated, superseded');
	});

	it('falls back to the kind’s fix when the given fix is undefined', () => {
		const problem = createProblem('field/invalid', at('content/practices/a.md', 2, 1), {
			message: 'invalid',
			fix: undefined,
		});
		expect(problem.fix).toBe('correct the value');
	});

	it('leaves the field empty for a problem with the whole file', () => {
		const problem = createProblem('file/frontmatter', at('content/practices/a.md', 1, 1), {
			message: 'no frontmatter',
		});
		expect(problem.field).toBe('');
	});
});

describe('formatFieldPath', () => {
	it('writes list indices in brackets and nested keys after dots', () => {
		expect(formatFieldPath(['justification', 1, 'sources', 0])).toBe('justification[1].sources[0]');
	});

	it('writes a top-level key as it is', () => {
		expect(formatFieldPath(['title'])).toBe('title');
	});

	it('writes an empty path as an empty field, meaning the whole file', () => {
		expect(formatFieldPath([])).toBe('');
	});

	it('writes keys nested in objects with dots', () => {
		expect(formatFieldPath(['review', 'every'])).toBe('review.every');
	});
});

describe('sortProblems', () => {
	const problem = (file: string, line: number, column: number, field = '') =>
		createProblem('field/invalid', at(file, line, column), { field, message: `${file}:${line}:${column} ${field}` });

	it('orders problems by file, then line, then column, then field', () => {
		const sorted = sortProblems([
			problem('content/practices/b.md', 1, 1),
			problem('content/practices/a.md', 10, 1),
			problem('content/practices/a.md', 2, 7, 'tags'),
			problem('content/practices/a.md', 2, 7, 'owners'),
			problem('content/practices/a.md', 2, 3),
		]);
		expect(sorted.map((entry) => entry.message)).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:2:3 ",
			  "content/practices/a.md:2:7 owners",
			  "content/practices/a.md:2:7 tags",
			  "content/practices/a.md:10:1 ",
			  "content/practices/b.md:1:1 ",
			]
		`);
	});

	it('compares line numbers as numbers, so line 9 comes before line 10', () => {
		const sorted = sortProblems([problem('a.md', 10, 1), problem('a.md', 9, 1)]);
		expect(sorted.map((entry) => entry.line)).toEqual([9, 10]);
	});

	it('leaves the list it was given in its order', () => {
		const problems = [problem('b.md', 1, 1), problem('a.md', 1, 1)];
		sortProblems(problems);
		expect(problems.map((entry) => entry.file)).toEqual(['b.md', 'a.md']);
	});
});
