import { describe, expect, it } from 'vitest';
import { getReviewSchedule } from '../../../src/check/review-schedule.ts';
import { makeRecord } from '../../helpers/playbook.ts';

describe('getReviewSchedule', () => {
	it('counts from the last review when there is one', () => {
		const record = makeRecord('a', { decided: '2023-01-10', reviewed: '2025-06-01' });
		expect(getReviewSchedule(record, 12, '2026-01-01')).toEqual({
			since: '2025-06-01',
			basis: 'reviewed',
			dueOn: '2026-06-01',
			due: false,
		});
	});

	it('counts from the decision when the record was never reviewed', () => {
		const record = makeRecord('a', { decided: '2024-03-05' });
		expect(getReviewSchedule(record, 6, '2026-01-01')).toEqual({
			since: '2024-03-05',
			basis: 'decided',
			dueOn: '2024-09-05',
			due: true,
		});
	});

	it('makes a record due on its due date, not only after it', () => {
		const record = makeRecord('a', { decided: '2025-01-15' });
		expect(getReviewSchedule(record, 12, '2026-01-14')?.due).toBe(false);
		expect(getReviewSchedule(record, 12, '2026-01-15')?.due).toBe(true);
	});

	it('does not schedule a proposal without dates', () => {
		const record = makeRecord('a', { status: 'proposed', decided: undefined, alternatives: [] });
		expect(getReviewSchedule(record, 12, '2030-01-01')).toBeUndefined();
	});

	it('schedules a proposal that has a date, so stale proposals surface', () => {
		const record = makeRecord('a', { status: 'proposed', decided: undefined, reviewed: '2024-01-01' });
		expect(getReviewSchedule(record, 12, '2026-01-01')?.due).toBe(true);
	});

	it('never asks to review superseded or rejected records', () => {
		expect(
			getReviewSchedule(makeRecord('a', { status: 'superseded', decided: '2019-01-01' }), 12, '2026-01-01'),
		).toBeUndefined();
		expect(
			getReviewSchedule(makeRecord('b', { status: 'rejected', decided: '2019-01-01' }), 12, '2026-01-01'),
		).toBeUndefined();
	});
});
