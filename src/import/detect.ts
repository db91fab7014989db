import { parseFrontmatter } from '../check/frontmatter.ts';
import { getFileNameDate, parseLog4brains } from './log4brains.ts';
import { parseMadr, type ParseContext } from './madr.ts';
import { parseNygard } from './nygard.ts';
import type { AdrFormat, ParsedAdr } from './types.ts';

const heading = (source: string, title: string) => new RegExp(`^#{2,3}\\s+${title}\\b`, 'im').test(source);

/**
 * Tells which format a decision record is written in, by its content: MADR 4 and 3 have YAML
 * frontmatter (`decision-makers` in 4, `deciders` in 3, or their Confirmation and Validation
 * sections; `MADR` when nothing tells the version), MADR 2 has `* Status:` bullets, log4brains has `- Status:` bullets (or a
 * `YYYYMMDD-` file name), and adr-tools / Nygard records have Status, Context and Decision sections.
 */
export function detectFormat(file: string, source: string): AdrFormat {
	const frontmatter = parseFrontmatter(source);
	const data =
		frontmatter?.data && typeof frontmatter.data === 'object' ? (frontmatter.data as Record<string, unknown>) : {};
	const madrSections =
		heading(source, 'Considered Options') || heading(source, 'Decision Outcome') || heading(source, 'Decision Drivers');
	const bullets = /^([*-])\s+(Status|Deciders|Date)\s*:/im.exec(source);
	if (bullets) {
		return bullets[1] === '-' || /^[*-]\s+Tags\s*:/im.test(source) || getFileNameDate(file) !== undefined
			? 'log4brains'
			: 'MADR 2';
	}
	if (madrSections || 'decision-makers' in data || 'deciders' in data) {
		if ('decision-makers' in data || heading(source, 'Confirmation')) return 'MADR 4';
		if ('deciders' in data || heading(source, 'Validation')) return 'MADR 3';
		if (heading(source, 'Positive Consequences')) return 'MADR 2';
		// No version-specific metadata or section: the versions read the same.
		return 'MADR';
	}
	if (heading(source, 'Status') && (heading(source, 'Context') || heading(source, 'Decision'))) return 'Nygard';
	return 'unrecognized';
}

/** Detects a record's format and parses it with that format's parser. */
export function parseAdr(file: string, source: string, context: ParseContext): ParsedAdr {
	const format = detectFormat(file, source);
	if (format === 'Nygard') return parseNygard(file, source, context);
	if (format === 'log4brains') return parseLog4brains(file, source, context);
	const parsed = parseMadr(file, source, format, context);
	if (format !== 'unrecognized') return parsed;
	return {
		...parsed,
		notes: [
			...parsed.notes,
			{
				kind: 'needs-human',
				text: 'the format is not one Charter knows (MADR, Nygard/adr-tools, log4brains): only the title and metadata were read; everything else is in the body',
			},
		],
	};
}
