import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addContentSecurityPolicy } from './content-security-policy.ts';

/**
 * Gives every HTML page of a finished build its Content Security Policy, with the hashes of its own
 * inline scripts and styles (Starlight's `is:inline` scripts and `style` attributes included).
 * Returns how many pages it changed.
 */
export function addPagePolicies(outDir: URL, allowedOrigins: readonly string[]): number {
	const dir = fileURLToPath(outDir);
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.sort();
	for (const page of pages) {
		const path = join(dir, page);
		writeFileSync(path, addContentSecurityPolicy(readFileSync(path, 'utf8'), allowedOrigins));
	}
	return pages.length;
}
