import type { ListItem } from 'mdast';
import { getListItems, getPlainText, getPoint, type MarkdownDocument, type Section } from './markdown.ts';
import type { AdrPoint, ImportNote } from './types.ts';
import { formatCount } from '../shared/text.ts';

// The considered options of a MADR record and the pros and cons written for each.

// "Good, because", "Bad, because", "Neutral, because" (and "Good (performance), because").
const PRO_CON = /^(good|bad|neutral)\b[^,]{0,20},\s*because\s+/i;
/** A template's placeholder item, left as the template had it. */
export const TEMPLATE_ITEM = /^(…|\.\.\.)$/;

/** Normalizes an option's name for matching: lowercase, no quotes or Markdown marks, single spaces. */
export function normalizeOption(name: string): string {
	return name
		.toLowerCase()
		.replace(/["“”'‘’`*_[\]]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface OptionDetails {
	name: string;
	section: Section;
	good: { item: ListItem; point: AdrPoint }[];
	bad: { item: ListItem; point: AdrPoint }[];
	/** How many "neutral" points and other items the option has. */
	others: number;
}

export function readOptionDetails(document: MarkdownDocument, section: Section): OptionDetails {
	const details: OptionDetails = { name: section.title, section, good: [], bad: [], others: 0 };
	for (const item of getListItems(section)) {
		const text = getPlainText(item);
		if (TEMPLATE_ITEM.test(text)) continue;
		const kind = PRO_CON.exec(text)?.[1]?.toLowerCase();
		if (kind === 'good' || kind === 'bad') details[kind].push({ item, point: getPoint(document, item, PRO_CON) });
		else details.others++;
	}
	details.others += section.content.filter((node) => node.type !== 'list' && node.type !== 'html').length;
	return details;
}

export function describeLeftovers(
	details: OptionDetails,
	mapped: 'good' | 'bad',
	option: string,
	notes: ImportNote[],
): void {
	const leftover = mapped === 'good' ? details.bad.length : details.good.length;
	const parts = [
		leftover > 0
			? `${leftover} "${mapped === 'good' ? 'bad' : 'good'}, because" point${leftover === 1 ? '' : 's'}`
			: '',
		details.others > 0 ? formatCount(details.others, 'other item') : '',
	].filter(Boolean);
	if (parts.length > 0)
		notes.push({
			kind: 'not-mapped',
			text: `${parts.join(' and ')} of "${option}" → body, under "${details.section.title}"`,
		});
}

/** The name of a considered option: its details heading when the list item starts with it and describes it further. */
export function nameOption(item: string, details: readonly OptionDetails[]): string {
	const match = details.find((detail) => normalizeOption(item).startsWith(normalizeOption(detail.name)));
	return match ? match.name : item;
}

export function matchesOption(a: string, b: string): boolean {
	const [x, y] = [normalizeOption(a), normalizeOption(b)];
	return x === y || (x.length > 3 && y.length > 3 && (x.startsWith(y) || y.startsWith(x)));
}

export function isJustAName(item: ListItem, options: readonly string[]): boolean {
	return (
		item.children.length === 1 &&
		options.some((option) => normalizeOption(option) === normalizeOption(getPlainText(item)))
	);
}
