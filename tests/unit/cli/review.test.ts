import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runReviewCommand } from '../../../src/cli/review.ts';
import { getChildEnv, REPO_ROOT } from '../../helpers/astro.ts';

const root = join(REPO_ROOT, 'tests/fixtures/check-valid');
const review = (options: { format?: string; asOf?: string; within?: string }) =>
	runReviewCommand({ root, format: 'text', ...options });

describe('runReviewCommand', () => {
	it('lists the records due as of a day, by owner, with their handles and links', async () => {
		const { stdout, exitCode } = await review({ asOf: '2027-03-10' });
		expect(exitCode).toBe(0);
		expect(stdout).toMatchInlineSnapshot(`
			"2 practices due for review as of 2027-03-10, by owner:

			delivery-office (@fixture/delivery, @jane-doe)
			  Ship in small batches: due since 2027-03-02 (decided 2026-03-02, never reviewed)
			    /practices/ship-small-batches/

			design-research
			  Ship in small batches: due since 2027-03-02 (decided 2026-03-02, never reviewed)
			    /practices/ship-small-batches/

			product-leadership (@fixture/product)
			  Measure outcomes, not output: due since 2027-01-10 (decided 2026-01-10, never reviewed)
			    /practices/output-vs-outcome/"
		`);
	});

	it('adds the records falling due within a window ahead, as JSON', async () => {
		const { stdout } = await review({ asOf: '2027-01-01', within: '30d', format: 'json' });
		expect(JSON.parse(stdout)).toMatchInlineSnapshot(`
			{
			  "asOf": "2027-01-01",
			  "dueBy": "2027-01-31",
			  "owners": [
			    {
			      "handles": [
			        "@fixture/product",
			      ],
			      "owner": "product-leadership",
			      "records": [
			        {
			          "basis": "decided",
			          "dueOn": "2027-01-10",
			          "id": "output-vs-outcome",
			          "overdue": false,
			          "since": "2026-01-10",
			          "title": "Measure outcomes, not output",
			          "url": "/practices/output-vs-outcome/",
			        },
			      ],
			    },
			  ],
			}
		`);
	});

	it('writes the body of one issue per owner, a checklist of records, in Markdown', async () => {
		const { stdout } = await review({ asOf: '2027-01-12', format: 'markdown' });
		expect(stdout).toMatchInlineSnapshot(`
			"## Practices due for review: product-leadership

			1 practice owned by **product-leadership** is due for review as of 2027-01-12:

			- [ ] [Measure outcomes, not output](/practices/output-vs-outcome/): due since 2027-01-10 (decided 2026-01-10, never reviewed)

			For each, check that the practice still holds. If it does, record the review with one line in its frontmatter, \`reviewed: YYYY-MM-DD\`; if it does not, propose an amendment or a new record that supersedes it.

			cc @fixture/product"
		`);
	});

	it('says when nothing is due', async () => {
		expect((await review({ asOf: '2026-06-01' })).stdout).toBe('No practice is due for review as of 2026-06-01.');
	});

	it('refuses a malformed date, window or format with what to write instead', async () => {
		expect((await review({ asOf: '10/03/2027' })).stderr).toMatchInlineSnapshot(
			`"--as-of is "10/03/2027"; write the date as YYYY-MM-DD."`,
		);
		expect((await review({ within: 'a month' })).stderr).toMatchInlineSnapshot(
			`"--within is "a month"; write a number of days, like 30d."`,
		);
		expect((await review({ format: 'csv' })).exitCode).toBe(2);
	});
});

describe('npm run review -- --open-issues', () => {
	const bin = mkdtempSync(join(tmpdir(), 'charter-fake-gh-'));
	const calls = join(bin, 'calls.jsonl');
	afterAll(() => rmSync(bin, { recursive: true, force: true }));
	// A stand-in for the GitHub CLI: it records its arguments, and lists the open issues it is given.
	writeFileSync(
		join(bin, 'gh'),
		`#!/usr/bin/env node
const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(calls)}, JSON.stringify(process.argv.slice(2)) + '\\n');
if (process.argv[2] === 'issue' && process.argv[3] === 'list') process.stdout.write(process.env.FAKE_GH_OPEN_ISSUES ?? '[]');
`,
	);
	chmodSync(join(bin, 'gh'), 0o755);

	let lastBodies: string[] = [];
	async function remind(asOf: string, openIssues: { number: number; title: string }[]) {
		rmSync(calls, { force: true });
		await promisify(execFile)(
			process.execPath,
			['src/cli/review-bin.ts', '--root', root, '--as-of', asOf, '--open-issues'],
			{
				cwd: REPO_ROOT,
				env: getChildEnv({
					PATH: `${bin}${delimiter}${process.env.PATH}`,
					FAKE_GH_OPEN_ISSUES: JSON.stringify(openIssues),
				}),
			},
		);
		const issueCalls = readFileSync(calls, 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as string[])
			.filter((args) => args[0] === 'issue');
		lastBodies = issueCalls.flatMap((args) => (args.includes('--body') ? [args[args.indexOf('--body') + 1]!] : []));
		return issueCalls
			.filter((args) => args[0] === 'issue' && args[1] !== 'list')
			.map((args) => (args.includes('--body') ? args.slice(0, args.indexOf('--body')) : args).join(' '));
	}

	it('opens an issue for each owner with records due, and updates the one already open', async () => {
		expect(await remind('2027-03-10', [{ number: 4, title: 'Practices due for review: product-leadership' }])).toEqual([
			'issue create --title Practices due for review: delivery-office --label review-reminder',
			'issue create --title Practices due for review: design-research --label review-reminder',
			'issue edit 4',
		]);
		expect(lastBodies[0]).toContain(
			'- [ ] [Ship in small batches](/practices/ship-small-batches/): due since 2027-03-02 (decided 2026-03-02, never reviewed)',
		);
	});

	it('closes the issue of an owner with nothing due any more', async () => {
		expect(
			await remind('2027-01-12', [
				{ number: 4, title: 'Practices due for review: product-leadership' },
				{ number: 5, title: 'Practices due for review: delivery-office' },
			]),
		).toEqual(['issue edit 4', 'issue close 5 --comment Nothing is due for review as of 2027-01-12. Thank you!']);
	});
});
