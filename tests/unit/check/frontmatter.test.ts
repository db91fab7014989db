import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../../src/check/frontmatter.ts';

describe('parseFrontmatter', () => {
	test('reads dates and numbers in valid frontmatter as YAML 1.2 does, keeping dates as written', () => {
		const parsed = parseFrontmatter('---\ntitle: A\ndecided: 2025-03-14\ncount: 0x1F\nflag: yes\n---\n\nBody\n');
		expect(parsed?.data).toEqual({ title: 'A', decided: '2025-03-14', count: 31, flag: 'yes' });
		expect(parsed?.syntaxErrors).toEqual([]);
		expect(parsed?.body).toBe('\nBody\n');
	});

	test('locates a nested field of valid frontmatter by its line and column in the file', () => {
		const parsed = parseFrontmatter('---\ntitle: A\nsources:\n  - id: one\n    url: https://example.org\n---\n');
		expect(parsed?.locate(['sources', 0, 'url'])).toEqual({ line: 5, column: 10 });
		expect(parsed?.locate(['sources', 0, 'url'], { key: true })).toEqual({ line: 5, column: 5 });
	});

	test('reports each YAML syntax error with its line and no data', () => {
		const duplicate = parseFrontmatter('---\ntitle: a\ntitle: b\n---\n');
		const unclosed = parseFrontmatter('---\ntitle: A\ntags: [one, two\nowners: [x]\n---\n');
		const tab = parseFrontmatter('---\nsources:\n\t- id: x\n---\n');
		expect(duplicate?.data).toBeUndefined();
		expect([duplicate?.syntaxErrors, unclosed?.syntaxErrors, tab?.syntaxErrors]).toMatchInlineSnapshot(`
			[
			  [
			    {
			      "column": 1,
			      "line": 3,
			      "message": "repeats a key that is already set above",
			    },
			  ],
			  [
			    {
			      "column": 1,
			      "line": 4,
			      "message": "flow sequence in block collection must be sufficiently indented and end with a ]",
			    },
			  ],
			  [
			    {
			      "column": 1,
			      "line": 3,
			      "message": "tabs are not allowed as indentation",
			    },
			  ],
			]
		`);
	});
});

describe('frontmatter that never ends', () => {
	test('reports an alias inside the value it names instead of returning a value that contains itself', () => {
		expect(parseFrontmatter('---\ntitle: T\nkey: &a [*a]\n---\n')!.syntaxErrors).toMatchInlineSnapshot(`
			[
			  {
			    "column": 1,
			    "line": 2,
			    "message": "has an alias (*name) inside the value it names, which never ends",
			  },
			]
		`);
	});
});

describe('YAML errors without a position', () => {
	test('are reported at the first line of the frontmatter instead of crashing', () => {
		expect(parseFrontmatter('---\n...\n\uFEFF\n---\n')!.syntaxErrors).toMatchInlineSnapshot(`
			[
			  {
			    "column": 1,
			    "line": 2,
			    "message": "expected a single document in the stream, but found more",
			  },
			]
		`);
	});
});
