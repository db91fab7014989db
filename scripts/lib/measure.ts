import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What running a command cost. */
export interface CommandCost {
	/** Exit code, or `null` when a signal ended it. */
	status: number | null;
	/** Wall-clock time in milliseconds. */
	wallMs: number;
	/** CPU time (user + system) of the command and the processes it waited for, when GNU time is installed. */
	cpuMs?: number;
	/** Peak resident memory of its largest process in bytes, when GNU time is installed. */
	peakRssBytes?: number;
	/** Standard output and error, interleaved. */
	output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Whether peak memory and CPU time can be measured (GNU time, the Debian package `time`, is installed). */
export const canMeasureMemory = existsSync(GNU_TIME);

/**
 * Runs a command and measures its wall time and, through GNU time, its CPU time and the peak memory
 * (maximum resident set size) of its largest process. Asynchronous, so servers in this process keep
 * answering while it runs.
 */
export async function measureCommand(
	command: string,
	args: readonly string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandCost> {
	const timeDir = canMeasureMemory ? mkdtempSync(join(tmpdir(), 'charter-bench-time-')) : undefined;
	const timeFile = timeDir ? join(timeDir, 'time.txt') : undefined;
	const [file, argv] = timeFile
		? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
		: [command, [...args]];
	const started = performance.now();
	const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env });
	const chunks: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	const cost: CommandCost = { status, wallMs, output: Buffer.concat(chunks).toString('utf8') };
	if (timeFile && timeDir) {
		// GNU time writes "Command exited with non-zero status" first when the command fails.
		const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
		const [user, system, maxRssKb] = last.split(' ').map(Number);
		if (user !== undefined && system !== undefined && maxRssKb !== undefined && !Number.isNaN(maxRssKb)) {
			cost.cpuMs = (user + system) * 1000;
			cost.peakRssBytes = maxRssKb * 1024;
		}
		rmSync(timeDir, { recursive: true, force: true });
	}
	return cost;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The total size in bytes of the files under a folder. */
export function getDirectorySize(dir: string): number {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** The sizes in bytes of the `index.html` of every page folder directly under `dir` (like `dist/practices`). */
export function getPageSizes(dir: string): number[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
		.map((entry) => statSync(join(dir, entry.name, 'index.html')).size);
}

/** The phases Astro's build log reports, in seconds, for profiling where the time goes. */
export interface BuildPhases {
	/** Loading the configuration, Charter's check, syncing content and generating types. */
	setup?: number;
	/** Bundling with Vite. */
	bundle?: number;
	/** Rendering every page to HTML. */
	render?: number;
	/** Building the Pagefind search index. */
	search?: number;
}

/** Reads the phase durations from `astro build`'s output. */
export function readBuildPhases(output: string): BuildPhases {
	// Astro writes durations as 850ms, 12.34s or 1m 5s.
	const duration = String.raw`(\d+m \d+s|[\d.]+m?s)`;
	const seconds = (pattern: string) => {
		const text = new RegExp(pattern.replace('DURATION', duration)).exec(output)?.[1];
		if (text === undefined) return undefined;
		const minutes = /^(\d+)m (\d+)s$/.exec(text);
		if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
		return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
	};
	const phases: BuildPhases = {};
	const setup = seconds(String.raw`Collecting build info\.\.\.\s+\S+ \[build\] ✓ Completed in DURATION`);
	const bundle = seconds(String.raw`\[vite\] ✓ built in DURATION`);
	const render = seconds(String.raw`\n\S+ ✓ Completed in DURATION`);
	const search = seconds(String.raw`Finished building search index in DURATION`);
	if (setup !== undefined) phases.setup = setup;
	if (bundle !== undefined) phases.bundle = bundle;
	if (render !== undefined) phases.render = render;
	if (search !== undefined) phases.search = search;
	return phases;
}
