import { describe, expect, it } from 'vitest';
import { checkMdxBody, isAllowedImport } from '../../../../src/check/body/index.ts';
import { formatProblems } from '../../../../src/check/reporters/terminal.ts';

const allowedImports = ['@astrojs/starlight/components', '~/components/'];
const mdx = (body: string) => formatProblems(checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }));
const kinds = (body: string) =>
	checkMdxBody({ file: 'a.mdx', body, bodyLine: 10 }, { allowedImports }).map((problem) => problem.kind);

describe('the imports and code of an MDX body', () => {
	it('reports the import of a module outside the allow-list at its line in the file', () => {
		expect(mdx("Text.\n\nimport data from '../../../secrets.json';\n")).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:12:1  imports from "../../../secrets.json", which is not an allowed module
			    → import components only from "@astrojs/starlight/components", "~/components/"; the list is the \`allowedImports\` option in astro.config.mjs

			1 error in 1 file."
		`);
	});

	it('does not let a path climb out of an allowed folder', () => {
		expect(isAllowedImport('~/components/Card.astro', allowedImports)).toBe(true);
		expect(isAllowedImport('~/components/../../astro.config.mjs', allowedImports)).toBe(false);
		expect(isAllowedImport('@astrojs/starlight/components/Card.astro', allowedImports)).toBe(false);
	});

	it('reports exports, other statements and dynamic imports as code', () => {
		expect(kinds("export default function Layout() {}\n\nexport { x } from 'y';\n")).toEqual([
			'mdx/export',
			'mdx/export',
		]);
		expect(kinds("import x from 'node:fs'\nconsole.log(x)\n")).toEqual(['mdx/import', 'mdx/code']);
		expect(kinds("Text {import('node:fs')} and {fetch('https://example.com')}.")).toEqual([
			'mdx/expression',
			'mdx/expression',
		]);
	});

	it('reports an import line that is not valid JavaScript as a syntax error', () => {
		expect(mdx("import { Aside from '@astrojs/starlight/components';\n")).toMatchInlineSnapshot(`
			"a.mdx
			  a.mdx:10:16  is not valid JavaScript: unexpected token
			    → fix the import line; a record may hold only \`import { … } from "…";\` lines besides its text

			1 error in 1 file."
		`);
	});
});
