import { describe, expect, it } from 'vitest';
import { checkBodyPlaceholders, checkFrontmatterPlaceholders } from '../../../../src/check/body/placeholders.ts';
import { parseFrontmatter } from '../../../../src/check/frontmatter.ts';
import { describeProblems } from '../../../helpers/describe-problems.ts';

const body = (text: string) => describeProblems(checkBodyPlaceholders({ file: 'a.md', body: text, bodyLine: 6 }));

describe('checkBodyPlaceholders', () => {
	it('reports each placeholder at its line and column in the file, counting from the start of the body', () => {
		expect(body('Intro.\n\n- TODO: first point\n- done\n  TODO: second point and TODO: third')).toMatchInlineSnapshot(`
			[
			  "a.md:8:3 error the body still holds the placeholder "TODO: first point" → replace the placeholder with the real text",
			  "a.md:10:3 error the body still holds the placeholder "TODO: second point and TODO: third" → replace the placeholder with the real text",
			  "a.md:10:26 error the body still holds the placeholder "TODO: third" → replace the placeholder with the real text",
			]
		`);
	});

	it('cuts a long placeholder to a short excerpt in the message', () => {
		expect(body(`TODO: ${'a very long sentence '.repeat(6)}`)).toMatchInlineSnapshot(`
			[
			  "a.md:6:1 error the body still holds the placeholder "TODO: a very long sentence a very long sentence a very long…" → replace the placeholder with the real text",
			]
		`);
	});

	it('finds nothing in a body without the marker, including a lower-case todo', () => {
		expect(body('Nothing left to do. todo: lower case is prose.')).toEqual([]);
	});
});

describe('checkFrontmatterPlaceholders', () => {
	const check = (source: string) => {
		const frontmatter = parseFrontmatter(source);
		if (!frontmatter) throw new Error('the test source has no frontmatter');
		return describeProblems(checkFrontmatterPlaceholders('a.md', frontmatter));
	};

	it('reports a placeholder in a nested field with its path, at the value’s line and column', () => {
		expect(
			check(
				[
					'---',
					'title: Output vs outcome',
					'summary: "TODO: one plain sentence."',
					'justification:',
					'  - claim: Teams ship more.',
					'  - claim: "TODO: why this is right."',
					'tags: [a, "TODO: tag"]',
					'---',
				].join('\n'),
			),
		).toMatchInlineSnapshot(`
			[
			  "a.md:3:10 error summary still holds the placeholder "TODO: one plain sentence." → replace the placeholder with the real text",
			  "a.md:6:12 error justification[1].claim still holds the placeholder "TODO: why this is right." → replace the placeholder with the real text",
			  "a.md:7:11 error tags[1] still holds the placeholder "TODO: tag" → replace the placeholder with the real text",
			]
		`);
	});

	it('finds nothing when no value holds the marker', () => {
		expect(check('---\ntitle: Done\nreviewed: 2024-01-01\ncount: 3\n---\n')).toEqual([]);
	});
});
