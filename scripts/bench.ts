/**
 * Measures what Charter costs at scale, against vanilla Starlight building the same pages as `.md`
 * in the same run (absolute times drift between machines; the ratio does not).
 *
 * Usage: npm run bench -- [--n 1000,3000] [--runs 3] [--seed 1] [--ext mdx|md]
 *                         [--no-vanilla] [--no-search] [--lighthouse] [--history] [--dev]
 *
 * For each size it generates a synthetic playbook into .bench/charter-<n>/ and the same pages into
 * .bench/starlight-<n>/, then reports, as the median of the runs: cold build time, CPU time and peak
 * memory, `npm run check` time, HTML bytes per record page, output and Pagefind index size, the
 * JavaScript a record page loads, Pagefind search time and bytes per query in Chromium, and, with
 * --lighthouse, Lighthouse's mobile scores of a record page. With --history the Charter site gets a
 * git repository with one commit per record, and each run also builds it with git kept out of
 * reach (`GIT_DIR` pointing nowhere), so the cost of reading and showing the history is measured
 * against the same site without it, in the same run. With --dev it measures `astro dev` instead of
 * builds: ready time, first page, and edit → visible page (see scripts/lib/bench-dev.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commitSiteHistory } from './lib/bench-history.ts';
import { runDevBench } from './lib/bench-dev.ts';
import { writeCharterSite, writeStarlightSite } from './lib/bench-sites.ts';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse.ts';
import {
	canMeasureMemory,
	getDirectorySize,
	getPageSizes,
	measureCommand,
	median,
	readBuildPhases,
	type BuildPhases,
	type CommandCost,
} from './lib/measure.ts';
import { measurePage, type PageCost } from './lib/search-latency.ts';
import { serveDirectory } from './lib/static-server.ts';
import { generatePlaybook, type SyntheticPlaybook } from './lib/synthetic-playbook.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = join(REPO, '.bench');
const ASTRO_BIN = join(REPO, 'node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
// git finds no repository there: the build reads no history, as outside a repository.
const ENV_WITHOUT_GIT = { ...ENV, GIT_DIR: join(BENCH_DIR, 'no-repository'), GIT_CEILING_DIRECTORIES: BENCH_DIR };

const USAGE = `Usage: npm run bench -- [--n 1000,3000] [--runs 3] [--seed 1] [--ext mdx|md] [--no-vanilla] [--no-search] [--lighthouse] [--history] [--dev]`;

const { values: args } = parseArgs({
	options: {
		n: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		seed: { type: 'string', default: '1' },
		ext: { type: 'string', default: 'mdx' },
		vanilla: { type: 'boolean', default: true },
		search: { type: 'boolean', default: true },
		lighthouse: { type: 'boolean', default: false },
		history: { type: 'boolean', default: false },
		dev: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
	allowNegative: true,
});
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
const sizes = args.n.split(',').map((size) => Number(size.trim()));
const runs = Number(args.runs);
const seed = Number(args.seed);
if (
	sizes.some((size) => !Number.isInteger(size) || size < 1) ||
	!Number.isInteger(runs) ||
	runs < 1 ||
	args.ext.match(/^mdx?$/) === null
) {
	console.error(`--n takes record counts like 1000,3000, --runs a count, --ext md or mdx.\n\n${USAGE}`);
	process.exit(2);
}

/** What one site cost at one size. */
interface SiteResult {
	builds: { wallMs: number; cpuMs?: number | undefined; peakRssBytes?: number | undefined; phases: BuildPhases }[];
	recordPageBytes: number[];
	outputBytes: number;
	pagefindBytes: number;
	page?: PageCost;
	lighthouse?: LighthouseScores | string;
}

interface SizeResult {
	n: number;
	charter: SiteResult;
	starlight?: SiteResult;
	/** With --history: the same Charter site built without its git history. */
	withoutHistory?: SiteResult;
	checkMs: number[];
}

const results: SizeResult[] = [];
mkdirSync(BENCH_DIR, { recursive: true });
console.log(describeMachine());

if (args.dev) {
	const devResults = await runDevBench({
		benchDir: BENCH_DIR,
		astroBin: ASTRO_BIN,
		env: ENV,
		sizes,
		runs,
		seed,
		extension: args.ext as 'md' | 'mdx',
		vanilla: args.vanilla,
	});
	writeFileSync(
		join(BENCH_DIR, 'dev-results.json'),
		`${JSON.stringify({ date: new Date().toISOString(), machine: describeMachine(), seed, runs, ext: args.ext, results: devResults }, null, '\t')}\n`,
	);
	console.log(`\nRaw figures: ${join('.bench', 'dev-results.json')}`);
	process.exit(0);
}

for (const n of sizes) {
	console.log(`\nN = ${n}: generating the playbook (seed ${seed})…`);
	const playbook = generatePlaybook({ count: n, seed });
	const charterDir = join(BENCH_DIR, `charter-${n}`);
	const starlightDir = join(BENCH_DIR, `starlight-${n}`);
	writeCharterSite(charterDir, playbook, { extension: args.ext as 'md' | 'mdx' });
	if (args.vanilla) writeStarlightSite(starlightDir, playbook);
	if (args.history) console.log(`  committed ${commitSiteHistory(charterDir)} commits to ${charterDir}`);

	const charter: SiteResult = { builds: [], recordPageBytes: [], outputBytes: 0, pagefindBytes: 0 };
	const starlight: SiteResult = { builds: [], recordPageBytes: [], outputBytes: 0, pagefindBytes: 0 };
	const withoutHistory: SiteResult = { builds: [], recordPageBytes: [], outputBytes: 0, pagefindBytes: 0 };
	// Runs alternate between the sites, so all see the same load on a shared machine.
	for (let run = 1; run <= runs; run += 1) {
		if (args.history) {
			withoutHistory.builds.push(
				await buildSite(charterDir, `Charter without history, run ${run}/${runs}`, ENV_WITHOUT_GIT),
			);
		}
		charter.builds.push(await buildSite(charterDir, `Charter, run ${run}/${runs}`));
		if (args.vanilla) starlight.builds.push(await buildSite(starlightDir, `vanilla Starlight, run ${run}/${runs}`));
	}
	const checkMs: number[] = [];
	for (let run = 1; run <= Math.max(runs, 3); run += 1) checkMs.push(await timeCheck(charterDir, playbook));

	for (const [site, dir] of [
		[charter, charterDir],
		...(args.vanilla ? ([[starlight, starlightDir]] as const) : []),
	] as const) {
		const dist = join(dir, 'dist');
		site.recordPageBytes = getPageSizes(join(dist, 'practices'));
		site.outputBytes = getDirectorySize(dist);
		site.pagefindBytes = getDirectorySize(join(dist, 'pagefind'));
		if (args.search || args.lighthouse) {
			const server = await serveDirectory(dist);
			const pageUrl = `${server.url}/practices/${playbook.records[Math.floor(n / 2)]!.id}/`;
			try {
				if (args.search) {
					console.log(`  searching ${dir === charterDir ? 'Charter' : 'vanilla Starlight'} in Chromium…`);
					site.page = await measurePage(pageUrl, getQueries(playbook), Math.max(runs, 3));
				}
				if (args.lighthouse) {
					console.log(`  running Lighthouse on ${dir === charterDir ? 'Charter' : 'vanilla Starlight'}…`);
					site.lighthouse = await runLighthouse(pageUrl).catch((error: Error) => error.message.split('\n')[0]!);
				}
			} finally {
				await server.close();
			}
		}
	}
	const result: SizeResult = {
		n,
		charter,
		checkMs,
		...(args.vanilla ? { starlight } : {}),
		...(args.history ? { withoutHistory } : {}),
	};
	results.push(result);
	printSize(result);
}
printGrowthAndTargets(results);
writeFileSync(
	join(BENCH_DIR, 'results.json'),
	`${JSON.stringify({ date: new Date().toISOString(), machine: describeMachine(), seed, runs, ext: args.ext, results }, null, '\t')}\n`,
);
console.log(`\nRaw figures: ${join('.bench', 'results.json')}`);

async function buildSite(dir: string, label: string, env = ENV): Promise<SiteResult['builds'][number]> {
	process.stdout.write(`  building ${label}… `);
	// Every build is cold: no content cache, no previous output.
	rmSync(join(dir, '.astro'), { recursive: true, force: true });
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const cost = await measureCommand(process.execPath, [ASTRO_BIN, 'build', '--root', dir], { cwd: REPO, env });
	if (cost.status !== 0) {
		console.error(`\nThe build of ${dir} failed:\n${cost.output}`);
		process.exit(1);
	}
	console.log(formatSeconds(cost.wallMs));
	return {
		wallMs: cost.wallMs,
		cpuMs: cost.cpuMs,
		peakRssBytes: cost.peakRssBytes,
		phases: readBuildPhases(cost.output),
	};
}

/** Times `npm run check` when the project has it, else the same check (`checkPlaybook`) in a fresh Node process. */
async function timeCheck(dir: string, playbook: SyntheticPlaybook): Promise<number> {
	const scripts =
		(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ??
		{};
	let cost: CommandCost;
	if (scripts['check']) {
		cost = await measureCommand('npm', ['run', '--silent', 'check', '--', '--root', dir], { cwd: REPO, env: ENV });
	} else {
		const check = join(REPO, 'src/lib/check.ts');
		const pillars = JSON.stringify(playbook.pillars.map((pillar) => pillar.id));
		const code = `import { checkPlaybook } from ${JSON.stringify(check)}; const r = checkPlaybook(${JSON.stringify(dir)}, { pillars: ${pillars} }); process.exitCode = r.problems.length > 0 ? 1 : 0;`;
		cost = await measureCommand(process.execPath, ['--input-type=module', '-e', code], { cwd: REPO, env: ENV });
	}
	if (cost.status !== 0) {
		console.error(`The check of ${dir} failed or found problems:\n${cost.output.slice(0, 4000)}`);
		process.exit(1);
	}
	return cost.wallMs;
}

/** Queries a reader might type: a common word, two words, a title word, a rare word and a prefix. */
function getQueries(playbook: SyntheticPlaybook): string[] {
	const records = playbook.records;
	const pick = (index: number) => records[Math.floor((index / 7) * records.length)]!;
	const titleWord = (index: number) => pick(index).data.title.split(' ')[1]!.toLowerCase();
	const rareWord = pick(4)
		.body.split(/\W+/)
		.filter((word) => word.length > 7)
		.at(-1)!;
	// The first query, which matches nothing, pays for loading Pagefind's entry, its WebAssembly and
	// filters; it is not counted, and no measured word profits from it.
	const queries = [
		'qqzx',
		'team',
		'product',
		'funding roadmap',
		titleWord(1),
		titleWord(2),
		titleWord(3),
		rareWord,
		'gover',
	];
	return [...new Set([...queries, 'customer feedback loop'])];
}

function printSize({ n, charter, starlight, checkMs }: SizeResult): void {
	const rows: [string, (site: SiteResult) => number | undefined, (value: number) => string][] = [
		['Build, wall time', (site) => median(site.builds.map((build) => build.wallMs)), formatSeconds],
		['Build, CPU time (user+sys)', (site) => optionalMedian(site.builds.map((build) => build.cpuMs)), formatSeconds],
		[
			'Peak memory (largest process)',
			(site) => optionalMedian(site.builds.map((build) => build.peakRssBytes)),
			formatBytes,
		],
		[
			'  phase: setup, check, content sync',
			(site) => optionalMedian(site.builds.map((build) => seconds(build.phases.setup))),
			formatSeconds,
		],
		[
			'  phase: Vite bundle',
			(site) => optionalMedian(site.builds.map((build) => seconds(build.phases.bundle))),
			formatSeconds,
		],
		[
			'  phase: render pages',
			(site) => optionalMedian(site.builds.map((build) => seconds(build.phases.render))),
			formatSeconds,
		],
		[
			'  phase: Pagefind index',
			(site) => optionalMedian(site.builds.map((build) => seconds(build.phases.search))),
			formatSeconds,
		],
		['HTML per record page, median', (site) => median(site.recordPageBytes), formatBytes],
		['HTML per record page, max', (site) => Math.max(...site.recordPageBytes), formatBytes],
		['Output, total', (site) => site.outputBytes, formatBytes],
		['Pagefind index', (site) => site.pagefindBytes, formatBytes],
		[
			'Record page: JS until load',
			(site) => site.page && sum(site.page.scripts.map((script) => script.bytes)),
			formatBytes,
		],
		[
			'Record page: JS after load, idle',
			(site) => site.page && sum(site.page.deferredScripts.map((script) => script.bytes)),
			formatBytes,
		],
		[
			'Search engine time, median query',
			(site) => site.page && median(laterSearches(site).map((search) => search.engineMs)),
			formatMs,
		],
		[
			'Search engine time, slowest query',
			(site) => site.page && Math.max(...laterSearches(site).map((search) => search.engineMs)),
			formatMs,
		],
		[
			'  the same, run again in its session',
			(site) => site.page && Math.max(...laterSearches(site).map((search) => search.repeatMs)),
			formatMs,
		],
		[
			'Search, fetched per query, median',
			(site) => site.page && median(laterSearches(site).map((search) => search.bytes)),
			formatBytes,
		],
		[
			'Search, fetched per query, max',
			(site) => site.page && Math.max(...laterSearches(site).map((search) => search.bytes)),
			formatBytes,
		],
	];
	const runsNote = `median of ${charter.builds.length} run${charter.builds.length === 1 ? '' : 's'}`;
	console.log(`\nN = ${n} records, ${runsNote}, cold builds\n`);
	console.log(
		`${'Measure'.padEnd(36)}${'Charter'.padStart(12)}${starlight ? `${'Starlight'.padStart(12)}${'ratio'.padStart(8)}` : ''}`,
	);
	for (const [label, measure, format] of rows) {
		const ours = measure(charter);
		const theirs = starlight ? measure(starlight) : undefined;
		if (ours === undefined && theirs === undefined) continue;
		const ratio = ours !== undefined && theirs !== undefined && theirs > 0 ? (ours / theirs).toFixed(2) : '';
		console.log(
			`${label.padEnd(36)}${(ours === undefined ? '—' : format(ours)).padStart(12)}${starlight ? `${(theirs === undefined ? '—' : format(theirs)).padStart(12)}${ratio.padStart(8)}` : ''}`,
		);
	}
	console.log(`${'npm run check'.padEnd(36)}${formatSeconds(median(checkMs)).padStart(12)}`);
	for (const [name, site] of [
		['Charter', charter],
		['Starlight', starlight],
	] as const) {
		if (!site?.lighthouse) continue;
		const scores = site.lighthouse;
		console.log(
			typeof scores === 'string'
				? `Lighthouse (${name}): could not run: ${scores}`
				: `Lighthouse mobile, record page (${name}): performance ${scores.performance}, accessibility ${scores.accessibility} (LCP ${scores.largestContentfulPaint}, TBT ${scores.totalBlockingTime})`,
		);
	}
	if (charter.page) {
		const list = (scripts: { url: string; bytes: number }[]) =>
			scripts.map((script) => `${new URL(script.url).pathname} (${formatBytes(script.bytes)})`).join(', ') || 'none';
		console.log(`\nScripts a Charter record page loads until its load event: ${list(charter.page.scripts)}`);
		console.log(`Scripts it loads afterwards, without interaction: ${list(charter.page.deferredScripts)}`);
		console.log(
			`Searches on Charter, medians over ${charter.page.searches[0]?.engineRunsMs.length ?? 0} fresh browser sessions (the first query loads Pagefind and is not counted above):`,
		);
		for (const search of charter.page.searches) {
			console.log(
				`  ${JSON.stringify(search.query).padEnd(26)} ${String(search.results).padStart(5)} results  engine ${formatMs(search.engineMs).padStart(6)} (runs ${search.engineRunsMs.map((ms) => ms.toFixed(0)).join(', ')}; again ${formatMs(search.repeatMs)})  with index loading ${formatMs(search.totalMs).padStart(7)}  fetched ${formatBytes(search.bytes)}`,
			);
		}
	}
}

function printGrowthAndTargets(all: SizeResult[]): void {
	const largest = all.at(-1)!;
	const buildTime = (result: SizeResult, site: 'charter' | 'starlight', kind: 'wallMs' | 'cpuMs') => {
		const builds = result[site]?.builds;
		return builds ? optionalMedian(builds.map((build) => build[kind])) : undefined;
	};
	// Wall time is what the targets name; CPU time is shown beside it because, on a shared machine,
	// it moves far less with what else is running.
	const ratios = (ours: SizeResult, site: 'charter' | 'starlight', theirs: SizeResult) => {
		const wall = buildTime(ours, 'charter', 'wallMs')! / buildTime(theirs, site, 'wallMs')!;
		const cpuOurs = buildTime(ours, 'charter', 'cpuMs');
		const cpuTheirs = buildTime(theirs, site, 'cpuMs');
		const cpu = cpuOurs !== undefined && cpuTheirs !== undefined ? cpuOurs / cpuTheirs : undefined;
		return { wall, text: `${wall.toFixed(2)}× wall time${cpu === undefined ? '' : `, ${cpu.toFixed(2)}× CPU time`}` };
	};
	console.log(`\nTargets (the issue sets them at N = 3,000; checked here at N = ${largest.n}):`);
	const verdict = (ok: boolean) => (ok ? 'met    ' : 'MISSED ');
	if (largest.starlight) {
		const { wall, text } = ratios(largest, 'starlight', largest);
		console.log(`  ${verdict(wall <= 0.4)} build ≤ 0.4× vanilla Starlight .md: ${text}`);
	}
	for (let index = 1; index < all.length; index += 1) {
		const [small, large] = [all[index - 1]!, all[index]!];
		const { wall, text } = ratios(large, 'charter', small);
		const allowed = 1.1 * (large.n / small.n);
		console.log(`  ${verdict(wall <= allowed)} build(${large.n}) ≤ ${allowed.toFixed(1)}× build(${small.n}): ${text}`);
		const htmlGrowth = median(large.charter.recordPageBytes) / median(small.charter.recordPageBytes);
		console.log(
			`  ${verdict(htmlGrowth <= 1.05)} HTML per record page flat in N: ${htmlGrowth.toFixed(3)}× from ${small.n} to ${large.n}`,
		);
	}
	if (largest.withoutHistory) {
		const history = (kind: 'wallMs' | 'cpuMs') =>
			optionalMedian(largest.charter.builds.map((build) => build[kind]))! /
			optionalMedian(largest.withoutHistory!.builds.map((build) => build[kind]))!;
		const wall = history('wallMs');
		const cpu =
			optionalMedian(largest.charter.builds.map((build) => build.cpuMs)) === undefined ? undefined : history('cpuMs');
		console.log(
			`  ${verdict(wall <= 1.1)} build with history ≤ 1.1× without: ${wall.toFixed(2)}× wall time${cpu === undefined ? '' : `, ${cpu.toFixed(2)}× CPU time`}`,
		);
	}
	const medianHtml = median(largest.charter.recordPageBytes);
	const maxHtml = Math.max(...largest.charter.recordPageBytes);
	console.log(`  ${verdict(medianHtml <= 40 * 1024)} HTML per record page ≤ 40 KB: median ${formatBytes(medianHtml)}`);
	console.log(`  ${verdict(maxHtml <= 40 * 1024)} HTML of every record page ≤ 40 KB: largest ${formatBytes(maxHtml)}`);
	const memory = optionalMedian(largest.charter.builds.map((build) => build.peakRssBytes));
	if (memory !== undefined)
		console.log(`  ${verdict(memory <= 2.5 * 1024 ** 3)} peak memory ≤ 2.5 GB: ${formatBytes(memory)}`);
	else console.log('  ?       peak memory: not measured (install the Debian package "time" for /usr/bin/time)');
	const check = median(largest.checkMs);
	console.log(`  ${verdict(check <= 3000)} npm run check ≤ 3 s: ${formatSeconds(check)}`);
	const page = largest.charter.page;
	if (page) {
		const later = page.searches.slice(1);
		const engine = Math.max(...later.map((search) => search.engineMs));
		const bytes = Math.max(...later.map((search) => search.bytes));
		const slowest = later.find((search) => search.engineMs === engine)!;
		console.log(
			`  ${verdict(engine <= 50)} search engine time ≤ 50 ms: at most ${formatMs(engine)} ("${slowest.query}", median of its first runs in fresh sessions; ${formatMs(slowest.repeatMs)} when run again)`,
		);
		console.log(
			`  ${verdict(bytes <= 150 * 1024)} ≤ 150 KB fetched per query after the first: at most ${formatBytes(bytes)}`,
		);
	}
	const lighthouse = largest.charter.lighthouse;
	if (lighthouse && typeof lighthouse !== 'string') {
		console.log(
			`  ${verdict(lighthouse.performance === 100 && lighthouse.accessibility === 100)} Lighthouse mobile 100/100: performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}`,
		);
	}
}

function laterSearches(site: SiteResult) {
	return site.page?.searches.slice(1) ?? [];
}

function optionalMedian(values: readonly (number | undefined)[]): number | undefined {
	const known = values.filter((value): value is number => value !== undefined);
	return known.length > 0 ? median(known) : undefined;
}

function seconds(value: number | undefined): number | undefined {
	return value === undefined ? undefined : value * 1000;
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

function formatSeconds(ms: number): string {
	return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function formatMs(ms: number): string {
	return `${ms.toFixed(0)} ms`;
}

function formatBytes(bytes: number): string {
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
	if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${(bytes / 1024).toFixed(1)} KB`;
}

function describeMachine(): string {
	const cpu = cpus();
	const memory = canMeasureMemory ? '' : ' (no /usr/bin/time: memory and CPU time are not measured)';
	return `${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${formatBytes(totalmem())} RAM, Node ${process.version}${memory}`;
}
