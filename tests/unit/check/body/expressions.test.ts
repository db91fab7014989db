import { describe, expect, it } from 'vitest';
import { isPlainExpression, reportExpression } from '../../../../src/check/body/expressions.ts';
import { describeProblems } from '../../../helpers/describe-problems.ts';

describe('isPlainExpression', () => {
	it.each([
		['a comment', '/* a note for editors */'],
		['a line comment', '// a note\n'],
		['nothing at all', ' '],
		['a string', '"text"'],
		['a negative number', '-1'],
		['a template without substitutions', '`plain`'],
		['true, null and a list of them', '[true, null, "two", 3]'],
		['an object of plain values', '{ size: 2, "label": "a", tags: ["x"] }'],
	])('accepts %s', (_name, code) => {
		expect(isPlainExpression(code)).toBe(true);
	});

	it.each([
		['a variable', 'secret'],
		['a call', 'process.exit()'],
		['a template with a substitution', '`hello ${name}`'],
		['a list with a spread', '[...items]'],
		['an object with a shorthand property', '{ secret }'],
		['an object with a computed key', '{ [key]: 1 }'],
		['an object with a method', '{ run() {} }'],
		['a negated string', '-"1"'],
		['a logical not', '!0'],
		['two statements', '1); steal(('],
		['JSX', '<b>bold</b>'],
		['an arrow function', '() => 1'],
	])('rejects %s', (_name, code) => {
		expect(isPlainExpression(code)).toBe(false);
	});
});

describe('reportExpression', () => {
	const record = { file: 'a.mdx', body: '', bodyLine: 5 };
	const node = { type: 'mdxTextExpression', position: { start: { line: 3, column: 7 } } };

	it('names the attribute and element the JavaScript is in, at its place in the file', () => {
		expect(describeProblems([reportExpression(record, node, ' () => steal() ', 'the attribute onClick of <div>')]))
			.toMatchInlineSnapshot(`
			[
			  "a.mdx:7:7 error runs JavaScript in the attribute onClick of <div>: {() => steal()} → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed",
			]
		`);
	});

	it('says only that JavaScript runs when the expression stands in the text, and shortens long code', () => {
		expect(describeProblems([reportExpression(record, node, `compute(${'"x", '.repeat(20)})\nmore()`)]))
			.toMatchInlineSnapshot(`
			[
			  "a.mdx:7:7 error runs JavaScript: {compute("x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x…} → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed",
			]
		`);
	});
});
