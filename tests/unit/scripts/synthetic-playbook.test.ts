import { describe, expect, test } from 'vitest';
import { checkRecords } from '../../../src/check/check-playbook.ts';
import { parseFrontmatter } from '../../../src/check/frontmatter.ts';
import { createRandom, formatRecordFile, generatePlaybook } from '../../../scripts/lib/synthetic-playbook.ts';

const playbook = generatePlaybook({ count: 400, seed: 7 });
const files = playbook.records.map((record) => ({
	file: `content/practices/${record.id}.mdx`,
	source: formatRecordFile(record),
}));

describe('the benchmark playbook generator', () => {
	test('writes records that pass the record schema and every rule across records', () => {
		const result = checkRecords(files, { pillars: playbook.pillars.map((pillar) => pillar.id) });
		expect(result.problems).toEqual([]);
		expect(result.records).toHaveLength(400);
	});

	test('gives records the size and shape of real ones', () => {
		for (const { data, body } of playbook.records) {
			expect(data.justification.length).toBeGreaterThanOrEqual(3);
			expect(data.justification.length).toBeLessThanOrEqual(5);
			expect(data.alternatives.length).toBeGreaterThanOrEqual(2);
			expect(data.alternatives.length).toBeLessThanOrEqual(3);
			expect(data.sources.length).toBeGreaterThanOrEqual(3);
			expect(data.sources.length).toBeLessThanOrEqual(5);
			expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
		}
		const words = playbook.records.map((record) => record.body.split(/\s+/).length);
		const average = words.reduce((sum, count) => sum + count, 0) / words.length;
		expect(average).toBeGreaterThan(650);
		expect(average).toBeLessThan(800);
	});

	test('cites every source of a record from a claim or an alternative', () => {
		for (const { data } of playbook.records) {
			const cited = new Set([...data.justification, ...data.alternatives].flatMap((item) => item.sources ?? []));
			expect(data.sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
		}
	});

	test('spreads records over every pillar and forms supersede chains', () => {
		const pillars = new Set(playbook.records.map((record) => record.data.pillar));
		expect(pillars.size).toBe(playbook.pillars.length);
		const superseded = playbook.records.filter((record) => record.data.status === 'superseded');
		expect(superseded.length).toBeGreaterThan(20);
		const replacing = new Set(playbook.records.flatMap((record) => record.data.supersedes));
		const chained = superseded.filter((record) => record.data.supersedes.length > 0);
		expect(replacing.size).toBe(superseded.length);
		expect(chained.length).toBeGreaterThan(0);
	});

	test('writes frontmatter that reads back as the generated data', () => {
		const [first] = playbook.records;
		expect(parseFrontmatter(formatRecordFile(first!))?.data).toEqual(first!.data);
	});

	test('gives the same playbook for the same seed and another for another seed', () => {
		const again = generatePlaybook({ count: 400, seed: 7 });
		expect(again.records.map(formatRecordFile)).toEqual(files.map((file) => file.source));
		const other = generatePlaybook({ count: 400, seed: 8 });
		expect(other.records[0]!.body).not.toBe(playbook.records[0]!.body);
	});

	test('draws random numbers evenly from a seed', () => {
		const random = createRandom(42);
		const draws = Array.from({ length: 10_000 }, random);
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(1);
		const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});
});
