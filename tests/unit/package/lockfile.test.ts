import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/astro.ts';

const FIELDS = ['name', 'version', 'dependencies', 'devDependencies', 'peerDependencies', 'engines', 'bin'] as const;

const readJson = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;

describe('package-lock.json', () => {
	it('records the dependencies package.json declares, so `npm ci` installs what package.json asks for', () => {
		const manifest = readJson('package.json');
		const root = (readJson('package-lock.json')['packages'] as Record<string, Record<string, unknown>>)['']!;
		const normalizeBin = (bin: unknown) =>
			bin && Object.fromEntries(Object.entries(bin).map(([name, path]) => [name, String(path).replace(/^\.\//, '')]));
		for (const field of FIELDS) {
			const declared = field === 'bin' ? normalizeBin(manifest[field]) : manifest[field];
			expect(
				root[field],
				`package-lock.json is out of date with package.json's "${field}": run \`npm install\` and commit it`,
			).toEqual(declared);
		}
	});
});
