import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import { createIncrementalCheck, getChangeEffect } from '../../../src/check/incremental.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';

const fixture = fileURLToPath(new URL('../../fixtures/check-valid/', import.meta.url));
const options = { pillars: ['outcomes', 'delivery'], reviewIntervalMonths: 12, today: new Date('2026-06-01') };
const roots: string[] = [];

/** A copy of the valid fixture to change, with an incremental check that has read it once. */
function startPlaybook() {
	const root = mkdtempSync(join(tmpdir(), 'charter-incremental-'));
	roots.push(root);
	cpSync(fixture, root, { recursive: true });
	const playbookCheck = createIncrementalCheck(root, options);
	expect(playbookCheck.check().problems).toEqual([]);
	const path = (file: string) => join(root, file);
	return {
		root,
		playbookCheck,
		edit(file: string, change: (source: string) => string) {
			writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));
		},
		write: (file: string, source: string) => {
			mkdirSync(join(path(file), '..'), { recursive: true });
			writeFileSync(path(file), source);
		},
		remove: (file: string) => rmSync(path(file)),
		/** The report of the incremental check, which must equal a whole check of the same files. */
		report() {
			const incremental = playbookCheck.check();
			const whole = checkPlaybook(root, options);
			expect(formatProblems(incremental.problems)).toBe(formatProblems(whole.problems));
			expect(incremental.records.map((record) => record.id)).toEqual(whole.records.map((record) => record.id));
			expect(incremental.fileCount).toBe(whole.fileCount);
			return formatProblems(incremental.problems);
		},
	};
}

afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('what a changed file can affect', () => {
	it('re-reads a changed record or page alone, and walks the folders only when a file comes or goes', () => {
		expect(getChangeEffect('content/practices/ship-small-batches.md', 'change')).toEqual({
			reread: 'record',
			folders: false,
		});
		expect(getChangeEffect('content/practices/new-record.mdx', 'add')).toEqual({ reread: 'record', folders: true });
		expect(getChangeEffect('content/practices/gone.md', 'unlink')).toEqual({ reread: 'record', folders: true });
		expect(getChangeEffect('content/about.md', 'change')).toEqual({ reread: 'page', folders: false });
		expect(getChangeEffect('content/guides/setup.mdx', 'change')).toEqual({ reread: 'page', folders: false });
	});

	it('walks the folders again for files the site leaves out, and for images the links point at', () => {
		for (const file of [
			'content/practices/outcomes/nested.md',
			'content/practices/Old Notes.markdown',
			'content/practices/_draft.md',
			'content/practices/images/diagram.png',
			'public/diagram.png',
		]) {
			expect(getChangeEffect(file, 'change')).toEqual({ folders: true });
		}
	});

	it('leaves files outside content/ and public/ alone', () => {
		expect(getChangeEffect('src/styles/site.css', 'change')).toBeUndefined();
		expect(getChangeEffect('astro.config.mjs', 'change')).toBeUndefined();
		expect(getChangeEffect('contents/practices/x.md', 'change')).toBeUndefined();
	});
});

describe('the incremental check', () => {
	it('reports a problem in the record that changed, as the whole check does', () => {
		const playbook = startPlaybook();
		playbook.edit('content/practices/ship-small-batches.md', (source) =>
			source.replace('pillar: delivery', 'pillar: delivry'),
		);
		playbook.playbookCheck.notify('content/practices/ship-small-batches.md', 'change');
		expect(playbook.report()).toContain('pillar is "delivry", which is not a configured pillar');
	});

	it('reports in other records what a change breaks across records, and clears it when the change is undone', () => {
		const playbook = startPlaybook();
		const record = readFileSync(join(playbook.root, 'content/practices/output-vs-outcome.mdx'), 'utf8');
		playbook.remove('content/practices/output-vs-outcome.mdx');
		playbook.playbookCheck.notify('content/practices/output-vs-outcome.mdx', 'unlink');
		expect(playbook.report()).toContain('content/practices/quarterly-releases.md:10:');
		playbook.write('content/practices/output-vs-outcome.mdx', record);
		playbook.playbookCheck.notify('content/practices/output-vs-outcome.mdx', 'add');
		expect(playbook.report()).toBe('');
	});

	it('checks a new record, and a Markdown file the site would leave out of a subfolder', () => {
		const playbook = startPlaybook();
		playbook.write('content/practices/new-practice.md', '---\ntitle: New practice\n---\n\nText.\n');
		playbook.playbookCheck.notify('content/practices/new-practice.md', 'add');
		playbook.write('content/practices/outcomes/nested.md', '---\ntitle: Nested\n---\n');
		playbook.playbookCheck.notify('content/practices/outcomes/nested.md', 'add');
		const report = playbook.report();
		expect(report).toContain('content/practices/new-practice.md:2:1  summary is required');
		expect(report).toContain('content/practices/outcomes/nested.md:1:1  is in a subfolder of content/practices/');
	});

	it('checks a changed page that is not a record', () => {
		const playbook = startPlaybook();
		playbook.write('content/about.md', '---\ntitel: About\n---\n\nSee [a record](./practices/missing.md).\n');
		playbook.playbookCheck.notify('content/about.md', 'add');
		const report = playbook.report();
		expect(report).toContain('content/about.md:2:1  title is required');
		expect(report).toContain('content/about.md:5:5');
	});

	it('reads only the files it is told of, keeping what it found in the others', () => {
		const playbook = startPlaybook();
		playbook.edit('content/practices/ship-small-batches.md', (source) =>
			source.replace('pillar: delivery', 'pillar: x'),
		);
		expect(playbook.playbookCheck.check().problems).toEqual([]);
		playbook.playbookCheck.notify('content/practices/ship-small-batches.md', 'change');
		expect(playbook.playbookCheck.check().problems.map((problem) => problem.kind)).toEqual(['pillar/unknown']);
	});
});
