import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoizeStarlightPageSchema, STARLIGHT_PAGE_MODULE } from '../../../src/integration/starlight-page-schema.ts';
import { REPO_ROOT } from '../../helpers/astro.ts';

const installedModule = join(REPO_ROOT, 'node_modules/@astrojs/starlight/dist/utils/starlight-page.js');

describe('memoizeStarlightPageSchema', () => {
	test('recognizes the installed Starlight module and rewrites its one schema call', () => {
		expect(STARLIGHT_PAGE_MODULE.test(installedModule)).toBe(true);
		const code = readFileSync(installedModule, 'utf8');
		const rewritten = memoizeStarlightPageSchema(code);
		expect(rewritten).toBeDefined();
		expect(rewritten!.split('await StarlightPageFrontmatterSchema(')).toHaveLength(1);
		expect(rewritten!.split('await charterMemoizedStarlightPageFrontmatterSchema(')).toHaveLength(2);
	});

	test('builds the schema once however many pages render', async () => {
		const code = `let built = 0;
const StarlightPageFrontmatterSchema = async (context) => { built += 1; return { context }; };
export async function renderPage() { const schema = await StarlightPageFrontmatterSchema({ image: () => 1 }); return schema; }
export const count = () => built;
`;
		const module = (await import(`data:text/javascript,${encodeURIComponent(memoizeStarlightPageSchema(code)!)}`)) as {
			renderPage(): Promise<unknown>;
			count(): number;
		};
		const schemas = await Promise.all([module.renderPage(), module.renderPage(), module.renderPage()]);
		expect(module.count()).toBe(1);
		expect(new Set(schemas).size).toBe(1);
	});

	test('leaves a module of another shape alone', () => {
		expect(memoizeStarlightPageSchema('export const x = 1;')).toBeUndefined();
		expect(
			memoizeStarlightPageSchema(
				'const StarlightPageFrontmatterSchema = 1; await StarlightPageFrontmatterSchema(a); await StarlightPageFrontmatterSchema(b);',
			),
		).toBeUndefined();
	});
});
