import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixtureSite, removeDir } from '../helpers/astro.ts';
import { createScriptedRepository } from '../helpers/git-repo.ts';

// One site, one build: a copy of the check-valid fixture in a git repository of its own, whose
// records are added, accepted, renamed in a merged pull request, superseded and edited.
let root: string;
let dist: string;
const OUTPUT = 'content/practices/output-vs-outcome.mdx';
const SMALL = 'content/practices/ship-small-batches.md';
const QUARTERLY = 'content/practices/quarterly-releases.md';

beforeAll(() => {
	root = copyFixtureSite('check-valid', 'history');
	const repo = createScriptedRepository(root);
	const final = (file: string) => readFileSync(join(root, file), 'utf8');
	const [output, small, quarterly] = [final(OUTPUT), final(SMALL), final(QUARTERLY)];
	repo.edit(
		'astro.config.mjs',
		'export default defineConfig({',
		"export default defineConfig({\n\tsite: 'https://fixture.test',",
	);
	rmSync(join(root, SMALL));
	repo.write('content/practices/small-batches.md', small.replace('status: accepted', 'status: proposed'));
	repo.write(OUTPUT, output.replace('status: accepted', 'status: proposed'));
	repo.write(QUARTERLY, quarterly.replace('status: superseded', 'status: accepted'));
	repo.commit('Propose the first practices', '2026-01-05T09:00:00+00:00');

	repo.write(OUTPUT, output);
	repo.commit('Accept outcomes over outputs (#12)', '2026-02-10T09:00:00+00:00');

	repo.git(['checkout', '-q', '-b', 'ship-small']);
	repo.git(['mv', 'content/practices/small-batches.md', SMALL]);
	repo.write(SMALL, small);
	repo.commit('Accept shipping in small batches', '2026-03-02T09:00:00+00:00');
	repo.git(['checkout', '-q', 'main']);
	repo.git(
		[
			'merge',
			'-q',
			'--no-ff',
			'-m',
			'Merge pull request #15 from fixture/ship-small\n\nShip in small batches',
			'ship-small',
		],
		'2026-03-03T09:00:00+00:00',
	);

	repo.write(QUARTERLY, quarterly);
	repo.commit('Supersede quarterly releases', '2026-03-04T09:00:00+00:00');

	for (let day = 1; day <= 9; day++) {
		repo.write(OUTPUT, `${output}${'\n'.repeat(day)}`);
		repo.commit(`Reword outcomes over outputs, take ${day}`, `2026-04-0${day}T09:00:00+00:00`);
	}
	dist = buildSite(root);
}, 300_000);
afterAll(() => {
	if (dist) removeDir(dist);
	if (root) removeDir(root);
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The text of an HTML fragment, tags removed and whitespace collapsed. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
/** The History section of a record's page. */
const historyOf = (id: string) =>
	read(`practices/${id}/index.html`).match(/<section[^>]*aria-labelledby="record-history"[\s\S]*?<\/section>/)?.[0] ??
	'';

describe('a record page built from git', () => {
	it('shows when the record was added, decided and renamed, linking the merge commit and its pull request', () => {
		const section = historyOf('ship-small-batches');
		expect(textOf(section)).toBe(
			`History March 3, 2026 Proposed → Accepted; Renamed from small-batches.md Ship in small batches ( ${/<code>(\w{7})<\/code>/.exec(section)?.[1]} , #15 ) January 5, 2026 Added as Proposed Propose the first practices ( ${/<code>(\w{7})<\/code>[^]*<code>(\w{7})<\/code>/.exec(section)?.[2]} )`,
		);
		expect(section).toContain('href="https://github.com/fixture/playbook/pull/15"');
		expect(section).toMatch(/href="https:\/\/github\.com\/fixture\/playbook\/commit\/[0-9a-f]{40}"/);
	});

	it('shows a superseded record’s change of status', () => {
		expect(textOf(historyOf('quarterly-releases'))).toContain(
			'March 4, 2026 Accepted → Superseded Supersede quarterly releases',
		);
	});

	it('dates "Last updated" from the merge that brought the last change in', () => {
		expect(read('practices/ship-small-batches/index.html')).toContain('datetime="2026-03-03T09:00:00.000Z"');
	});

	it('bounds a long history and links the page that lists all of it', () => {
		const section = historyOf('output-vs-outcome');
		expect(section.match(/<li/g)).toHaveLength(8);
		expect(section).toContain('<a href="/practices/output-vs-outcome/history/">All 11 changes to this record</a>');
		const all = read('practices/output-vs-outcome/history/index.html');
		expect(all.match(/class="charter-history__entry/g)).toHaveLength(11);
		expect(textOf(all)).toContain('February 10, 2026 Proposed → Accepted Accept outcomes over outputs (#12)');
	});
});

describe('the changes page and feed', () => {
	it('lists additions, decisions, renames and supersessions by month, newest first, leaving edits out', () => {
		const main = read('changes/index.html').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
		const lines = [
			...main.matchAll(/<h2 id="([\d-]+)">|<li class="charter-history__entry[^"]*">([\s\S]*?)<\/li>/g),
		].map((match) => (match[1] ? `# ${match[1]}` : textOf(match[2]!).replace(/ \w{7}$/, '')));
		expect(lines).toEqual([
			'# 2026-03',
			'March 4, 2026 Superseded Release once a quarter Accepted → Superseded',
			'March 3, 2026 Decided Ship in small batches',
			'March 3, 2026 Renamed Ship in small batches Proposed → Accepted; Renamed from small-batches.md',
			'# 2026-02',
			'February 10, 2026 Decided Measure outcomes, not output',
			'# 2026-01',
			...[
				'January 5, 2026 Added Measure outcomes, not output',
				'January 5, 2026 Added Release once a quarter',
				'January 5, 2026 Added Ship in small batches',
			],
		]);
	});

	it('publishes the same changes as an RSS feed', () => {
		const feed = read('changes.xml');
		expect([...feed.matchAll(/<item><title>([^<]*)<\/title>/g)].map((match) => match[1]).slice(0, 3)).toEqual([
			'Superseded: Release once a quarter',
			'Decided: Ship in small batches',
			'Renamed: Ship in small batches',
		]);
	});

	it('carries each record’s history in records.json', () => {
		const data = JSON.parse(read('records.json')) as {
			records: { id: string; history: { kind: string; date: string }[] }[];
		};
		const record = data.records.find((candidate) => candidate.id === 'ship-small-batches');
		expect(record?.history.map(({ kind, date }) => `${date} ${kind}`)).toEqual([
			'2026-03-03 status',
			'2026-01-05 added',
		]);
	});
});
