import { describe, expect, it } from 'vitest';
import { describeReviewSchedule, getRecordsDueForReview, getReviewRows } from '../../../src/views/review.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';
import { createTranslate } from '../../../src/shared/translate.ts';

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
			    "Due since February 1, 2024; decided February 1, 2023, never reviewed.",
			  ],
			  [
			    "/handbook/practices/older/",
			    "Due since July 1, 2025; last reviewed July 1, 2024.",
			  ],
			]
		`);
	});
});

describe('describeReviewSchedule', () => {
	it('says when the record fell due and what that was counted from', () => {
		expect(describeReviewSchedule({ since: '2025-01-01', basis: 'reviewed', dueOn: '2026-01-01', due: true })).toBe(
			'Due since January 1, 2026; last reviewed January 1, 2025.',
		);
	});

	it('says it in the language of the page, with its dates written as that language writes them', () => {
		const schedule = { since: '2025-01-01', basis: 'decided', dueOn: '2026-01-01', due: true } as const;
		expect(describeReviewSchedule(schedule, createTranslate('de'))).toBe(
			'Fällig seit 1. Januar 2026; entschieden am 1. Januar 2025, nie überprüft.',
		);
		expect(describeReviewSchedule(schedule, createTranslate('fr'))).toBe(
			'À revoir depuis le 1 janvier 2026 ; décidée le 1 janvier 2025, jamais revue.',
		);
	});
});
