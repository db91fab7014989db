import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';
import { CHECK_USAGE, runCheckCommand } from '../../../src/cli/check.ts';
import { getChildEnv } from '../../helpers/astro.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../../src/cli/check-bin.ts', import.meta.url));

/** Runs `npm run check` the way npm does, in the repository, without a GitHub Actions environment unless asked. */
async function runCheck(args: string[], env: Record<string, string> = {}) {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
			cwd: repo,
			env: getChildEnv({ GITHUB_ACTIONS: '', ...env }),
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

describe.concurrent('npm run check', () => {
	it('prints the same report the validator gives, then exits with 1', async ({ expect }) => {
		const { code, stdout } = await runCheck(['--root', 'tests/fixtures/check-broken', '--today', '2026-06-01']);
		const expected = checkPlaybook(`${repo}tests/fixtures/check-broken`, { pillars: ['outcomes', 'delivery'] });
		expect(code).toBe(1);
		expect(stdout.trimEnd()).toBe(formatProblems(expected.problems));
		expect(stdout.trimEnd().split('\n').at(-1)).toBe('20 errors in 5 files.');
	});

	it('adds GitHub annotations with paths from the repository root under GitHub Actions', async ({ expect }) => {
		const { code, stdout } = await runCheck(['--root', 'tests/fixtures/check-warnings', '--today', '2026-06-01'], {
			GITHUB_ACTIONS: 'true',
		});
		expect(code).toBe(0);
		expect(
			stdout
				.split('\n')
				.filter((line) => line.startsWith('::'))
				.join('\n'),
		).toMatchInlineSnapshot(`
			"::warning file=tests/fixtures/check-warnings/content/practices/decided-long-ago.md,line=6,col=10,title=Charter review/overdue::decided is 2025-11-30, so the record was due for review on 2026-05-30 (every 6 months)%0A→ review the practice with its owners, then set \`reviewed:\` to the date of the review (or change its status)
			::warning file=tests/fixtures/check-warnings/content/practices/rejected-long-ago.md,line=17,col=5,title=Charter source/uncited::sources[1] "nobody-cites-this" is not cited by any claim or alternative%0A→ cite the source in the \`sources\` of a claim or an alternative, or remove it
			::warning file=tests/fixtures/check-warnings/content/practices/reviewed-long-ago.md,line=7,col=11,title=Charter review/overdue::reviewed is 2025-08-31, so the record was due for review on 2026-02-28 (every 6 months)%0A→ review the practice with its owners, then set \`reviewed:\` to the date of the review (or change its status)"
		`);
	});

	it('prints a machine-readable report with --format json', async ({ expect }) => {
		const { code, stdout } = await runCheck(['--root', 'tests/fixtures/check-broken', '--format', 'json'], {
			GITHUB_ACTIONS: 'true',
		});
		const report = JSON.parse(stdout);
		expect(code).toBe(1);
		expect(report).toMatchObject({ ok: false, records: 6, errors: 20, warnings: 0 });
		expect(report.problems[0]).toMatchObject({
			file: 'content/practices/broken-mdx.mdx',
			line: 15,
			column: 1,
			kind: 'file/mdx',
		});
	});

	it('exits with 0 and one line when all is well', async ({ expect }) => {
		const { code, stdout } = await runCheck(['--root', 'tests/fixtures/check-valid', '--today', '2026-06-01']);
		expect(code).toBe(0);
		expect(stdout).toBe('Checked 3 records: no problems found.\n');
	});

	it('passes with warnings, and fails on them with --strict', async ({ expect }) => {
		const args = ['--root', 'tests/fixtures/check-warnings', '--today', '2026-06-01'];
		const [lenient, strict] = await Promise.all([runCheck(args), runCheck([...args, '--strict'])]);
		expect(lenient.code).toBe(0);
		expect(strict.code).toBe(1);
		expect(strict.stdout.trimEnd().split('\n').at(-1)).toBe('3 warnings in 3 files.');
	});

	it('says where the configuration is missing and exits with 2', async ({ expect }) => {
		const { code, stdout, stderr } = await runCheck(['--root', 'tests/fixtures/rules-duplicate-id']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.replace(repo, '<repo>/')).toMatchInlineSnapshot(`
			"tests/fixtures/rules-duplicate-id has no astro.config.mjs.
			Run the command in the playbook's folder, or point at it with --root <folder>.
			"
		`);
	});

	it('lists every invalid Charter option and exits with 2', async ({ expect }) => {
		const { code, stderr } = await runCheck(['--root', 'tests/fixtures/check-bad-config']);
		expect(code).toBe(2);
		expect(stderr).toMatchInlineSnapshot(`
			"Could not load tests/fixtures/check-bad-config/astro.config.mjs:
			The Charter options in astro.config.mjs have 2 problems:
			  charter.pillars  must list at least one pillar
			  charter.reviewIntervalMonth  is not an option (did you mean "reviewIntervalMonths"?); known: organization, description, logo, pillars, repository, reviewIntervalMonths, ownerHandles, allowedImports, allowedOrigins, sidebarRecordLimit, printRecordLimit
			Correct them in the charter({ … }) call in astro.config.mjs.
			"
		`);
	});

	it('rejects an unknown format with the usage', async ({ expect }) => {
		const { code, stderr } = await runCheck(['--format', 'xml']);
		expect(code).toBe(2);
		expect(stderr.split('\n')[0]).toBe('--format is "xml"; use text or json.');
	});
});

describe.concurrent('runCheckCommand', () => {
	const options = { root: 'tests/fixtures/check-valid', format: 'text', strict: false, github: false };

	it('returns the usage and exit code 2 for an unknown format', async ({ expect }) => {
		expect(await runCheckCommand({ ...options, format: 'xml' })).toEqual({
			exitCode: 2,
			stdout: '',
			stderr: `--format is "xml"; use text or json.\n\n${CHECK_USAGE}`,
		});
	});

	it('returns exit code 2 for a day that is not YYYY-MM-DD', async ({ expect }) => {
		expect(await runCheckCommand({ ...options, today: '2026-13-45' })).toEqual({
			exitCode: 2,
			stdout: '',
			stderr: '--today is "2026-13-45"; write the date as YYYY-MM-DD.',
		});
		expect((await runCheckCommand({ ...options, today: '1 June 2026' })).stderr).toBe(
			'--today is "1 June 2026"; write the date as YYYY-MM-DD.',
		);
	});

	it('returns the report and exit code 0 for a valid playbook', async ({ expect }) => {
		const result = await runCheckCommand({
			...options,
			root: `${repo}tests/fixtures/check-valid`,
			today: '2026-06-01',
		});
		expect(result).toEqual({ exitCode: 0, stdout: 'Checked 3 records: no problems found.', stderr: '' });
	});
});
