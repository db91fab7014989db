import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
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
	let corpus: Awaited<ReturnType<typeof runImportCommand>>;
	let build: ReturnType<typeof runAstro>;

	beforeAll(async () => {
		// The Contoso site, without its own records, so the imported ones are the whole playbook.
		site = copyFixtureSite('second-site', 'import');
		rmSync(join(site, 'content/practices'), { recursive: true });
		outDir = createTempDir('import-build');
		imported = await runImportCommand(['tests/fixtures/adr-madr4', '--root', site, '--pillar', 'platform']);
		// 20 records in every format, some of which leave gaps; the same site is built once with both folders.
		corpus = await runImportCommand([
			'tests/fixtures/adr-corpus',
			'--root',
			site,
			'--pillar',
			'platform',
			'--owner',
			'platform-team',
		]);
		build = runAstro(['build', '--root', site, '--outDir', outDir]);
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

	it('imports 20 records of every format with their gaps, exits 0 and prints the summary first', () => {
		expect(corpus.stderr).toBe('');
		expect(corpus.exitCode).toBe(0);
		expect(corpus.stdout.split('\n\n')[0]!.replace(/\S*\/import-[^/\s]+/g, '<site>')).toMatchInlineSnapshot(`
			"Imported 20 decision records from tests/fixtures/adr-corpus into <site>/content/practices/ (pillar "platform").
			13 complete, 7 with gaps.
			14 known gaps, recorded in <site>/charter-gaps.json:
			     7  the reasons for the decision
			     4  the reason an option was not chosen
			     3  the options that were considered
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. The playbook passes \`npm run check\` and builds now, and each record page shows its gaps. Fill them in (\`npm run check -- --owner platform-team\` lists them), then run \`npm run check -- --prune\`."
		`);
		const gaps = JSON.parse(readFileSync(join(site, 'charter-gaps.json'), 'utf8')) as {
			gaps: { file: string; field: string; kind: string }[];
			imported: Record<string, unknown>;
		};
		expect(gaps.gaps).toContainEqual({
			file: 'content/practices/measure-page-speed-in-ci.md',
			field: 'alternatives[0].reason',
			kind: 'content/placeholder',
		});
		expect(Object.keys(gaps.imported)).toHaveLength(24);
	});

	it('builds a playbook whose known gaps are accepted, and says so', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain('14 known gaps in 7 records, accepted from charter-gaps.json');
	});

	it('shows what an incomplete record is missing instead of its TODO text, and lists it in the catalog', () => {
		const page = readFileSync(join(outDir, 'practices/measure-page-speed-in-ci/index.html'), 'utf8');
		expect(page).toContain('This record is incomplete:');
		expect(page).toContain('the reason option “Real-user monitoring only” was not chosen is missing');
		expect(page).toContain('Reason not recorded yet.');
		expect(page).not.toContain('TODO:');
		const catalog = readFileSync(join(outDir, 'practices/index.html'), 'utf8');
		expect(catalog).toContain('<h2 id="incomplete-records">Incomplete records</h2>');
		expect(catalog).toContain('7 records still incomplete');
	});

	it('publishes the reason stated for the chosen option as the reason the others lost, and the copied images', () => {
		const page = readFileSync(join(outDir, 'practices/deploy-with-blue-green-releases/index.html'), 'utf8');
		expect(page).toContain(
			'Not chosen: &quot;Blue-green releases&quot; was chosen because a release can be switched back in seconds.',
		);
		const diagram = readFileSync(join(outDir, 'practices/describe-the-data-model-in-one-diagram/index.html'), 'utf8');
		expect(diagram).toMatch(/<img [^>]*alt="Order data model"/);
		expect(existsSync(join(site, 'content/practices/assets/images/order-model.svg'))).toBe(true);
		expect(page).toContain('<a href="../assets/files/rollout.pdf">the rollout plan</a>');
		expect(readFileSync(join(outDir, 'practices/assets/files/rollout.pdf'), 'utf8')).toContain('not a real plan');
	});

	it('builds the imported records into pages with their claims, alternatives, sources and links', async () => {
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

	it('changes nothing when the same folder is imported again', async () => {
		const again = await runImportCommand(['tests/fixtures/adr-madr4', '--root', site, '--pillar', 'platform']);
		expect(again.exitCode).toBe(0);
		expect(again.stdout.split('\n')[0]).toBe(
			`Nothing to import: the 4 records from tests/fixtures/adr-madr4 are already in ${relative(REPO_ROOT, site)}/content/practices/, unchanged.`,
		);
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
