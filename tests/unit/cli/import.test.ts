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

	it('prints the report of a finished import on stdout, and exits with 1 when a record needs a human', async () => {
		const result = await runImportCommand({
			folders: [`${REPO_ROOT}tests/fixtures/adr-nygard`],
			root: site,
			pillar: 'outcomes',
			owner: 'platform-team',
			force: false,
		});
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toBe('');
		expect(result.stdout.replaceAll(relative(process.cwd(), site), '<site>').split('\n')[0]).toMatchInlineSnapshot(
			`"Imported 4 decision records from tests/fixtures/adr-nygard into <site>/content/practices/ (pillar "outcomes")."`,
		);
	});

	it('reports on stderr an import it refuses because the records exist already', async () => {
		const result = await runImportCommand({
			folders: [`${REPO_ROOT}tests/fixtures/adr-nygard`],
			root: site,
			pillar: 'outcomes',
			owner: 'platform-team',
			force: false,
		});
		expect(result.exitCode).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.replaceAll(relative(process.cwd(), site), '<site>')).toMatchInlineSnapshot(`
			"4 records already exist in content/practices/:
			  0001-record-architecture-decisions.md → record-architecture-decisions
			  0002-use-mysql.md → use-mysql
			  0003-use-postgresql.md → use-postgresql
			  0004-run-postgresql-on-managed-instances.md → run-postgresql-on-managed-instances
			No record was written. Rename or remove the existing ones, or pass --force to replace them."
		`);
	});
});
