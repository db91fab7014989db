import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../../src/cli/check.ts';
import { copyFixtureSite, removeDir } from '../../helpers/astro.ts';

// One git repository for the file: each test edits the records and commits, then resets to `base`.
let site: string;
const RECORD = 'content/practices/output-vs-outcome.mdx';
const git = (...args: string[]) => execFileSync('git', args, { cwd: site, encoding: 'utf8', stdio: 'pipe' });

beforeAll(() => {
	site = copyFixtureSite('check-valid', 'since');
	git('init', '--quiet', '--initial-branch=trunk');
	git('config', 'user.email', 'test@example.org');
	git('config', 'user.name', 'Test');
	git('add', '.');
	git('commit', '--quiet', '-m', 'The playbook as accepted');
	git('tag', 'base');
});
afterAll(() => removeDir(site));
beforeEach(() => {
	git('reset', '--quiet', '--hard', 'base');
	git('clean', '--quiet', '-fd');
});

function edit(file: string, change: (text: string) => string) {
	const path = join(site, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function commit() {
	git('add', '-A');
	git('commit', '--quiet', '-m', 'Edit the playbook');
}

async function checkSince(ref = 'base', format = 'text') {
	return runCheckCommand({ root: site, format, strict: false, github: false, today: '2026-06-01', since: ref });
}

describe('npm run check --since', () => {
	it('passes when nothing changed since the ref', async () => {
		expect((await checkSince()).exitCode).toBe(0);
	});

	it('reports a changed claim of an accepted record with its file, line and field', async () => {
		edit(RECORD, (text) => text.replace('says nothing about', 'tells little about'));
		commit();
		const { exitCode, stdout } = await checkSince();
		expect(exitCode).toBe(1);
		expect(stdout).toMatchInlineSnapshot(`
			"content/practices/output-vs-outcome.mdx
			  content/practices/output-vs-outcome.mdx:9:5  justification[0] changed, which is part of the decision accepted at base
			    → undo the change, or add a new entry at the end of \`amendments\` (today’s date and what changed, and why); to replace the decision, write a new record that supersedes this one

			1 error in 1 file."
		`);
	});

	it('annotates a guarded change for GitHub Actions', async () => {
		edit(RECORD, (text) => text.replace('summary: We judge work', 'summary: We judge most work'));
		commit();
		const { stdout } = await runCheckCommand({
			root: site,
			format: 'text',
			strict: false,
			github: true,
			since: 'base',
		});
		expect(stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
			expect.stringMatching(
				/^::error file=content\/practices\/output-vs-outcome\.mdx,line=3,col=10,title=Charter decision\/changed::summary changed, which is part of the decision accepted at base%0A→ /,
			),
		]);
	});

	it('reports a changed title, summary and pillar, and a changed body at its line', async () => {
		edit(RECORD, (text) =>
			text
				.replace('title: Measure outcomes, not output', 'title: Measure outcomes')
				.replace('pillar: outcomes', 'pillar: delivery')
				.replace('An outcome is a change in what people do.', 'An outcome is any change.'),
		);
		commit();
		const { stdout } = await checkSince();
		expect(stdout).toContain(`${RECORD}:2:8  title changed`);
		expect(stdout).toContain(`${RECORD}:4:9  pillar changed`);
		expect(stdout).toContain(`${RECORD}:25:1  changes the body`);
	});

	it.each([
		['moving the status forward', (text: string) => text.replace('status: accepted', 'status: deprecated')],
		[
			'setting reviewed',
			(text: string) => text.replace('decided: 2026-01-10', 'decided: 2026-01-10\nreviewed: 2026-05-01'),
		],
		[
			'changing owners and tags',
			(text: string) => text.replace('[product-leadership]', '[delivery-office]\ntags: [metrics]'),
		],
		['adding related records', (text: string) => text.replace('owners:', 'related: [ship-small-batches]\nowners:')],
		[
			"fixing a source's address and adding its publisher",
			(text: string) =>
				text.replace(
					'url: https://example.com/outcomes-over-output',
					'url: https://example.org/outcomes\n    publisher: Sense & Respond Press',
				),
		],
		[
			'reflowing the body and editing its Notes section',
			(text: string) =>
				`${text.replace('\n## Definition', '\n\n\n## Definition  ')}\n## Notes\n\nSee also the quarterly review.\n`,
		],
	])('allows %s', async (_, change) => {
		edit(RECORD, change);
		commit();
		const { exitCode, stdout } = await checkSince('base', 'json');
		expect(JSON.parse(stdout).problems.filter((problem: { severity: string }) => problem.severity === 'error')).toEqual(
			[],
		);
		expect(exitCode).toBe(0);
	});

	it('allows a change to the decision that comes with a new amendment', async () => {
		edit(RECORD, (text) =>
			text
				.replace('says nothing about', 'tells little about')
				.replace('owners:', 'amendments:\n  - date: 2026-05-20\n    summary: Softened the first claim.\nowners:'),
		);
		commit();
		expect(await checkSince()).toMatchObject({ exitCode: 0, stdout: 'Checked 3 records: no problems found.' });
	});

	it('reports an amendment dated in the future', async () => {
		edit(RECORD, (text) =>
			text.replace('owners:', 'amendments:\n  - date: 2026-07-01\n    summary: Softened the first claim.\nowners:'),
		);
		const { stdout } = await checkSince();
		expect(stdout).toContain(`${RECORD}:8:11  amendments[0].date is 2026-07-01, after today (2026-06-01)`);
	});

	it('reports a record moved back to proposed', async () => {
		edit(RECORD, (text) => text.replace('status: accepted', 'status: proposed'));
		const { stdout } = await checkSince();
		expect(stdout).toContain(
			`${RECORD}:5:9  status is "proposed", but the record was accepted at base; an accepted decision only moves forward`,
		);
	});

	it('reports a deleted accepted record, in text and in JSON', async () => {
		rmSync(join(site, RECORD));
		commit();
		const text = await checkSince();
		expect(text.exitCode).toBe(1);
		expect(text.stdout).toContain(
			`${RECORD}:1:1  was deleted, but "output-vs-outcome" was an accepted decision at base`,
		);
		const report = JSON.parse((await checkSince('base', 'json')).stdout);
		expect(report.problems).toContainEqual(
			expect.objectContaining({ kind: 'decision/deleted', file: RECORD, line: 1, severity: 'error' }),
		);
	});

	it('reports a rename without an alias as a deletion, and accepts one with the old id as alias', async () => {
		renameSync(join(site, RECORD), join(site, 'content/practices/outcomes-over-output.mdx'));
		commit();
		expect((await checkSince()).stdout).toContain('was deleted, but "output-vs-outcome" was an accepted decision');

		edit('content/practices/outcomes-over-output.mdx', (text) =>
			text.replace('owners:', 'aliases: [output-vs-outcome]\nowners:'),
		);
		commit();
		const renamed = await checkSince();
		expect(renamed.exitCode).toBe(0);
		expect(renamed.stdout).toContain(
			'quarterly-releases.md:10:11  warning related[0] names "output-vs-outcome", the old id of "outcomes-over-output"',
		);
	});

	it('reports an unknown ref plainly, without a stack trace', async () => {
		const result = await checkSince('no-such-branch');
		expect(result).toMatchInlineSnapshot(`
			{
			  "exitCode": 2,
			  "stderr": "--since "no-such-branch" names no commit in this repository. Check the spelling, or fetch it first (\`git fetch origin no-such-branch\`; in GitHub Actions, check out with \`fetch-depth: 0\`).",
			  "stdout": "",
			}
		`);
	});
});
