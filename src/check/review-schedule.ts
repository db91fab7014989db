import type { RecordData, RecordStatus } from '../schemas/record.ts';
import { addMonths } from '../shared/dates.ts';

/**
 * Statuses whose records are reviewed. Superseded and rejected records are closed decisions, kept
 * for history: nobody is asked to confirm them again.
 */
export const REVIEWED_STATUSES: readonly RecordStatus[] = ['proposed', 'accepted', 'deprecated'];

/** When a record is next due for review, and what that date was counted from. */
export interface ReviewSchedule {
	/** The date the interval runs from: `reviewed` if set, else `decided`. */
	since: string;
	basis: 'reviewed' | 'decided';
	/** `since` plus the review interval, `YYYY-MM-DD`. */
	dueOn: string;
	/** Whether `dueOn` is today or earlier. */
	due: boolean;
}

/**
 * The review schedule of one record on `today` (`YYYY-MM-DD`), or `undefined` when the record is
 * not reviewed: it is superseded or rejected, or it is a proposal with no date yet. The check warns
 * about due records with it, and the review page and record pages show it.
 */
export function getReviewSchedule(
	record: { data: Pick<RecordData, 'status' | 'reviewed' | 'decided'> },
	intervalMonths: number,
	today: string,
): ReviewSchedule | undefined {
	const { status, reviewed, decided } = record.data;
	if (!REVIEWED_STATUSES.includes(status)) return undefined;
	const since = reviewed ?? decided;
	if (since === undefined) return undefined;
	const dueOn = addMonths(since, intervalMonths);
	return { since, basis: reviewed ? 'reviewed' : 'decided', dueOn, due: dueOn <= today };
}
