import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** A dev server started by {@link startDevServer}. */
export interface DevServer {
	/** Its address, like `http://127.0.0.1:4400`. */
	url: string;
	/** Milliseconds from starting the process until it logged that it is ready. */
	readyMs: number;
	/** Everything it printed so far. */
	output: () => string;
	/** Stops it and waits for the process to end. */
	stop: () => Promise<void>;
}

/** Whether a dev server's output says it is ready: Astro logs `astro v7.3.5 ready in 8123 ms`. */
export function isReadyLine(output: string): boolean {
	return /\bready in \d+/.test(output);
}

/**
 * Starts `astro dev` for the site in `dir` on `port` and resolves once it logs that it is ready
 * (content synced, server listening). Rejects with its output if it exits first or takes longer
 * than `timeoutMs`.
 */
export async function startDevServer(
	astroBin: string,
	dir: string,
	{ port, env, timeoutMs = 300_000 }: { port: number; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<DevServer> {
	const started = performance.now();
	const child = spawn(
		process.execPath,
		[astroBin, 'dev', '--root', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ env, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	const readyMs = await new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => {
			void stopProcess(child);
			reject(new Error(`astro dev in ${dir} was not ready after ${timeoutMs / 1000} s:\n${output.slice(-4000)}`));
		}, timeoutMs);
		const onData = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (isReadyLine(output)) {
				clearTimeout(timer);
				resolve(performance.now() - started);
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`astro dev in ${dir} exited with ${code} before it was ready:\n${output.slice(-4000)}`));
		});
	});
	// Keep collecting, so the output of the edits can be read afterwards.
	return {
		url: `http://127.0.0.1:${port}`,
		readyMs,
		output: () => output,
		stop: () => stopProcess(child),
	};
}

async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
	if (!killed) {
		child.kill('SIGKILL');
		await exited;
	}
}

/** What polling a page found. */
export interface PollResult {
	/** Milliseconds from `since` until a response that satisfied the condition had been read whole. */
	ms: number;
	/** How many requests it took. */
	requests: number;
}

/**
 * Requests `url` again and again, one request at a time, until its body satisfies `isDone`, and
 * returns the time from `since` (a `performance.now()` reading, such as the moment a file was
 * written) until then. Requests that fail or answer with an error status are retried: a dev server
 * answers 500 while a page's module reloads. Rejects after `timeoutMs`.
 */
export async function pollPage(
	url: string,
	isDone: (body: string) => boolean,
	{ since = performance.now(), intervalMs = 20, timeoutMs = 120_000 } = {},
): Promise<PollResult> {
	let requests = 0;
	let lastStatus = 'no answer';
	while (performance.now() - since < timeoutMs) {
		requests += 1;
		try {
			const response = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
			const body = await response.text();
			lastStatus = String(response.status);
			if (response.ok && isDone(body)) return { ms: performance.now() - since, requests };
		} catch (error) {
			lastStatus = (error as Error).message;
		}
		await sleep(intervalMs);
	}
	throw new Error(`${url} did not show the change within ${timeoutMs / 1000} s (last answer: ${lastStatus})`);
}

/** The YAML frontmatter `title:` of a Markdown file replaced by `title` (quoted as a YAML string). */
export function setFrontmatterTitle(source: string, title: string): string {
	const end = source.indexOf('\n---', 4);
	if (!source.startsWith('---\n') || end === -1) throw new Error('the file has no frontmatter');
	const frontmatter = source.slice(0, end);
	if (!/^title: .*$/m.test(frontmatter)) throw new Error('the frontmatter has no title');
	return frontmatter.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`) + source.slice(end);
}

/** A Markdown file with `sentence` as a new paragraph after its first `## ` heading. */
export function addBodyParagraph(source: string, sentence: string): string {
	const heading = /^## .*$/m.exec(source.slice(source.indexOf('\n---', 4)));
	if (!heading) throw new Error('the body has no `## ` heading');
	const at = source.indexOf('\n---', 4) + heading.index + heading[0].length;
	return `${source.slice(0, at)}\n\n${sentence}${source.slice(at)}`;
}

/** A word no generated page holds, to recognise the edited page by: `zq` and letters from a number. */
export function createMarker(index: number, now = Date.now()): string {
	return `zq${(now * 100 + index).toString(36)}`;
}
