import type { RecordStatus } from '../schemas/record.ts';

/** Status words of decision-record templates and tools, and the Charter status each means. */
const KNOWN_STATUSES: [RegExp, RecordStatus][] = [
	[/^(accepted|approved|adopted)$/, 'accepted'],
	[/^(proposed|draft|in review|under review)$/, 'proposed'],
	[/^(rejected|declined)$/, 'rejected'],
	[/^(deprecated|obsolete)$/, 'deprecated'],
	[/^((accepted|approved|adopted),? then )?(superseded|superceded)( by\b.*)?$/, 'superseded'],
];

/**
 * Maps a status as written in a decision record ("Accepted", "superseded by ADR-0005", "draft") to a
 * Charter status. Returns `undefined` for text it does not know, which the caller must report.
 */
export function mapStatus(text: string): RecordStatus | undefined {
	const words = text
		.toLowerCase()
		.replace(/[*_`.]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return KNOWN_STATUSES.find(([pattern]) => pattern.test(words))?.[1];
}
