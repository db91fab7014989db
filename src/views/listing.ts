import type { Pillar } from '../schemas/config.ts';
import type { RecordStatus } from '../schemas/record.ts';
import { STATUS_LABELS, type PlaybookRecord } from './playbook.ts';
import { getPillarUrl, getRecordUrl } from '../shared/routes.ts';

/** One row of a listing of records. */
export interface RecordRow {
	id: string;
	title: string;
	url: string;
	summary: string;
	status: RecordStatus;
	statusLabel: string;
	owners: string[];
	decided?: string | undefined;
	reviewed?: string | undefined;
	/** The record's pillar, when the listing spans several pillars. */
	pillar?: { label: string; url: string };
	/** A line shown under the row, like why the record is listed. */
	note?: string;
}

/**
 * Turns records into listing rows, keeping their order. Pass the playbook's pillars when the
 * listing spans several of them, so each row names its pillar.
 */
export function getRecordRows(
	records: readonly PlaybookRecord[],
	base: string,
	pillars?: readonly Pillar[],
): RecordRow[] {
	const pillarsById = new Map(pillars?.map((pillar) => [pillar.id, pillar]));
	return records.map(({ id, data }) => {
		const pillar = pillarsById.get(data.pillar);
		return {
			id,
			title: data.title,
			url: getRecordUrl(base, id),
			summary: data.summary,
			status: data.status,
			statusLabel: STATUS_LABELS[data.status],
			owners: data.owners,
			decided: data.decided,
			reviewed: data.reviewed,
			...(pillar ? { pillar: { label: pillar.label, url: getPillarUrl(base, pillar.id) } } : {}),
		};
	});
}
