import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../../src/cli/import.ts';
import { copyFixtureSite, removeDir, REPO_ROOT } from '../../helpers/astro.ts';

describe('runImportCommand', () => {
	let site: string;

	beforeAll(() => {
		site = copyFixtureSite('check-valid', 'import-command');
	});

	afterAll(() => removeDir(site));

	it('asks for the folder of decision records when none is given, with the usage and exit code 2', async () => {
		const result = await runImportCommand({ folders: [], root: site, force: false });
		expect(result.exitCode).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')[0]).toMatchInlineSnapshot(`"Give the folder of decision records to import."`);
		expect(result.stderr).toContain('Usage: npm run import -- <folder>');
	});

	it('refuses more than one folder', async () => {
		const result = await runImportCommand({ folders: ['a', 'b'], root: site, force: false });
		expect(result.exitCode).toBe(2);
		expect(result.stderr.split('\n')[0]).toMatchInlineSnapshot(`"Give one folder, not 2."`);
	});

	it('says why the site cannot be used and exits with 1', async () => {
		const result = await runImportCommand({
			folders: ['tests/fixtures/adr-nygard'],
			root: 'tests/fixtures/rules-duplicate-id',
			force: false,
		});
		expect(result).toMatchInlineSnapshot(`
			{
			  "exitCode": 1,
			  "stderr": "tests/fixtures/rules-duplicate-id has no astro.config.mjs.
			Run the command in the playbook's folder, or point at it with --root <folder>.",
			  "stdout": "",
			}
		`);
	});

	it('prints the report of a finished import on stdout, summary first, and exits with 0 whatever gaps remain', async () => {
		const result = await runImportCommand({
			folders: [`${REPO_ROOT}tests/fixtures/adr-nygard`],
			root: site,
			pillar: 'outcomes',
			owner: 'platform-team',
			force: false,
		});
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.replaceAll(relative(process.cwd(), site), '<site>').split('\n\n')[0]).toMatchInlineSnapshot(
			`
			"Imported 4 decision records from tests/fixtures/adr-nygard into <site>/content/practices/ (pillar "outcomes").
			0 complete, 4 with gaps.
			8 known gaps, recorded in <site>/charter-gaps.json:
			     4  the reasons for the decision
			     2  the options that were considered
			     2  the reason an option was not chosen
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. The playbook passes \`npm run check\` and builds now, and each record page shows its gaps. Fill them in (\`npm run check -- --owner platform-team\` lists them), then run \`npm run check -- --prune\`."
		`,
		);
	});

	it('changes nothing when the same folder is imported again, and says so on stdout', async () => {
		const result = await runImportCommand({
			folders: [`${REPO_ROOT}tests/fixtures/adr-nygard`],
			root: site,
			pillar: 'outcomes',
			owner: 'platform-team',
			force: false,
		});
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.replaceAll(relative(process.cwd(), site), '<site>').split('\n')[0]).toMatchInlineSnapshot(
			`"Nothing to import: the 4 records from tests/fixtures/adr-nygard are already in <site>/content/practices/, unchanged."`,
		);
	});
});
