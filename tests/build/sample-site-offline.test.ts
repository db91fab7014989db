import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { getInlineHashes } from '../../src/integration/content-security-policy.ts';
import { findExternalReferencesInSite } from '../helpers/external-references.ts';

// The sample Northwind playbook, built once for all test files (tests/global-setup.ts). Internal
// playbooks are often served on networks without the internet, so no page may need another origin.
const outDir = inject('sampleDist');

describe('the sample playbook, built', () => {
	it('loads no font, script, style or image from another origin on any page', () => {
		const { references, htmlFiles } = findExternalReferencesInSite(outDir);
		expect(references).toEqual([]);
		expect(htmlFiles).toBeGreaterThanOrEqual(17);
	});

	it('gives every page one Content Security Policy that lists the hashes of its own inline scripts and styles', () => {
		const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
		const problems = pages.flatMap((page) => {
			const html = readFileSync(join(outDir, page), 'utf8');
			const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
			if (policies.length !== 1) return [`${page}: ${policies.length} policies`];
			const policy = policies[0]![1]!.replaceAll('&#34;', '"');
			const { scripts, styles, styleAttributes } = getInlineHashes(html);
			return [...scripts, ...styles, ...styleAttributes]
				.filter((hash) => !policy.includes(hash))
				.map((hash) => `${page}: ${hash} not in the policy`);
		});
		expect(problems).toEqual([]);
		expect(pages.length).toBeGreaterThanOrEqual(17);
	});

	it('has no broken internal link or asset', async () => {
		const result = await new LinkChecker().check({
			path: [outDir, `${outDir}/404.html`],
			recurse: true,
			checkCss: true,
			checkFragments: true,
			linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
		});
		const broken = result.links
			.filter((link) => link.state === 'BROKEN')
			.map((link) => `${link.url} (${link.status}) on ${link.parent}`);
		expect(broken).toEqual([]);
		expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(17);
	});
});
