import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/lib/check.ts';
import { formatProblems } from '../../src/lib/problems.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'charter-broken-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('astro build of a broken playbook', () => {
	it('fails before rendering any page, with the report `npm run check` prints', async () => {
		const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
		const root = join(repo, 'tests/fixtures/check-broken');
		const failure = await promisify(execFile)(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], {
			cwd: repo,
		}).then(
			() => undefined,
			(error: { code: number; stdout: string; stderr: string }) => error,
		);
		const report = formatProblems(checkPlaybook(root, { pillars: ['outcomes', 'delivery'] }).problems);

		expect(failure?.code).toBe(1);
		const output = `${failure?.stdout}${failure?.stderr}`;
		expect(output).toContain(`The playbook has problems.\n\n${report}\n`);
		expect(output).toContain(
			'[Charter] The playbook has 20 problems (listed above); the build stopped before rendering any page.',
		);
		expect(output).toContain('Fix them and build again; `npm run check` lists them without building.');
		expect(output).not.toContain('Browser APIs');
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	});
});
