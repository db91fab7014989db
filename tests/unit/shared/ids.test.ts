import { describe, expect, it } from 'vitest';
import { KEBAB_CASE, toKebabCase } from '../../../src/shared/ids.ts';

describe('toKebabCase', () => {
	it('turns tags into kebab-case', () => {
		expect(toKebabCase('Dev Tools')).toBe('dev-tools');
	});

	it.each([
		['Output vs. Outcome', 'output-vs-outcome'],
		['  Use PostgreSQL -- for storage!  ', 'use-postgresql-for-storage'],
		['Café Crème', 'cafe-creme'],
		['Straße, Æsir, Œuvre, Øresund, Łódź, Þór', 'strasse-aesir-oeuvre-oresund-lodz-thor'],
		['ADR 0005: Use Kafka', 'adr-0005-use-kafka'],
		['snake_case and camelCase', 'snake-case-and-camelcase'],
		['ﬁle ﬂow', 'file-flow'],
	])('derives the id "%s" → "%s"', (title, id) => {
		expect(toKebabCase(title)).toBe(id);
	});

	it('gives an empty id for a title with no Latin letters or digits, which the caller must report', () => {
		expect(toKebabCase('山田太郎 — ?!')).toBe('');
	});

	it('gives ids that KEBAB_CASE accepts', () => {
		for (const title of ['Output vs. Outcome', '-- Lead & Trail --', 'Größe 2']) {
			expect(toKebabCase(title)).toMatch(KEBAB_CASE);
		}
	});
});

describe('KEBAB_CASE', () => {
	it.each(['output-vs-outcome', 'adr-0005', 'a', '2024'])('accepts "%s"', (id) => {
		expect(KEBAB_CASE.test(id)).toBe(true);
	});

	it.each(['Output', 'double--hyphen', '-leading', 'trailing-', 'snake_case', 'with space', 'café', ''])(
		'rejects "%s"',
		(id) => {
			expect(KEBAB_CASE.test(id)).toBe(false);
		},
	);
});
