import { z } from 'zod';

/** The zod schema of one known gap: a problem the check accepts, without its line, which shifts. */
export const knownGapSchema = z
	.strictObject({
		file: z
			.string()
			.min(1)
			.meta({ description: 'The record file, relative to the site root, like `content/practices/use-x.md`.' }),
		field: z.string().meta({
			description: 'The frontmatter field, like `alternatives[0].reason`; empty for the body or the whole file.',
		}),
		kind: z.string().min(1).meta({ description: 'The problem kind, like `content/placeholder`.' }),
	})
	.meta({ description: 'One known gap: the check reports it but does not fail on it.' });

/** The zod schema of what `npm run import` recorded about one record it wrote. */
export const importedFileSchema = z
	.strictObject({
		from: z.string().min(1).meta({ description: 'The decision record it was imported from, as given to the import.' }),
		sha256: z
			.string()
			.regex(/^[0-9a-f]{64}$/)
			.meta({
				description: 'SHA-256 of the file as written: a file that differs was edited since, and is never overwritten.',
			}),
	})
	.meta({ description: 'What the import wrote to one record file.' });

/** The zod schema of the gaps file, `charter-gaps.json`. */
export const gapsFileSchema = z
	.strictObject({
		$comment: z.string().optional().meta({ description: 'What the file is, for a person who opens it.' }),
		gaps: z.array(knownGapSchema).default([]).meta({ description: 'The known gaps, sorted by file and field.' }),
		imported: z
			.record(z.string(), importedFileSchema)
			.default({})
			.meta({ description: 'The records `npm run import` wrote, keyed by their path from the site root.' }),
	})
	.meta({ description: "Charter's known gaps: problems the check and the build accept until they are fixed." });

/** One known gap. */
export type KnownGap = z.output<typeof knownGapSchema>;
/** The gaps file, parsed. */
export type GapsFile = z.output<typeof gapsFileSchema>;
