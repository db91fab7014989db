import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	discardStagedOutput,
	getStagedOutput,
	prepareStagedOutput,
	publishStagedOutput,
	type StagedOutput,
} from '../../../src/cli/staged-output.ts';

let staged: StagedOutput;
const writeSite = (dir: string, text: string) => {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), text);
};
const siteText = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

beforeEach(() => {
	staged = getStagedOutput(join(mkdtempSync(join(tmpdir(), 'charter-staged-')), 'dist'));
});
afterEach(() => rmSync(dirname(staged.outDir), { recursive: true, force: true }));

describe('staged build output', () => {
	test('stages next to the output folder, in hidden folders', () => {
		expect(staged.stagingDir).toBe(join(staged.outDir, '../.dist.building'));
		expect(staged.previousDir).toBe(join(staged.outDir, '../.dist.previous'));
	});

	test('publishes a finished build in place of the previous site and removes the previous one', () => {
		writeSite(staged.outDir, 'old');
		prepareStagedOutput(staged);
		writeSite(staged.stagingDir, 'new');
		publishStagedOutput(staged);
		expect(siteText(staged.outDir)).toBe('new');
		expect(existsSync(staged.stagingDir)).toBe(false);
		expect(existsSync(staged.previousDir)).toBe(false);
	});

	test('publishes a first build when there was no site yet', () => {
		prepareStagedOutput(staged);
		writeSite(staged.stagingDir, 'first');
		publishStagedOutput(staged);
		expect(siteText(staged.outDir)).toBe('first');
	});

	test('leaves the previous site as it was when a build fails', () => {
		writeSite(staged.outDir, 'old');
		prepareStagedOutput(staged);
		writeSite(staged.stagingDir, 'half');
		discardStagedOutput(staged);
		expect(siteText(staged.outDir)).toBe('old');
		expect(existsSync(staged.stagingDir)).toBe(false);
	});

	test('removes what an interrupted build left before building again', () => {
		writeSite(staged.outDir, 'old');
		writeSite(staged.stagingDir, 'half');
		prepareStagedOutput(staged);
		expect(existsSync(staged.stagingDir)).toBe(false);
		expect(siteText(staged.outDir)).toBe('old');
	});

	test('restores the previous site when a run stopped between its two renames', () => {
		writeSite(staged.previousDir, 'old');
		prepareStagedOutput(staged);
		expect(siteText(staged.outDir)).toBe('old');
		expect(existsSync(staged.previousDir)).toBe(false);
	});
});
