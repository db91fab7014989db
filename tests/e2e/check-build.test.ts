import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/check/check-playbook.ts';
import { formatProblems } from '../../src/check/reporters/terminal.ts';
import { createTempDir, REPO_ROOT, removeDir, runAstro } from '../helpers/astro.ts';

const outDir = createTempDir('broken');
afterAll(() => removeDir(outDir));

describe('astro build of a broken playbook', () => {
	it('fails before rendering any page, with the report `npm run check` prints', () => {
		const root = join(REPO_ROOT, 'tests/fixtures/check-broken');
		const { status, output } = runAstro(['build', '--root', root, '--outDir', outDir]);
		const report = formatProblems(checkPlaybook(root, { pillars: ['outcomes', 'delivery'] }).problems);

		expect(status).toBe(1);
		expect(output).toContain(`The playbook has problems.\n\n${report}\n`);
		expect(output).toContain(
			'[Charter] The playbook has 20 problems (listed above); the build stopped before rendering any page.',
		);
		expect(output).toContain('Fix them and build again; `npm run check` lists them without building.');
		expect(output).not.toContain('Browser APIs');
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	});
});
