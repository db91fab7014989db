import { parseMadr, type ParseContext } from './madr.ts';
import type { ParsedAdr } from './types.ts';

const DATED_NAME = /^(\d{4})(\d{2})(\d{2})-/;

/** The date a log4brains file name starts with (`20240115-use-x.md` → `2024-01-15`), if any. */
export function getFileNameDate(file: string): string | undefined {
	const match = DATED_NAME.exec(file);
	return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/**
 * Parses a log4brains record: MADR 2 with `- Status:` / `- Date:` / `- Tags:` bullets, a `draft`
 * status, and a `YYYYMMDD-slug.md` file name whose date stands in when the record gives none.
 */
export function parseLog4brains(file: string, source: string, context: ParseContext): ParsedAdr {
	const parsed = parseMadr(file, source, 'log4brains', context);
	const fileDate = getFileNameDate(file);
	if (parsed.date === undefined && fileDate !== undefined) {
		return {
			...parsed,
			date: fileDate,
			notes: [...parsed.notes, { kind: 'not-mapped', text: `no Date: the date ${fileDate} comes from the file name` }],
		};
	}
	return parsed;
}
