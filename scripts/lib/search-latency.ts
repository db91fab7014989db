import { chromium, type Response } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium.ts';
import { median } from './measure.ts';

/** What one search cost in the browser, as the median over fresh browser sessions. */
export interface SearchCost {
	query: string;
	/** How many pages matched. */
	results: number;
	/**
	 * Pagefind's own engine time for the query, in milliseconds (`timings.search`): the median, over
	 * the sessions, of the query's first run in its session.
	 */
	engineMs: number;
	/** The engine time of the first run in each session, in milliseconds. */
	engineRunsMs: number[];
	/** The median engine time of the same query run again in the same session, once its code is warm. */
	repeatMs: number;
	/** Time until `search()` resolved, including fetching the index chunks it needed, in milliseconds (median). */
	totalMs: number;
	/** Bytes transferred for the query: index chunks, plus the fragments of the first five results, as Starlight's search shows them. */
	bytes: number;
}

/** What a page costs in the browser: the JavaScript its load fetches, and searches run from it. */
export interface PageCost {
	/** Scripts fetched until the page's load event, with their sizes in bytes. */
	scripts: { url: string; bytes: number }[];
	/** Scripts fetched after the load event without any interaction (like a search UI preloaded when idle). */
	deferredScripts: { url: string; bytes: number }[];
	searches: SearchCost[];
}

/** One run of a query in one session. */
interface SearchRun {
	results: number;
	engineMs: number;
	totalMs: number;
	bytes: number;
}

/**
 * Opens `pageUrl` in Debian's Chromium, records the scripts its load fetches, then loads the site's
 * Pagefind index as Starlight's search does and runs the queries one after another, measuring each,
 * then runs them all once more. That is one session; each of `sessions` starts a fresh browser, and
 * each figure is the median over the sessions. The first query also pays for loading Pagefind's
 * entry files, so callers usually report the others.
 */
export async function measurePage(pageUrl: string, queries: readonly string[], sessions = 3): Promise<PageCost> {
	const measured: Awaited<ReturnType<typeof measureSession>>[] = [];
	for (let session = 0; session < sessions; session += 1) measured.push(await measureSession(pageUrl, queries));
	return {
		scripts: measured[0]!.scripts,
		deferredScripts: measured[0]!.deferredScripts,
		searches: queries.map((query, index) => {
			const first = measured.map((session) => session.first[index]!);
			const again = measured.map((session) => session.again[index]!);
			return {
				query,
				results: first[0]!.results,
				engineMs: median(first.map((run) => run.engineMs)),
				engineRunsMs: first.map((run) => run.engineMs),
				repeatMs: median(again.map((run) => run.engineMs)),
				totalMs: median(first.map((run) => run.totalMs)),
				bytes: median(first.map((run) => run.bytes)),
			};
		}),
	};
}

async function measureSession(pageUrl: string, queries: readonly string[]) {
	const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
	try {
		const page = await browser.newPage();
		let pending: Promise<number>[] = [];
		const scripts: Promise<{ url: string; bytes: number }>[] = [];
		const deferredScripts: Promise<{ url: string; bytes: number }>[] = [];
		let phase: 'load' | 'idle' | 'search' = 'load';
		page.on('response', (response: Response) => {
			// Bytes as transferred, compressed where the server compressed them.
			const bytes = response
				.request()
				.sizes()
				.then((sizes) => sizes.responseBodySize)
				.catch(() => 0);
			pending.push(bytes);
			if (phase !== 'search' && response.request().resourceType() === 'script') {
				(phase === 'load' ? scripts : deferredScripts).push(
					bytes.then((size) => ({ url: response.url(), bytes: size })),
				);
			}
		});
		await page.goto(pageUrl, { waitUntil: 'load' });
		phase = 'idle';
		await page.waitForLoadState('networkidle');
		phase = 'search';
		await Promise.all(pending);
		await page.evaluate(async (src) => {
			const pagefind = await import(src);
			await pagefind.init();
			(globalThis as Record<string, unknown>)['__pagefind'] = pagefind;
		}, new URL('/pagefind/pagefind.js', pageUrl).href);
		const runQuery = async (query: string): Promise<SearchRun> => {
			pending = [];
			const measured = await page.evaluate(async (term) => {
				type Result = { data(): Promise<unknown> };
				const pagefind = (globalThis as Record<string, unknown>)['__pagefind'] as {
					search(term: string): Promise<{ results: Result[]; timings: Timings | Timings[] }>;
				};
				type Timings = { search: number; total: number };
				const search = await pagefind.search(term);
				await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
				// One entry per index; a Starlight site has one.
				const timings = Array.isArray(search.timings) ? search.timings[0]! : search.timings;
				return { results: search.results.length, engineMs: timings.search, totalMs: timings.total };
			}, query);
			// Response events can trail the promise that needed them by a moment.
			await page.waitForTimeout(50);
			const bytes = (await Promise.all(pending)).reduce((sum, size) => sum + size, 0);
			return { ...measured, bytes };
		};
		const first: SearchRun[] = [];
		for (const query of queries) first.push(await runQuery(query));
		const again: SearchRun[] = [];
		for (const query of queries) again.push(await runQuery(query));
		return { scripts: await Promise.all(scripts), deferredScripts: await Promise.all(deferredScripts), first, again };
	} finally {
		await browser.close();
	}
}
