import type { RecordStatus } from '../schemas/record.ts';
import { getRecordUrl, STATUS_LABELS, type PlaybookRecord } from './playbook.ts';

/** One row of a listing of records. */
export interface RecordRow {
	id: string;
	title: string;
	url: string;
	summary: string;
	status: RecordStatus;
	statusLabel: string;
	owners: string[];
	decided?: string;
	reviewed?: string;
}

/** Turns records into listing rows, keeping their order. */
export function getRecordRows(records: readonly PlaybookRecord[], base: string): RecordRow[] {
	return records.map(({ id, data }) => ({
		id,
		title: data.title,
		url: getRecordUrl(base, id),
		summary: data.summary,
		status: data.status,
		statusLabel: STATUS_LABELS[data.status],
		owners: data.owners,
		decided: data.decided,
		reviewed: data.reviewed,
	}));
}
