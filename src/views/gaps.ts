import type { RecordData } from '../schemas/record.ts';
import { PLACEHOLDER_MARKER } from '../shared/placeholders.ts';
import { getRecordUrl } from '../shared/routes.ts';
import type { Playbook } from './playbook.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

const isPlaceholder = (text: string) => text.includes(PLACEHOLDER_MARKER);

/**
 * What a record leaves missing, as sentences a reader understands: placeholders (`TODO: …`) in its
 * fields, such as those `npm run import` writes where the original record states nothing, and which
 * `charter-gaps.json` lets the build accept. Empty for a complete record.
 */
export function getRecordGaps(
	data: Pick<RecordData, 'justification' | 'alternatives' | 'summary' | 'title'>,
	t: Translate = translateEnglish,
): string[] {
	const gaps: string[] = [];
	if (isPlaceholder(data.title) || isPlaceholder(data.summary)) gaps.push(t('charter.gap.summary'));
	if (data.justification.some((item) => isPlaceholder(item.claim))) gaps.push(t('charter.gap.justification'));
	if (data.alternatives.some((item) => isPlaceholder(item.option))) gaps.push(t('charter.gap.alternatives'));
	for (const item of data.alternatives) {
		if (!isPlaceholder(item.option) && isPlaceholder(item.reason))
			gaps.push(t('charter.gap.reason', { option: item.option }));
	}
	return gaps;
}

/** A record's justification without the claims that are still placeholders: a page never shows `TODO:` text. */
export function withoutPlaceholderClaims<T extends { claim: string }>(claims: readonly T[]): T[] {
	return claims.filter((item) => !isPlaceholder(item.claim));
}

/**
 * A record's alternatives as a page shows them: placeholder options are left out, and a placeholder
 * reason is empty, with `missing` set, so the page says the reason is missing instead of showing it.
 */
export function withoutPlaceholderReasons<T extends { option: string; reason: string }>(
	alternatives: readonly T[],
): (T & { missing: boolean })[] {
	return alternatives
		.filter((item) => !isPlaceholder(item.option))
		.map((item) => (isPlaceholder(item.reason) ? { ...item, reason: '', missing: true } : { ...item, missing: false }));
}

/** The id of the catalog's list of incomplete records. */
export const INCOMPLETE_RECORDS_ANCHOR = 'incomplete-records';

/** An incomplete record as the catalog lists it. */
export interface IncompleteRecord {
	id: string;
	title: string;
	url: string;
	owners: string[];
	gaps: string[];
}

/** Every record that leaves something missing, by title, for the catalog's list of incomplete records. */
export function getIncompleteRecords(
	playbook: Playbook,
	base: string,
	t: Translate = translateEnglish,
): IncompleteRecord[] {
	return playbook.records.flatMap((record) => {
		const gaps = getRecordGaps(record.data, t);
		return gaps.length === 0
			? []
			: [
					{
						id: record.id,
						title: record.data.title,
						url: getRecordUrl(base, record.id),
						owners: record.data.owners,
						gaps,
					},
				];
	});
}
