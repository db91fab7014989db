import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRecords } from '../../../src/check/check-playbook.ts';
import { readRecordFiles } from '../../../src/check/files.ts';
import { PROBLEM_KINDS } from '../../../src/check/problems.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const guide = readFileSync(`${repo}CONTRIBUTING.md`, 'utf8');

describe('CONTRIBUTING.md', () => {
	it('lists every kind of problem the check reports', () => {
		const missing = Object.keys(PROBLEM_KINDS).filter((kind) => !guide.includes(`\`${kind}\``));
		expect(missing).toEqual([]);
	});

	it('gives a worked example that passes the check among the sample records', () => {
		const example = /^ {3}```mdx\n([\s\S]*?)^ {3}```/m.exec(guide)?.[1];
		expect(example).toBeDefined();
		const source = example!.replace(/^ {3}/gm, '').replace('…', 'We tried a limit in two teams first.');
		const file = 'content/practices/limit-work-in-progress.mdx';
		const result = checkRecords([...readRecordFiles(repo), { file, source }], {
			pillars: ['delivery'],
			today: new Date('2026-06-01'),
		});
		expect(result.problems.filter((problem) => problem.file === file)).toEqual([]);
		expect(result.records.some((record) => record.id === 'limit-work-in-progress')).toBe(true);
	});
});
