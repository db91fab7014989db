import { describe, expect, it } from 'vitest';
import { describeReviewSchedule, getRecordsDueForReview, getReviewRows } from '../../../src/views/review.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

describe('getRecordsDueForReview', () => {
	const playbook = makePlaybook([
		makeRecord('fresh', { decided: '2025-12-01' }),
		makeRecord('old', { decided: '2023-02-01' }),
		makeRecord('older', { decided: '2022-05-01', reviewed: '2024-07-01' }),
		makeRecord('history', { status: 'superseded', decided: '2018-01-01' }),
	]);

	it('lists due records with the configured interval, longest overdue first', () => {
		const due = getRecordsDueForReview(playbook, { reviewIntervalMonths: 12 }, '2026-01-01');
		expect(due.map(({ record }) => record.id)).toEqual(['old', 'older']);
	});

	it('lists fewer records with a longer interval', () => {
		const due = getRecordsDueForReview(playbook, { reviewIntervalMonths: 24 }, '2026-01-01');
		expect(due.map(({ record }) => record.id)).toEqual(['old']);
	});

	it('notes on each row since when the record has been due', () => {
		const rows = getReviewRows(playbook, { reviewIntervalMonths: 12 }, '2026-01-01', '/handbook/');
		expect(rows.map((row) => [row.url, row.note])).toMatchInlineSnapshot(`
			[
			  [
			    "/handbook/practices/old/",
			    "Due since 2024-02-01; decided 2023-02-01, never reviewed.",
			  ],
			  [
			    "/handbook/practices/older/",
			    "Due since 2025-07-01; last reviewed 2024-07-01.",
			  ],
			]
		`);
	});
});

describe('describeReviewSchedule', () => {
	it('says when the record fell due and what that was counted from', () => {
		expect(describeReviewSchedule({ since: '2025-01-01', basis: 'reviewed', dueOn: '2026-01-01', due: true })).toBe(
			'Due since 2026-01-01; last reviewed 2025-01-01.',
		);
	});
});
