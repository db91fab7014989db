import { describe, expect, it } from 'vitest';
import { jsonReporter } from '../../../../src/check/reporters/json.ts';
import { createCheckResult, SAMPLE_PROBLEMS } from '../../../helpers/check-result.ts';

describe('jsonReporter', () => {
	it('gives counts and every problem with its location, kind, field, message and fix', () => {
		const report = JSON.parse(jsonReporter.format(createCheckResult(), { strict: false }));
		expect(report).toMatchObject({ ok: false, records: 3, errors: 1, warnings: 1 });
		expect(report.problems[1]).toEqual({
			file: 'content/practices/b,c.md',
			line: 20,
			column: 5,
			severity: 'warning',
			kind: 'source/uncited',
			field: 'sources[1]',
			message: '"x" is not cited by any claim or alternative',
			fix: 'cite the source in the `sources` of a claim or an alternative, or remove it',
		});
	});

	it('counts warnings as a failure only when strict', () => {
		const warningsOnly = createCheckResult([SAMPLE_PROBLEMS[1]!]);
		expect(JSON.parse(jsonReporter.format(warningsOnly, { strict: false })).ok).toBe(true);
		expect(JSON.parse(jsonReporter.format(warningsOnly, { strict: true })).ok).toBe(false);
	});

	it('reports a clean playbook as ok with empty counts', () => {
		expect(jsonReporter.format(createCheckResult([]), { strict: true })).toMatchInlineSnapshot(`
			"{
			  "ok": true,
			  "records": 3,
			  "errors": 0,
			  "warnings": 0,
			  "problems": []
			}"
		`);
	});
});
