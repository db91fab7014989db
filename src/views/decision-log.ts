import { getRecordRows, type RecordRow } from './listing.ts';
import type { Playbook } from './playbook.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

/** One section of the decision log. */
export interface LogGroup {
	/** The year, or `undecided` for proposals without a decision date. */
	key: string;
	heading: string;
	rows: RecordRow[];
}

/**
 * The decision log: records by `decided` date, newest first, grouped by year. Proposals not yet
 * decided come first, under their own heading, since they are the decisions still open.
 */
export function getDecisionLog(playbook: Playbook, base: string, t: Translate = translateEnglish): LogGroup[] {
	const undecided = playbook.records.filter((record) => record.data.decided === undefined);
	const decided = playbook.records
		.filter((record) => record.data.decided !== undefined)
		.sort(
			(a, b) => (b.data.decided ?? '').localeCompare(a.data.decided ?? '') || a.data.title.localeCompare(b.data.title),
		);
	const groups: LogGroup[] = [];
	if (undecided.length > 0) {
		groups.push({
			key: 'undecided',
			heading: t('charter.log.undecided'),
			rows: getRecordRows(undecided, base, playbook.pillars),
		});
	}
	for (const record of decided) {
		const year = (record.data.decided ?? '').slice(0, 4);
		let group = groups.at(-1);
		if (group?.key !== year) {
			group = { key: year, heading: year, rows: [] };
			groups.push(group);
		}
		group.rows.push(...getRecordRows([record], base, playbook.pillars));
	}
	return groups;
}
