import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStarterAnswers, parsePillarList, runInitCommand } from '../../../src/cli/init.ts';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import { createTempDir, getChildEnv, removeDir, REPO_ROOT } from '../../helpers/astro.ts';

let folder: string;
beforeAll(() => {
	folder = createTempDir('init');
});
afterAll(() => removeDir(folder));

/** Runs `charter` from source without a terminal, as a script would. */
async function runCharter(args: string[]) {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['src/cli/charter.ts', ...args], {
			cwd: REPO_ROOT,
			env: getChildEnv(),
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

describe('charter init', () => {
	it('writes a playbook whose example record passes the check, with the pillars given', () => {
		const target = join(folder, 'acme');
		const result = runInitCommand(target, { organization: 'Acme', pillars: ['Discovery', 'Platform ops'] });
		expect(result.exitCode, result.stderr).toBe(0);
		const config = readFileSync(join(target, 'astro.config.mjs'), 'utf8');
		expect(config).toContain(
			"{ id: 'platform-ops', label: 'Platform ops', description: 'The practices of Platform ops.', order: 2 },",
		);
		expect(config).toContain('organization: "Acme",');
		const schema = JSON.parse(readFileSync(join(target, 'schemas/record.schema.json'), 'utf8')) as {
			properties: { pillar: { enum: string[] } };
		};
		expect(schema.properties.pillar.enum).toEqual(['discovery', 'platform-ops']);
		const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as Record<
			string,
			Record<string, string>
		>;
		expect(Object.keys(manifest['dependencies']!)).toEqual([
			'@astrojs/starlight',
			'@charter-playbook/charter',
			'astro',
		]);
		expect(Object.keys(manifest['scripts']!)).toEqual(
			expect.arrayContaining(['dev', 'build', 'start', 'check', 'new', 'test']),
		);
		expect(readFileSync(join(target, '.gitignore'), 'utf8')).toContain('node_modules/');
		const check = checkPlaybook(target, { pillars: ['discovery', 'platform-ops'] });
		expect(check.problems).toEqual([]);
		expect(check.records.map((record) => record.id)).toEqual(['write-decisions-as-records']);
	});

	it('writes nothing into a folder that already holds files', () => {
		const target = join(folder, 'taken');
		mkdirSync(target);
		writeFileSync(join(target, 'notes.txt'), 'mine');
		const result = runInitCommand(target, { organization: 'Acme', pillars: ['Discovery'] });
		expect(result.exitCode).toBe(1);
		expect(result.stderr.replace(folder, '<tmp>')).toMatchInlineSnapshot(`
			"<tmp>/taken already holds files, so nothing was written.
			Choose a new folder name, or empty the folder first."
		`);
	});

	it('reports every problem with the answers at once', () => {
		expect(checkStarterAnswers({ organization: ' ', pillars: ['Delivery', 'delivery', '???'] })).toMatchInlineSnapshot(`
			[
			  "The organization needs a name: give it with --name "<name>".",
			  "The pillars "Delivery" and "delivery" would both get the id "delivery"; rename one.",
			  "The pillar "???" has no letters or digits to make an id from; rename it.",
			]
		`);
		expect(parsePillarList(' Discovery,, Delivery , ')).toEqual(['Discovery', 'Delivery']);
	});

	it('asks for the organization name with a flag when there is no terminal', async () => {
		const { code, stderr } = await runCharter(['init', join(folder, 'no-name')]);
		expect(code).toBe(2);
		expect(stderr.trim()).toMatchInlineSnapshot(`"The organization needs a name: give it with --name "<name>"."`);
	});
});

describe('charter', () => {
	it('lists its subcommands with --help', async () => {
		const { code, stdout } = await runCharter(['--help']);
		expect(code).toBe(0);
		expect(stdout).toMatchInlineSnapshot(`
			"Usage: charter <command> [options]

			Commands:
			  init        Start a new playbook repository in a folder
			  check       Check every record and page, reporting all problems at once
			  build       Build the site, publishing it only when the build succeeds
			  new         Scaffold a record
			  import      Import existing decision records (MADR, Nygard, log4brains)
			  schema      Write the JSON Schema of record frontmatter for editors
			  codeowners  Write the records' section of .github/CODEOWNERS
			  review      List the records due for review, grouped by owner

			Run \`charter <command> --help\` for a command's options.
			"
		`);
	});

	it('names an unknown subcommand and exits with 2', async () => {
		const { code, stderr } = await runCharter(['chek']);
		expect(code).toBe(2);
		expect(stderr.split('\n')[0]).toMatchInlineSnapshot(`""chek" is not a charter command (did you mean "check"?)."`);
	});
});
