/**
 * Builds the package into lib/: the TypeScript in src/ as JavaScript with type declarations (tsc), and
 * the files Astro and Vite compile in the site itself (`.astro` components and routes, CSS, images)
 * copied as they are, their imports of `.ts` modules pointed at the built `.js`.
 *
 * Usage: npm run build:package   (also run by `npm pack` and `npm publish`)
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCE = join(ROOT, 'src');
const OUT = join(ROOT, 'lib');
// The sample playbook's own content configuration is not part of the package.
const LEFT_OUT = new Set(['content.config.ts']);
const RELATIVE_TS_IMPORT = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\.ts\2/g;

rmSync(OUT, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
	cwd: ROOT,
	stdio: 'inherit',
});
if (tsc.status !== 0) {
	console.error('tsc could not build the package; fix the errors above, then run `npm run build:package` again.');
	process.exit(1);
}

let copied = 0;
for (const entry of readdirSync(SOURCE, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile() || LEFT_OUT.has(entry.name)) continue;
	const file = relative(SOURCE, join(entry.parentPath, entry.name));
	if (file.endsWith('.ts') && !file.endsWith('.d.ts')) continue;
	mkdirSync(dirname(join(OUT, file)), { recursive: true });
	if (file.endsWith('.astro')) {
		const source = readFileSync(join(SOURCE, file), 'utf8');
		writeFileSync(join(OUT, file), source.replace(RELATIVE_TS_IMPORT, '$1$2$3.js$2'));
	} else {
		cpSync(join(SOURCE, file), join(OUT, file));
	}
	copied += 1;
}

// Node runs nothing but JavaScript from node_modules: one `.ts` import left behind would break every site.
const leftovers = readdirSync(OUT, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.(js|astro)$/.test(entry.name))
	.map((entry) => join(entry.parentPath, entry.name))
	.filter((path) => new RegExp(RELATIVE_TS_IMPORT.source).test(readFileSync(path, 'utf8')));
if (leftovers.length > 0) {
	console.error(
		`These built files still import .ts modules:\n${leftovers.map((path) => `  ${relative(ROOT, path)}`).join('\n')}`,
	);
	process.exit(1);
}
chmodSync(join(OUT, 'cli/charter.js'), 0o755);
console.log(`Built lib/: JavaScript and type declarations from src/, and ${copied} files copied for Astro to compile.`);
