import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../src/shared/routes.ts';
import { REPO_ROOT } from '../../helpers/astro.ts';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
	name: string;
	exports: Record<string, string | { types: string; default: string }>;
	bin: Record<string, string>;
};

/** Each entry point's built module, without `./package.json`. */
const entries = Object.fromEntries(
	Object.entries(manifest.exports).flatMap(([key, target]) => (typeof target === 'string' ? [] : [[key, target]])),
) as Record<string, { types: string; default: string }>;

/** Every module specifier imported or re-exported by a JavaScript or TypeScript file. */
function getImportSpecifiers(source: string): string[] {
	const pattern =
		/(?:^|[\s;])(?:import|export)\s+(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
	return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2]!);
}

/** The source of the module that defines the export `name` of `file`, following `export { name } from '…'`. */
function findDefinition(file: string, name: string): string {
	const source = readFileSync(file, 'utf8');
	const reexport = new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from ['"](\\.[^'"]+)['"]`).exec(source);
	return reexport ? findDefinition(join(dirname(file), reexport[1]!), name) : source;
}

describe('the package entry points', () => {
	it('name built JavaScript and type declarations: the Starlight plugin, the content collections and the record schema', () => {
		expect(Object.keys(entries)).toEqual(['.', './content', './schema']);
		for (const target of Object.values(entries)) {
			expect(target.default).toMatch(/^\.\/lib\/.+\.js$/);
			expect(target.types).toBe(target.default.replace(/\.js$/, '.d.ts'));
			for (const file of [target.default, target.types]) expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
		}
		expect(manifest.bin).toEqual({ charter: './lib/cli/charter.js' });
		expect(existsSync(join(REPO_ROOT, manifest.bin['charter']!))).toBe(true);
	});

	it('ship every page the plugin injects, built', () => {
		for (const { entrypoint } of Object.values(ROUTES)) {
			const built = join(REPO_ROOT, 'lib/routes', entrypoint.replace(/\.ts$/, '.js'));
			expect(existsSync(built), built).toBe(true);
		}
	});

	it('export the plugin and the collections under the names the docs give', () => {
		expect(findDefinition(join(REPO_ROOT, entries['.']!.default), 'default')).toContain(
			'export default function charter(',
		);
		expect(findDefinition(join(REPO_ROOT, entries['./content']!.default), 'charterCollections')).toContain(
			'export function charterCollections(',
		);
	});

	it('are the only way the second fixture site reaches Charter', () => {
		const site = join(REPO_ROOT, 'tests/fixtures/second-site');
		const files = readdirSync(site, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && /\.(m?[jt]s|astro)$/.test(entry.name))
			.map((entry) => relative(site, join(entry.parentPath, entry.name)))
			.filter((file) => !/(^|[\\/])(node_modules|dist|\.astro)[\\/]/.test(file));
		expect(files).toEqual(expect.arrayContaining(['astro.config.mjs', join('src', 'content.config.ts')]));
		const allowed = new Set(
			Object.keys(entries).map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`)),
		);
		const specifiers = files.flatMap((file) =>
			getImportSpecifiers(readFileSync(join(site, file), 'utf8')).map((specifier) => ({ file, specifier })),
		);
		const charterImports = specifiers.filter(
			({ specifier }) => specifier === manifest.name || specifier.startsWith(`${manifest.name}/`),
		);
		expect(charterImports.map(({ specifier }) => specifier).sort()).toEqual([
			'@charter-playbook/charter',
			'@charter-playbook/charter/content',
		]);
		for (const { file, specifier } of specifiers) {
			// Nothing reaches into the repository around the fixture by a relative path.
			expect(specifier.startsWith('.'), `${file} imports ${specifier}`).toBe(false);
			if (charterImports.some((entry) => entry.specifier === specifier)) expect(allowed).toContain(specifier);
		}
	});
});
