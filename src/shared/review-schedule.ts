/**
 * Statuses whose records are reviewed. Superseded and rejected records are closed decisions, kept
 * for history: nobody is asked to confirm them again. (Written out rather than typed with the
 * schema's `RecordStatus`: shared/ sits below schemas/ and imports nothing from it.)
 */
export const REVIEWED_STATUSES: readonly string[] = ['proposed', 'accepted', 'deprecated'];

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

/** Today's date as `YYYY-MM-DD` in UTC, the form record dates are written in. */
export function formatIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * Adds whole calendar months to a `YYYY-MM-DD` date. A day that the target month lacks becomes
 * its last day (2024-01-31 plus one month is 2024-02-29), so a review never slips into the month after.
 */
export function addMonths(isoDate: string, months: number): string {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(year, month - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(day, lastDay));
	return formatIsoDate(target);
}

/**
 * The review schedule of one record on `today` (`YYYY-MM-DD`), or `undefined` when the record is
 * not reviewed: it is superseded or rejected, or it is a proposal with no date yet.
 */
export function getReviewSchedule(
	record: { data: { status: string; reviewed?: string | undefined; decided?: string | undefined } },
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
