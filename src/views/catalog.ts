import type { Pillar } from '../schemas/config.ts';
import { RECORD_STATUSES, type RecordStatus } from '../schemas/record.ts';
import { getRecordRows, type RecordRow } from './listing.ts';
import { getRecordsByPillar, STATUS_LABELS, type Playbook } from './playbook.ts';
import { getPillarUrl } from '../shared/routes.ts';

/** The anchor of a status's section on a pillar page, like `status-accepted`. */
export function getStatusAnchor(status: RecordStatus): string {
	return `status-${status}`;
}

/** One status heading of a pillar page, with its records. */
export interface StatusGroup {
	status: RecordStatus;
	label: string;
	anchor: string;
	rows: RecordRow[];
}

/** A pillar's records grouped by status, in the order statuses move through; empty statuses are left out. */
export function getRecordsByStatus(playbook: Playbook, pillarId: string, base: string): StatusGroup[] {
	const records = getRecordsByPillar(playbook, pillarId);
	return RECORD_STATUSES.flatMap((status) => {
		const rows = getRecordRows(
			records.filter((record) => record.data.status === status),
			base,
			undefined,
			playbook,
		);
		return rows.length > 0 ? [{ status, label: STATUS_LABELS[status], anchor: getStatusAnchor(status), rows }] : [];
	});
}

/** One cell of the overview matrix: how many records of a pillar have a status, and where to see them. */
export interface MatrixCell {
	status: RecordStatus;
	count: number;
	/** The status's section on the pillar page; absent when the count is zero. */
	url?: string;
}

/** The overview matrix of the catalog: one row per pillar, one column per status. */
export interface StatusMatrix {
	columns: { status: RecordStatus; label: string; total: number }[];
	rows: { pillar: Pillar; url: string; cells: MatrixCell[]; total: number }[];
	total: number;
}

/** Counts the playbook's records by pillar and status, for the catalog's overview table. */
export function getStatusMatrix(playbook: Playbook, base: string): StatusMatrix {
	const rows = playbook.pillars.map((pillar) => {
		const records = getRecordsByPillar(playbook, pillar.id);
		const url = getPillarUrl(base, pillar.id);
		const cells = RECORD_STATUSES.map((status): MatrixCell => {
			const count = records.filter((record) => record.data.status === status).length;
			return count > 0 ? { status, count, url: `${url}#${getStatusAnchor(status)}` } : { status, count };
		});
		return { pillar, url, cells, total: records.length };
	});
	const columns = RECORD_STATUSES.map((status, index) => ({
		status,
		label: STATUS_LABELS[status],
		total: rows.reduce((sum, row) => sum + (row.cells[index]?.count ?? 0), 0),
	}));
	return { columns, rows, total: playbook.records.length };
}

/** The catalog: every record, grouped by pillar in the configured order. */
export function getCatalog(playbook: Playbook, base: string) {
	return playbook.pillars.map((pillar) => ({
		pillar,
		url: getPillarUrl(base, pillar.id),
		rows: getRecordRows(getRecordsByPillar(playbook, pillar.id), base, undefined, playbook),
	}));
}
