import type { Pillar } from '../schemas/config.ts';
import type { RecordStatus } from '../schemas/record.ts';
import { STATUS_LABELS, type Playbook, type PlaybookRecord } from './playbook.ts';
import { getCurrentRecords, getLastAmended } from './succession.ts';
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
	/** The date of the record's latest amendment, when it was amended. */
	amended?: string | undefined;
	/** For a superseded record, given the playbook: the records in force that replace it, at the end of its chain. */
	successors?: { title: string; url: string }[];
	/** A line shown under the row, like why the record is listed. */
	note?: string;
}

/**
 * Turns records into listing rows, keeping their order. Pass the playbook's pillars when the
 * listing spans several of them, so each row names its pillar, and the playbook to name the record
 * in force next to a superseded one.
 */
export function getRecordRows(
	records: readonly PlaybookRecord[],
	base: string,
	pillars?: readonly Pillar[],
	playbook?: Playbook,
): RecordRow[] {
	const pillarsById = new Map(pillars?.map((pillar) => [pillar.id, pillar]));
	return records.map((record) => {
		const { id, data } = record;
		const pillar = pillarsById.get(data.pillar);
		const successors = playbook ? getCurrentRecords(playbook, id, base) : [];
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
			amended: getLastAmended(record),
			...(successors.length > 0 ? { successors: successors.map(({ title, url }) => ({ title, url })) } : {}),
			...(pillar ? { pillar: { label: pillar.label, url: getPillarUrl(base, pillar.id) } } : {}),
		};
	});
}
