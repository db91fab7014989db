import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeCharterSite, writeStarlightSite, formatStarlightPage } from './bench-sites.ts';
import {
	addBodyParagraph,
	createMarker,
	pollPage,
	setFrontmatterTitle,
	startDevServer,
	type DevServer,
} from './dev-loop.ts';
import { median } from './measure.ts';
import { formatRecordFile, generatePlaybook, type SyntheticPlaybook, type SyntheticRecord } from './synthetic-playbook.ts';

/** The figures of the dev loop, in the order the report prints them. */
export const DEV_MEASURES = [
	['ready', '`astro dev` ready, cold (no cache)'],
	['firstPage', 'first record page, cold'],
	['warmReady', '`astro dev` ready, warm (cache kept)'],
	['warmFirstPage', 'first record page, warm'],
	['frontmatterEdit', 'edit a title → page shows it'],
	['bodyEdit', 'edit the body → page shows it'],
	['newRecord', 'new record file → listed'],
] as const;

export type DevMeasure = (typeof DEV_MEASURES)[number][0];

/** Every timing of one site, in milliseconds, one value per run or edit. */
export type DevTimings = Record<DevMeasure, number[]>;

/** What `npm run bench -- --dev` measured at one size. */
export interface DevSizeResult {
	n: number;
	charter: DevTimings;
	starlight?: DevTimings;
	/** The load average (1, 5, 15 minutes) before and after the runs. */
	load: { before: number[]; after: number[] };
}

interface DevBenchOptions {
	benchDir: string;
	astroBin: string;
	env: NodeJS.ProcessEnv;
	sizes: readonly number[];
	runs: number;
	seed: number;
	extension: 'md' | 'mdx';
	vanilla: boolean;
	/** Edits of each kind per run. */
	edits?: number;
}

type SiteKind = 'charter' | 'starlight';

/**
 * Measures the contributor's loop in `astro dev`, for Charter and vanilla Starlight holding the same
 * pages, in turn within each run: the time until the server is ready and serves a first record
 * page (with no cache, then again with the cache the first start left), and the time from writing
 * a file until the page polled over HTTP shows the change, for a title edit, a body edit and a new
 * record (in Charter's catalog, in vanilla Starlight's sidebar).
 */
export async function runDevBench(options: DevBenchOptions): Promise<DevSizeResult[]> {
	const results: DevSizeResult[] = [];
	for (const n of options.sizes) {
		console.log(`\nN = ${n}: generating the playbook (seed ${options.seed})…`);
		const playbook = generatePlaybook({ count: n, seed: options.seed });
		const dirs: Record<SiteKind, string> = {
			charter: join(options.benchDir, `dev-charter-${n}`),
			starlight: join(options.benchDir, `dev-starlight-${n}`),
		};
		writeCharterSite(dirs.charter, playbook, { extension: options.extension });
		if (options.vanilla) writeStarlightSite(dirs.starlight, playbook);
		const load = { before: loadavg(), after: [] as number[] };
		const timings: Record<SiteKind, DevTimings> = { charter: createTimings(), starlight: createTimings() };
		const sites: SiteKind[] = options.vanilla ? ['charter', 'starlight'] : ['charter'];
		for (let run = 1; run <= options.runs; run += 1) {
			// The order alternates between runs, so neither site always goes first on a shared machine.
			const order = run % 2 === 1 ? sites : [...sites].reverse();
			for (const site of order) {
				console.log(`  ${site === 'charter' ? 'Charter' : 'vanilla Starlight'}, run ${run}/${options.runs}`);
				await measureSite(site, dirs[site], playbook, run, options, timings[site]);
			}
		}
		load.after = loadavg();
		const result: DevSizeResult = {
			n,
			charter: timings.charter,
			load,
			...(options.vanilla ? { starlight: timings.starlight } : {}),
		};
		results.push(result);
		console.log(formatDevResult(result));
	}
	return results;
}

/** Keeps a figure and prints it at once, so that a long run shows its progress and a failed one what it had. */
function keep(timings: DevTimings, measure: DevMeasure, ms: number): void {
	timings[measure].push(ms);
	const label = DEV_MEASURES.find(([key]) => key === measure)![1];
	console.log(`    ${label}: ${(ms / 1000).toFixed(2)} s`);
}

function createTimings(): DevTimings {
	return Object.fromEntries(DEV_MEASURES.map(([key]) => [key, []])) as unknown as DevTimings;
}

async function measureSite(
	site: SiteKind,
	dir: string,
	playbook: SyntheticPlaybook,
	run: number,
	options: DevBenchOptions,
	timings: DevTimings,
): Promise<void> {
	const { records } = playbook;
	const edits = options.edits ?? 3;
	const fileOf = (id: string) =>
		site === 'charter'
			? join(dir, 'content/practices', `${id}.${options.extension}`)
			: join(dir, 'src/content/docs/practices', `${id}.md`);
	const titles = new Map(records.map((record) => [record.id, record.data.title]));
	// Each run edits records of its own, spread over the playbook.
	const pick = (offset: number) => records[(run * 97 + offset * 31) % records.length]!;
	const firstPage = pick(0);

	// Cold: no content cache and no Vite dependency cache.
	rmSync(join(dir, '.astro'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
	for (const phase of ['cold', 'warm'] as const) {
		const server = await startDevServer(options.astroBin, dir, { port: await getFreePort(), env: options.env });
		try {
			// Vanilla Starlight's first page took almost three minutes at 3,000 pages on a loaded machine.
			const page = await pollPage(
				`${server.url}/practices/${firstPage.id}/`,
				(body) => body.includes(escapeHtml(titles.get(firstPage.id)!)),
				{ timeoutMs: 900_000 },
			);
			keep(timings, phase === 'cold' ? 'ready' : 'warmReady', server.readyMs);
			keep(timings, phase === 'cold' ? 'firstPage' : 'warmFirstPage', page.ms);
			if (phase === 'warm') break;
			for (let edit = 0; edit < edits; edit += 1) {
				const record = pick(edit + 1);
				const url = `${server.url}/practices/${record.id}/`;
				const file = fileOf(record.id);
				const marker = createMarker(edit);
				keep(
					timings,
					'frontmatterEdit',
					await measureEdit(url, marker, () =>
						writeFileSync(file, setFrontmatterTitle(readFileSync(file, 'utf8'), `Edited ${marker}`)),
					),
				);
				const bodyMarker = createMarker(edit + edits);
				const sentence = `An added sentence, ${bodyMarker}.`;
				keep(
					timings,
					'bodyEdit',
					await measureEdit(url, bodyMarker, () =>
						writeFileSync(file, addBodyParagraph(readFileSync(file, 'utf8'), sentence)),
					),
				);
				const added = createNewRecord(record, `new-${createMarker(edit + 2 * edits)}`);
				titles.set(added.id, added.data.title);
				// Charter lists a new record in its catalog (its sidebar lists pillars at this size);
				// vanilla Starlight's sidebar lists every page, on every page.
				const listUrl = site === 'charter' ? `${server.url}/practices/` : url;
				keep(
					timings,
					'newRecord',
					await measureEdit(listUrl, escapeHtml(added.data.title), () =>
						writeFileSync(
							fileOf(added.id),
							site === 'charter' ? formatRecordFile(added) : formatStarlightPage(added, titles),
						),
					),
				);
			}
			reportProblems(server);
		} finally {
			await server.stop();
		}
	}
}

/** Primes the page, makes the edit, and returns the time until the page shows `expected`. */
async function measureEdit(url: string, expected: string, edit: () => void): Promise<number> {
	// Let the watchers settle after the previous edit, and render the page once before.
	await sleep(1500);
	await pollPage(url, (body) => !body.includes(expected), { timeoutMs: 600_000 });
	const since = performance.now();
	edit();
	const { ms } = await pollPage(url, (body) => body.includes(expected), { since, timeoutMs: 600_000 });
	return ms;
}

/** A copy of `record` under a new id and title, citing nothing new, so the playbook stays valid. */
export function createNewRecord(record: SyntheticRecord, id: string): SyntheticRecord {
	return {
		id,
		data: {
			...record.data,
			title: `Added practice ${id}`,
			status: 'accepted',
			decided: record.data.decided ?? '2024-01-15',
			supersedes: [],
		},
		body: record.body,
	};
}

function reportProblems(server: DevServer): void {
	const output = server.output();
	if (/The playbook has problems|\[ERROR\]/.test(output)) {
		console.log(`    the dev server reported problems:\n${output.slice(-3000)}`);
	}
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

async function getFreePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** The report of one size: each measure's median for both sites, their ratio, and the load. */
export function formatDevResult({ n, charter, starlight, load }: DevSizeResult): string {
	const seconds = (ms: number) => (Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`);
	const lines = [
		`\nN = ${n} records, astro dev, medians (load average ${formatLoad(load.before)} before, ${formatLoad(load.after)} after)\n`,
		`${'Measure'.padEnd(40)}${'Charter'.padStart(10)}${starlight ? `${'Starlight'.padStart(12)}${'ratio'.padStart(8)}` : ''}${'count'.padStart(7)}`,
	];
	for (const [key, label] of DEV_MEASURES) {
		const ours = median(charter[key]);
		const theirs = starlight ? median(starlight[key]) : Number.NaN;
		const ratio = starlight && theirs > 0 ? (ours / theirs).toFixed(2) : '';
		lines.push(
			`${label.padEnd(40)}${seconds(ours).padStart(10)}${starlight ? `${seconds(theirs).padStart(12)}${ratio.padStart(8)}` : ''}${String(charter[key].length).padStart(7)}`,
		);
	}
	return lines.join('\n');
}

function formatLoad(values: readonly number[]): string {
	return values.map((value) => value.toFixed(2)).join(' ');
}
