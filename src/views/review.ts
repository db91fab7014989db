import type { CharterOptions } from '../schemas/config.ts';
import { getRecordRows, type RecordRow } from './listing.ts';
import type { Playbook, PlaybookRecord } from './playbook.ts';
import { getReviewSchedule, type ReviewSchedule } from '../check/review-schedule.ts';
import { formatDate } from '../shared/dates.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

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

/** Describes when a record fell due, for listings: "Due since July 14, 2026; last reviewed July 14, 2025." */
export function describeReviewSchedule(schedule: ReviewSchedule, t: Translate = translateEnglish): string {
	const values = { date: formatDate(schedule.dueOn, t.lang), since: formatDate(schedule.since, t.lang) };
	return t(schedule.basis === 'reviewed' ? 'charter.list.dueSince' : 'charter.list.dueSinceNever', values);
}

/** The "due for review" listing: due records, longest overdue first, each with a note saying since when. */
export function getReviewRows(
	playbook: Playbook,
	options: Pick<CharterOptions, 'reviewIntervalMonths'>,
	today: string,
	base: string,
	t: Translate = translateEnglish,
): RecordRow[] {
	return getRecordsDueForReview(playbook, options, today).map(({ record, schedule }) => ({
		...getRecordRows([record], base, playbook.pillars)[0]!,
		note: describeReviewSchedule(schedule, t),
	}));
}

/** A record in an owner's review reminder. */
export interface ReminderRecord {
	id: string;
	title: string;
	/** The record page's address: absolute when the site has an address, else a path under the base. */
	url: string;
	dueOn: string;
	/** Whether `dueOn` has passed (or is the day of the reminder), rather than falling within the window ahead. */
	overdue: boolean;
	/** What the due date was counted from: the last review, or the decision. */
	basis: ReviewSchedule['basis'];
	since: string;
}

/** One owner's records due for review, with the owner's handles from the `ownerHandles` option. */
export interface OwnerReviews {
	owner: string;
	handles: string[];
	records: ReminderRecord[];
}

/**
 * The records due for review by `dueBy` (`asOf`, or a day ahead of it), grouped by owner: owners in
 * alphabetical order, each owner's records soonest due first. A record with two owners is listed under both.
 */
export function getReviewsByOwner(
	playbook: Pick<Playbook, 'records'>,
	options: Pick<CharterOptions, 'reviewIntervalMonths' | 'ownerHandles'>,
	{ asOf, dueBy, getUrl }: { asOf: string; dueBy: string; getUrl: (id: string) => string },
): OwnerReviews[] {
	const byOwner = new Map<string, ReminderRecord[]>();
	for (const { record, schedule } of getRecordsDueForReview(playbook, options, dueBy)) {
		const item: ReminderRecord = {
			id: record.id,
			title: record.data.title,
			url: getUrl(record.id),
			dueOn: schedule.dueOn,
			overdue: schedule.dueOn <= asOf,
			basis: schedule.basis,
			since: schedule.since,
		};
		for (const owner of record.data.owners) byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
	}
	return [...byOwner]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([owner, records]) => {
			const handles = options.ownerHandles[owner] ?? [];
			return { owner, handles: typeof handles === 'string' ? [handles] : handles, records };
		});
}
