import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, getChildEnv, removeDir } from '../../helpers/astro.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
let site: string;

/** Runs a command's bin without a terminal: stdin is a pipe, as in CI or a script. */
async function run(bin: 'new' | 'check', args: string[]) {
	const script = join(repo, `src/cli/${bin}-bin.ts`);
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, '--root', site, ...args], {
			cwd: repo,
			env: getChildEnv({ GITHUB_ACTIONS: '' }),
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

beforeAll(() => {
	site = copyFixtureSite('check-valid', 'new');
});
afterAll(() => removeDir(site));

describe('npm run new without a terminal', () => {
	it('writes a record from flags that fails the check until its placeholders are replaced', async () => {
		const created = await run('new', [
			'--title',
			'Pair on every change',
			'--pillar',
			'delivery',
			'--owner',
			'delivery-office',
			'--owner',
			'design-research',
			'--tag',
			'quality',
		]);
		expect(created).toEqual({
			code: 0,
			stdout:
				'Created content/practices/pair-on-every-change.mdx\nNext: replace every "TODO:" placeholder, then run `npm run check` until it passes.\n',
			stderr: '',
		});
		const file = join(site, 'content/practices/pair-on-every-change.mdx');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('title: Pair on every change\n');
		expect(text).toContain('owners: [delivery-office, design-research]\ntags: [quality]\n');
		for (const section of ['Definition', 'Context', 'In practice', 'Signs it is working'])
			expect(text).toContain(`\n## ${section}\n`);

		const before = await run('check', ['--format', 'json', '--today', '2026-06-01']);
		const report = JSON.parse(before.stdout);
		expect(before.code).toBe(1);
		expect(report.errors).toBe(9);
		expect(new Set(report.problems.map((problem: { kind: string }) => problem.kind))).toEqual(
			new Set(['content/placeholder']),
		);

		// Fill in every placeholder, as a contributor would.
		writeFileSync(file, text.replace(/"TODO: ([^"]*)"/g, '"$1"').replace(/^TODO: /gm, ''));
		const after = await run('check', ['--today', '2026-06-01']);
		expect(after).toEqual({ code: 0, stdout: 'Checked 4 records: no problems found.\n', stderr: '' });
	});

	it('refuses an id that a Markdown or MDX record already has', async () => {
		const markdown = await run('new', [
			'--title',
			'Ship small batches',
			'--pillar',
			'delivery',
			'--owner',
			'delivery-office',
		]);
		expect(markdown.code).toBe(1);
		expect(markdown.stderr).toMatchInlineSnapshot(`
			"content/practices/ship-small-batches.md already exists, so the id "ship-small-batches" is taken.
			Choose another title, or give another id with --id <id>.
			"
		`);
		const mdx = await run('new', [
			'--title',
			'Output vs. outcome',
			'--pillar',
			'outcomes',
			'--owner',
			'delivery-office',
		]);
		expect(mdx.code).toBe(1);
		expect(mdx.stderr.split('\n')[0]).toBe(
			'content/practices/output-vs-outcome.mdx already exists, so the id "output-vs-outcome" is taken.',
		);
	});

	it('names the missing flags and shows an example', async () => {
		const result = await run('new', ['--title', 'Pair on every change']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatchInlineSnapshot(`
			"Missing --pillar, --owner. Without a terminal to ask in, give them as flags, like:
			  npm run new -- --title "Ship in small batches" --pillar delivery --owner delivery-office --tag releases
			Pillars: outcomes, delivery.
			"
		`);
	});

	it('reports an unknown pillar and handles that are not kebab-case, all at once', async () => {
		const result = await run('new', [
			'--title',
			'Pair',
			'--pillar',
			'deliveri',
			'--owner',
			'Delivery Office',
			'--tag',
			'ok',
			'--tag',
			'Not_OK',
		]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatchInlineSnapshot(`
			"--pillar is "deliveri", which is not a configured pillar (did you mean "delivery"?); use one of outcomes, delivery.
			--owner "Delivery Office" must be kebab-case: lowercase letters, digits and single hyphens, like "product-leadership".
			--tag "Not_OK" must be kebab-case: lowercase letters, digits and single hyphens, like "product-leadership".
			"
		`);
	});
});
