import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createModuleExportReader } from '../../../src/check/module-exports.ts';

const getModuleExports = createModuleExportReader(fileURLToPath(new URL('../../../', import.meta.url)));

/** A project folder holding one installed package per entry of `packages`: its name and the source of its index.js. */
function createProject(packages: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'charter-module-exports-'));
	writeFileSync(join(root, 'package.json'), '{ "name": "project" }');
	for (const [name, source] of Object.entries(packages)) {
		const folder = join(root, 'node_modules', name);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, main: 'index.js', type: 'module' }));
		writeFileSync(join(folder, 'index.js'), source);
	}
	return root;
}

const project = createProject({
	'named-exports': [
		'export default function Widget() {}',
		'export const first = 1, second = 2;',
		'export function helper() {}',
		'export class Panel {}',
		'const hidden = 3;',
		'export { hidden as shown };',
		"export * as icons from './icons.js';",
	].join('\n'),
	'star-exports': "export { Card } from './card.js';\nexport * from './more.js';\n",
	'destructured-exports': 'export const { a, b } = { a: 1, b: 2 };\n',
	'not-javascript': 'this is not { valid',
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('createModuleExportReader', () => {
	it('lists the components Starlight exports, by reading its source', () => {
		expect([...(getModuleExports('@astrojs/starlight/components') ?? [])]).toMatchInlineSnapshot(`
			[
			  "Aside",
			  "Badge",
			  "Card",
			  "CardGrid",
			  "Icon",
			  "Tabs",
			  "TabItem",
			  "LinkCard",
			  "Steps",
			  "FileTree",
			  "LinkButton",
			  "Code",
			]
		`);
	});

	it('lists default, declared, renamed and namespace exports of a package', () => {
		const read = createModuleExportReader(project);
		expect([...(read('named-exports') ?? [])]).toMatchInlineSnapshot(`
			[
			  "default",
			  "first",
			  "second",
			  "helper",
			  "Panel",
			  "shown",
			  "icons",
			]
		`);
	});

	it('knows nothing of a module whose names cannot be read from its own source', () => {
		const read = createModuleExportReader(project);
		expect(read('star-exports')).toBeUndefined();
		expect(read('destructured-exports')).toBeUndefined();
		expect(read('not-javascript')).toBeUndefined();
	});

	it('knows nothing of a relative path or a module that is not installed', () => {
		expect(getModuleExports('./Diagram.astro')).toBeUndefined();
		expect(getModuleExports('no-such-package-for-charter')).toBeUndefined();
	});
});
