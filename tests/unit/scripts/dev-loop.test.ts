import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { checkRecords } from '../../../src/check/check-playbook.ts';
import { createNewRecord, formatDevResult } from '../../../scripts/lib/bench-dev.ts';
import {
	addBodyParagraph,
	createMarker,
	isReadyLine,
	pollPage,
	setFrontmatterTitle,
} from '../../../scripts/lib/dev-loop.ts';
import { formatRecordFile, generatePlaybook } from '../../../scripts/lib/synthetic-playbook.ts';

const playbook = generatePlaybook({ count: 40, seed: 3 });
const pillars = playbook.pillars.map((pillar) => pillar.id);
const toFile = (record: (typeof playbook.records)[number]) => ({
	file: `content/practices/${record.id}.mdx`,
	source: formatRecordFile(record),
});

/** Serves one page whose body is `bodies[n]` for the n-th request (the last one after that), or status 500. */
async function serveChangingPage(bodies: readonly (string | 500)[]) {
	let count = 0;
	const server = createServer((_request, response) => {
		const body = bodies[Math.min(count, bodies.length - 1)]!;
		count += 1;
		if (body === 500) response.writeHead(500).end('reloading');
		else response.writeHead(200, { 'content-type': 'text/html' }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the dev loop benchmark', () => {
	test('knows the dev server is ready from Astro’s "ready in" line, not before', () => {
		expect(isReadyLine('16:06:53 [content] Syncing content\n')).toBe(false);
		expect(isReadyLine(' astro  v7.3.5 ready in 8123 ms\n\n┃ Local    http://127.0.0.1:4321/')).toBe(true);
	});

	test('edits a record’s title and body and keeps it a valid record', () => {
		const record = playbook.records[5]!;
		const edited = addBodyParagraph(setFrontmatterTitle(formatRecordFile(record), 'Edited zq1'), 'Added zq2.');
		expect(edited).toMatch(/^title: "Edited zq1"$/m);
		expect(edited.split('\n---')[1]).toMatch(/^## .*\n\nAdded zq2\.\n/m);
		const result = checkRecords([{ file: `content/practices/${record.id}.mdx`, source: edited }], { pillars });
		expect(result.problems.filter((problem) => problem.kind.startsWith('record/'))).toEqual([]);
		expect(result.records[0]?.data.title).toBe('Edited zq1');
	});

	test('refuses to edit a file without frontmatter or title, rather than measure an edit that never shows', () => {
		expect(() => setFrontmatterTitle('# Just text\n', 'x')).toThrow('the file has no frontmatter');
		expect(() => setFrontmatterTitle('---\nsummary: s\n---\n', 'x')).toThrow('the frontmatter has no title');
		expect(() => addBodyParagraph('---\ntitle: t\n---\n\nNo headings.\n', 'x')).toThrow('no `## ` heading');
	});

	test('adds a new record that passes every rule of the playbook it joins', () => {
		const proposed = playbook.records.find((record) => record.data.status === 'proposed')!;
		const added = createNewRecord(proposed, 'new-zq3');
		const result = checkRecords([...playbook.records, added].map(toFile), { pillars });
		expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(result.records.map((record) => record.id)).toContain('new-zq3');
	});

	test('makes markers that differ between edits and are single words', () => {
		const markers = [0, 1, 2].map((index) => createMarker(index, 1_700_000_000_000));
		expect(new Set(markers).size).toBe(3);
		for (const marker of markers) expect(marker).toMatch(/^zq[0-9a-z]+$/);
	});

	test('polls a page until it shows the change, through errors while it reloads', async () => {
		const page = await serveChangingPage(['<h1>Old</h1>', 500, '<h1>Old</h1>', '<h1>New</h1>']);
		try {
			const since = performance.now();
			const result = await pollPage(page.url, (body) => body.includes('New'), { since, intervalMs: 1 });
			expect(result.requests).toBe(4);
			expect(result.ms).toBeGreaterThan(0);
			expect(result.ms).toBeLessThan(performance.now() - since + 1);
		} finally {
			await page.close();
		}
	});

	test('gives up on a page that never changes, saying what it last answered', async () => {
		const page = await serveChangingPage([500]);
		try {
			await expect(pollPage(page.url, () => true, { intervalMs: 5, timeoutMs: 100 })).rejects.toThrow(
				/did not show the change within 0.1 s \(last answer: 500\)/,
			);
		} finally {
			await page.close();
		}
	});

	test('reports medians for both sites, their ratio, and the load average', () => {
		const timings = (ms: number) => ({
			ready: [ms, 3 * ms, 2 * ms],
			firstPage: [ms],
			warmReady: [],
			warmFirstPage: [],
			frontmatterEdit: [ms],
			bodyEdit: [ms],
			newRecord: [ms],
		});
		const report = formatDevResult({
			n: 3000,
			charter: timings(1000),
			starlight: timings(4000),
			load: { before: [1, 2, 3], after: [1.5, 2, 3] },
		});
		expect(report).toContain('load average 1.00 2.00 3.00 before, 1.50 2.00 3.00 after');
		expect(report).toMatch(/`astro dev` ready, cold \(no cache\) +2\.00 s +8\.00 s +0\.25 +3/);
		expect(report).toMatch(/`astro dev` ready, warm \(cache kept\) +— +— +0/);
	});
});
