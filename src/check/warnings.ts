import { createProblem, formatFieldPath, type Problem } from './problems.ts';
import { formatIsoDate } from '../shared/dates.ts';
import { getReviewSchedule } from './review-schedule.ts';
import type { ValidRecord } from './record-rules.ts';
import { formatCount } from '../shared/text.ts';

/**
 * Finds what is worth a contributor's attention without being wrong: sources that no claim or
 * alternative cites and, given a review interval, records due for review on `today` (the same
 * schedule as the site's "Due for review" page).
 */
export function checkRecordWarnings(
	records: readonly ValidRecord[],
	options: { reviewIntervalMonths?: number | undefined; today: Date },
): Problem[] {
	const today = formatIsoDate(options.today);
	const interval = options.reviewIntervalMonths;
	const every = interval === undefined ? '' : formatCount(interval, 'month');
	const problems: Problem[] = [];
	for (const record of records) {
		const { data } = record;
		const schedule = interval === undefined ? undefined : getReviewSchedule(record, interval, today);
		if (schedule?.due) {
			problems.push(
				createProblem(
					'review/overdue',
					{ file: record.file, ...record.locate([schedule.basis]) },
					{
						field: schedule.basis,
						message: `is ${schedule.since}, so the record was due for review on ${schedule.dueOn} (every ${every})`,
					},
				),
			);
		}
		const cited = new Set([...data.justification, ...data.alternatives].flatMap((item) => item.sources ?? []));
		data.sources.forEach((source, index) => {
			if (cited.has(source.id)) return;
			const path = ['sources', index];
			problems.push(
				createProblem(
					'source/uncited',
					{ file: record.file, ...record.locate(path) },
					{ field: formatFieldPath(path), message: `"${source.id}" is not cited by any claim or alternative` },
				),
			);
		});
	}
	return problems;
}
