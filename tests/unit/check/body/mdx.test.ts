import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../../src/check/body/index.ts';
import { formatProblems } from '../../../../src/check/reporters/terminal.ts';

const allowedImports = ['@astrojs/starlight/components', '~/components/'];
const mdx = (body: string) => formatProblems(checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }));
const kinds = (body: string) =>
	checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }).map((problem) => problem.kind);

describe('checkMdxBody', () => {
	it('accepts components imported from allowed modules, comments and plain values', () => {
		const body = [
			"import { Aside, Card } from '@astrojs/starlight/components';",
			"import Diagram from '~/components/Diagram.astro';",
			'',
			'Text with {/* a comment */} and {"a string"}, {42}, {-1}, {`template`} and {[1, "two"]}.',
			'',
			'<Card title="Plain" icon={"star"} meta={{ size: 2, tags: ["a"] }}>Body</Card>',
			'<Diagram />',
			'<div class="note">HTML elements need no import.</div>',
			'',
			'[web](https://example.com) [mail](mailto:team@example.com) [page](/practices/a/) [anchor](#context) ![image](./a.png)',
		].join('\n');
		expect(checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports })).toEqual([]);
	});

	it('reports JavaScript in attributes, spread attributes and JSX inside braces', () => {
		expect(mdx('<div onClick={() => steal()} {...props}>{<b>bold</b>}</div>')).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:10:1  runs JavaScript in the attribute onClick of <div>: {() => steal()}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed
			  a.mdx:10:1  runs JavaScript in <div>: {...props}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed
			  a.mdx:10:41  runs JavaScript: {<b>bold</b>}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed

			3 errors in 1 file."
		`);
	});

	it('reports a component that is used without being imported', () => {
		expect(kinds('<Tabs><TabItem label="A">a</TabItem></Tabs>')).toEqual(['mdx/component', 'mdx/component']);
		expect(kinds("import { Tabs } from '@astrojs/starlight/components';\n\n<Tabs.Item />")).toEqual([]);
	});

	it('reports an MDX syntax error at its line in the file and keeps the parser’s hint as the fix', () => {
		expect(mdx('First paragraph.\n\nSecond {unclosed\n')).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:12:8  is not valid MDX: unexpected end of file in expression, expected a corresponding closing brace for \`{\`
			    → fix the MDX syntax at this line; in text, write \`\\{\` for a literal brace and \`&lt;\` for a literal <

			1 error in 1 file."
		`);
	});
});

describe('an expression that is never closed', () => {
	it('is reported at once, however many tags follow it (the parser alone would take exponential time)', () => {
		const start = performance.now();
		const problems = checkMdxBody(
			{ file: 'a.mdx', body: `Text {\n\n${'<Aside>'.repeat(60)}`, bodyLine: 5 },
			{ allowedImports: [] },
		);
		expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toMatchInlineSnapshot(`
			[
			  "5:6 is not valid MDX: unexpected end of file in expression, expected a corresponding closing brace for \`{\`",
			]
		`);
		expect(performance.now() - start).toBeLessThan(5_000);
	});

	it('is reported at once inside an attribute, or when it holds many tags and closes late', () => {
		const tags = '<x>'.repeat(40);
		const start = performance.now();
		expect(kinds(`<a b={${tags}`)).toEqual(['file/mdx']);
		expect(kinds(`Text {${tags}} more.`)).toEqual(['file/mdx']);
		expect(kinds(`<a b={${'<x y={1}>'.repeat(40)}}>text</a>`)).toEqual(['file/mdx']);
		expect(performance.now() - start).toBeLessThan(2_000);
	});
});
