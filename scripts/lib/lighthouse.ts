import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium.ts';

/** The Lighthouse release the benchmark runs, through npx, so that it is not a dependency of every install. */
export const LIGHTHOUSE_VERSION = '13.5.0';

/** Lighthouse's verdict on one page (mobile, its default). */
export interface LighthouseScores {
	/** Scores from 0 to 100. */
	performance: number;
	accessibility: number;
	/** Largest Contentful Paint and Total Blocking Time as Lighthouse displays them. */
	largestContentfulPaint: string;
	totalBlockingTime: string;
}

/**
 * Runs Lighthouse (mobile, simulated throttling) against `url` with Debian's Chromium. Lighthouse
 * is fetched by npx from the npm registry on first use. Throws with Lighthouse's output when it fails.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
	const dir = mkdtempSync(join(tmpdir(), 'charter-lighthouse-'));
	const report = join(dir, 'report.json');
	try {
		const args = [
			'--yes',
			`lighthouse@${LIGHTHOUSE_VERSION}`,
			url,
			`--chrome-flags=${CHROMIUM_LAUNCH_OPTIONS.args.join(' ')}`,
			'--only-categories=performance,accessibility',
			'--output=json',
			`--output-path=${report}`,
			'--quiet',
		];
		const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: CHROMIUM_LAUNCH_OPTIONS.executablePath } });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
		if (status !== 0) throw new Error(`Lighthouse exited with ${status}:\n${output}`);
		const result = JSON.parse(readFileSync(report, 'utf8')) as {
			categories: Record<string, { score: number | null }>;
			audits: Record<string, { displayValue?: string }>;
		};
		return {
			performance: Math.round((result.categories['performance']?.score ?? 0) * 100),
			accessibility: Math.round((result.categories['accessibility']?.score ?? 0) * 100),
			largestContentfulPaint: result.audits['largest-contentful-paint']?.displayValue ?? '?',
			totalBlockingTime: result.audits['total-blocking-time']?.displayValue ?? '?',
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
