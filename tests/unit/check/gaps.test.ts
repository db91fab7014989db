import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyKnownGaps, pruneKnownGaps } from '../../../src/check/gaps.ts';
import { createProblem } from '../../../src/check/problems.ts';
import { runCheckCommand } from '../../../src/cli/check.ts';
import { importFolder } from '../../../src/import/import-folder.ts';
import { copyFixtureSite, removeDir, REPO_ROOT } from '../../helpers/astro.ts';

const placeholder = (file: string, field: string, line = 3) =>
	createProblem('content/placeholder', { file, line, column: 5 }, { field, message: 'still holds the placeholder' });

describe('applyKnownGaps', () => {
	it('accepts each known gap once, whatever its line, and calls a gap the check no longer finds fixed', () => {
		const problems = [
			placeholder('a.md', 'alternatives[0].reason', 12),
			placeholder('a.md', 'alternatives[1].reason', 14),
			createProblem('file/yaml', { file: 'a.md', line: 2, column: 1 }, { message: 'is not valid YAML' }),
		];
		const gaps = [
			{ file: 'a.md', field: 'alternatives[0].reason', kind: 'content/placeholder' },
			{ file: 'a.md', field: 'justification[0].claim', kind: 'content/placeholder' },
		];
		const applied = applyKnownGaps(problems, gaps);
		expect(applied.known.map((problem) => problem.field)).toEqual(['alternatives[0].reason']);
		expect(applied.problems.map((problem) => problem.field || problem.kind)).toEqual([
			'alternatives[1].reason',
			'file/yaml',
		]);
		expect(applied.fixed).toEqual([gaps[1]]);
		expect(pruneKnownGaps({ gaps, imported: {} }, applied.fixed).gaps).toEqual([gaps[0]]);
	});

	it('never accepts a problem that is not a gap, even when the file lists it', () => {
		const yaml = createProblem('file/yaml', { file: 'a.md', line: 2, column: 1 }, { message: 'is not valid YAML' });
		const applied = applyKnownGaps([yaml], [{ file: 'a.md', field: '', kind: 'file/yaml' }]);
		expect(applied.problems).toEqual([yaml]);
		expect(applied.fixed).toHaveLength(1);
	});
});

describe('npm run check with a gaps file', () => {
	let site: string;
	const check = (extra: Partial<Parameters<typeof runCheckCommand>[0]> = {}) =>
		runCheckCommand({ root: site, format: 'text', strict: false, github: false, today: '2026-06-01', ...extra });
	const record = (id: string) => join(site, 'content/practices', `${id}.md`);

	beforeAll(() => {
		site = copyFixtureSite('second-site', 'gaps');
		rmSync(join(site, 'content/practices'), { recursive: true });
		const result = importFolder({
			folder: 'tests/fixtures/adr-nygard',
			root: site,
			pillar: 'platform',
			owner: 'platform-team',
			pillars: ['platform', 'discovery'],
			cwd: REPO_ROOT,
		});
		expect(result.exitCode).toBe(0);
	});

	afterAll(() => removeDir(site));

	it('passes on an imported playbook, listing its known gaps with a count, in text and JSON', async () => {
		const text = await check();
		expect(text.exitCode).toBe(0);
		expect(text.stdout.slice(text.stdout.indexOf('8 known gaps'))).toMatchInlineSnapshot(`
			"8 known gaps in 4 records, accepted until fixed (charter-gaps.json):
			  content/practices/record-architecture-decisions.md
			    content/practices/record-architecture-decisions.md:9:12  justification[0].claim  missing: the reasons for the decision
			    content/practices/record-architecture-decisions.md:11:13  alternatives[0].option  missing: the options that were considered
			    content/practices/record-architecture-decisions.md:12:13  alternatives[0].reason  missing: the reason an option was not chosen
			  content/practices/run-postgresql-on-managed-instances.md
			    content/practices/run-postgresql-on-managed-instances.md:8:12  justification[0].claim  missing: the reasons for the decision
			  content/practices/use-mysql.md
			    content/practices/use-mysql.md:9:12  justification[0].claim  missing: the reasons for the decision
			  content/practices/use-postgresql.md
			    content/practices/use-postgresql.md:9:12  justification[0].claim  missing: the reasons for the decision
			    content/practices/use-postgresql.md:11:13  alternatives[0].option  missing: the options that were considered
			    content/practices/use-postgresql.md:12:13  alternatives[0].reason  missing: the reason an option was not chosen"
		`);
		const json = JSON.parse((await check({ format: 'json' })).stdout) as Record<string, unknown[]>;
		expect(json.ok).toBe(true);
		expect(json.knownGaps).toHaveLength(8);
		expect(json.knownGaps![0]).toMatchObject({
			file: 'content/practices/record-architecture-decisions.md',
			field: 'justification[0].claim',
			kind: 'content/placeholder',
			missing: 'the reasons for the decision',
		});
	});

	it('fails on a new problem, and lists only one owner’s records with --owner', async () => {
		const source = readFileSync(record('use-mysql'), 'utf8');
		writeFileSync(
			record('use-mysql'),
			source.replace(/related: \[.*\]\n|owners:/, 'related: [no-such-record]\nowners:'),
		);
		const failed = await check();
		expect(failed.exitCode).toBe(1);
		expect(failed.stdout).toContain('related[0]');
		expect((await check({ owner: 'someone-else' })).stdout).toMatch(/^Checked 4 records: no problems found\.$/);
		writeFileSync(record('use-mysql'), source);
	});

	it('fails when a gap is fixed until --prune drops it, and fails again if the gap comes back', async () => {
		const source = readFileSync(record('use-postgresql'), 'utf8');
		const fixed = source.replace(/claim: "?TODO:[^\n]*/, 'claim: Managed PostgreSQL is what the hosting offers.');
		writeFileSync(record('use-postgresql'), fixed);
		const stale = await check();
		expect(stale.exitCode).toBe(1);
		expect(stale.stdout.slice(stale.stdout.indexOf('1 known gap is fixed'))).toMatchInlineSnapshot(`
			"1 known gap is fixed but still in charter-gaps.json:
			  content/practices/use-postgresql.md  justification[0].claim  was missing: the reasons for the decision
			Run \`npm run check -- --prune\` to drop it, and commit charter-gaps.json: until then the check fails, so that a fixed gap cannot come back unnoticed."
		`);

		// Another owner's prune leaves the gap in the file, and the check still fails for everyone.
		await check({ prune: true, owner: 'someone-else' });
		expect(readFileSync(join(site, 'charter-gaps.json'), 'utf8')).toContain(
			'"file": "content/practices/use-postgresql.md",\n\t\t\t"field": "justification[0].claim"',
		);
		expect((await check()).exitCode).toBe(1);

		const pruned = await check({ prune: true });
		expect(pruned.exitCode).toBe(0);
		expect(pruned.stdout).toContain('Pruned 1 fixed gap from charter-gaps.json; commit it.');
		expect(readFileSync(join(site, 'charter-gaps.json'), 'utf8')).not.toContain(
			'"file": "content/practices/use-postgresql.md",\n\t\t\t"field": "justification[0].claim"',
		);

		writeFileSync(record('use-postgresql'), source);
		const back = await check();
		expect(back.exitCode).toBe(1);
		expect(back.stdout).toContain('content/practices/use-postgresql.md:9:12  justification[0].claim still holds');
	});
});
