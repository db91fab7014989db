import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, copyFixtureSite, createTempDir, getChildEnv, removeDir, REPO_ROOT } from '../helpers/astro.ts';

/** Runs `npm run import -- …` the way npm does: the bin on the project's Node, from the repository root. */
async function runImportCommand(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			[join(REPO_ROOT, 'src/cli/import-bin.ts'), ...args],
			{ cwd: REPO_ROOT, env: getChildEnv() },
		);
		return { exitCode: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { exitCode: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
	}
}

describe('npm run import, then a build', () => {
	let site: string;
	let outDir: string;
	let imported: Awaited<ReturnType<typeof runImportCommand>>;

	beforeAll(async () => {
		// The Contoso site, without its own records, so the imported ones are the whole playbook.
		site = copyFixtureSite('second-site', 'import');
		rmSync(join(site, 'content/practices'), { recursive: true });
		outDir = createTempDir('import-build');
		imported = await runImportCommand(['tests/fixtures/adr-madr4', '--root', site, '--pillar', 'platform']);
	});

	afterAll(() => {
		removeDir(site);
		removeDir(outDir);
	});

	it('imports a clean folder of MADR records with the pillars of the site’s own config, and says they all pass', () => {
		expect(imported.stderr).toBe('');
		expect(imported.exitCode).toBe(0);
		expect(imported.stdout).toContain('Imported 4 decision records from tests/fixtures/adr-madr4 into ');
		expect(
			imported.stdout.trimEnd().endsWith("All 4 imported records pass the playbook's rules; none needs a human."),
		).toBe(true);
	});

	it('builds the imported records into pages with their claims, alternatives, sources and links', async () => {
		const build = runAstro(['build', '--root', site, '--outDir', outDir]);
		expect(build.status, build.output).toBe(0);
		const page = readFileSync(join(outDir, 'practices/use-postgresql-for-persistence/index.html'), 'utf8');
		expect(page).toContain('Operations can support one engine well rather than four badly.');
		expect(page).toContain('<dt>MongoDB</dt>');
		expect(page).toContain('href="https://www.postgresql.org/docs/current/"');
		expect(page).toContain('href="/handbook/practices/record-decisions-in-markdown/"');
		expect(page).toContain('<h3 id="confirmation">Confirmation</h3>');
		const newer = readFileSync(join(outDir, 'practices/publish-events-through-the-event-log/index.html'), 'utf8');
		// The body link to the older record: 0003-….md became ./publish-events-through-a-queue.md on
		// import, and the build turned that into the page's address under the base path.
		expect(newer).toMatch(/<a href="\/handbook\/practices\/publish-events-through-a-queue\/">queue decision<\/a>/);
	});

	it('refuses to import the same records again without --force, and writes nothing', async () => {
		const again = await runImportCommand(['tests/fixtures/adr-madr4', '--root', site, '--pillar', 'platform']);
		expect(again.exitCode).toBe(1);
		expect(again.stdout).toBe('');
		expect(again.stderr).toContain('4 records already exist in content/practices/:');
	});
});

describe('the import command line', () => {
	it('explains its usage when the folder is missing or an option is unknown', async () => {
		const missing = await runImportCommand([]);
		expect(missing.exitCode).toBe(2);
		expect(missing.stderr).toMatch(
			/^Give the folder of decision records to import\.\n\nUsage: npm run import -- <folder>/,
		);
		const unknown = await runImportCommand(['docs/adr', '--pilar', 'x']);
		expect(unknown.exitCode).toBe(2);
		expect(unknown.stderr).toContain("Unknown option '--pilar'");
	});

	it('says where to run it when the folder has no Astro config', async () => {
		const empty = createTempDir('no-config');
		const result = await runImportCommand(['tests/fixtures/adr-madr4', '--root', empty]);
		removeDir(empty);
		expect(result.exitCode).toBe(1);
		expect(result.stderr.replace(empty, '<folder>')).toBe(
			"<folder> has no astro.config.mjs.\nRun the command in the playbook's folder, or point at it with --root <folder>.\n",
		);
	});
});
