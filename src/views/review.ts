import type { CharterOptions } from '../schemas/config.ts';
import { getRecordRows, type RecordRow } from './listing.ts';
import type { Playbook, PlaybookRecord } from './playbook.ts';
import { getReviewSchedule, type ReviewSchedule } from '../check/review-schedule.ts';

/** A record that is due for review, with its schedule. */
export interface DueRecord {
	record: PlaybookRecord;
	schedule: ReviewSchedule;
}

/** The records due for review on `today`, longest overdue first. */
export function getRecordsDueForReview(
	playbook: Pick<Playbook, 'records'>,
	options: Pick<CharterOptions, 'reviewIntervalMonths'>,
	today: string,
): DueRecord[] {
	return playbook.records
		.flatMap((record) => {
			const schedule = getReviewSchedule(record, options.reviewIntervalMonths, today);
			return schedule?.due ? [{ record, schedule }] : [];
		})
		.sort(
			(a, b) =>
				a.schedule.dueOn.localeCompare(b.schedule.dueOn) || a.record.data.title.localeCompare(b.record.data.title),
		);
}

/** Describes when a record fell due, for listings: "Due since 2026-07-14; last reviewed 2025-07-14." */
export function describeReviewSchedule(schedule: ReviewSchedule): string {
	const since =
		schedule.basis === 'reviewed' ? `last reviewed ${schedule.since}` : `decided ${schedule.since}, never reviewed`;
	return `Due since ${schedule.dueOn}; ${since}.`;
}

/** The "due for review" listing: due records, longest overdue first, each with a note saying since when. */
export function getReviewRows(
	playbook: Playbook,
	options: Pick<CharterOptions, 'reviewIntervalMonths'>,
	today: string,
	base: string,
): RecordRow[] {
	return getRecordsDueForReview(playbook, options, today).map(({ record, schedule }) => ({
		...getRecordRows([record], base, playbook.pillars)[0]!,
		note: describeReviewSchedule(schedule),
	}));
}
