import { z } from 'zod';
import { KEBAB_CASE } from '../shared/ids.ts';

/** Statuses a record can have, in the order a decision usually moves through them. */
export const RECORD_STATUSES = ['proposed', 'accepted', 'deprecated', 'superseded', 'rejected'] as const;

/** A record's status. */
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** A lowercase, hyphen-separated identifier such as `output-vs-outcome`. */
export const kebabCaseId = z.string({ error: 'must be a text value' }).regex(KEBAB_CASE, {
	error: (issue) => `"${String(issue.input)}" is not kebab-case (lowercase letters, digits and single hyphens)`,
});

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers that turn unquoted dates into `Date` objects
 * (Astro's does) are accepted too, so the parsed value is always the same string.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z.iso.date({ error: (issue) => `"${String(issue.input)}" is not a date written YYYY-MM-DD` }),
);

const plainText = (what: string) =>
	z
		.string({ error: `must be ${what}` })
		.trim()
		.min(1, { error: `must not be empty; write ${what}` });

const webUrl = z.url({
	protocol: /^https?$/,
	hostname: z.regexes.domain,
	error: (issue) => `"${String(issue.input)}" is not a full http:// or https:// address`,
});

/** The zod schema of one entry of a record's `sources`. */
export const sourceSchema = z
	.strictObject({
		id: kebabCaseId.meta({
			description:
				'Short kebab-case id, unique within the record, that claims and alternatives cite in their `sources`.',
		}),
		title: plainText('the title of the source').meta({ description: 'The title of the source as published.' }),
		url: webUrl.optional().meta({
			description: 'Where to read the source, when it is online. Only `http:` and `https:` addresses are accepted.',
		}),
		author: plainText("the author's name").optional().meta({ description: 'The person who wrote it, when known.' }),
		publisher: plainText("the publisher's name")
			.optional()
			.meta({ description: 'The site, journal or organization that published it.' }),
		published: isoDate.optional().meta({ description: 'The publication date, `YYYY-MM-DD`.' }),
	})
	.meta({ description: 'One source a record cites: an article, a book, a talk.' });

/** Ids of this record's `sources` that back a claim or a reason. */
const citations = z.array(kebabCaseId, { error: 'must be a list of source ids, like [ries-lean]' });

/** The zod schema of one entry of a record's `amendments`. */
export const amendmentSchema = z
	.strictObject({
		date: isoDate.meta({
			description: 'The day the amendment was made, `YYYY-MM-DD`: not before `decided`, not in the future.',
		}),
		summary: plainText('one sentence saying what changed and why').meta({
			description: 'What changed in the decision, and why, in one sentence.',
		}),
	})
	.meta({ description: 'One dated change to an accepted decision.' });

/** The zod schema of one entry of a record's `justification`. */
export const claimSchema = z
	.strictObject({
		claim: plainText('one sentence stating the reason').meta({
			description: "One statement, in the playbook's own words, of why this choice is right for the organization.",
		}),
		sources: citations
			.optional()
			.meta({ description: "Ids of entries in this record's `sources` that back the claim." }),
	})
	.meta({ description: 'One reason the decision was made.' });

/** The zod schema of one entry of a record's `alternatives`. */
export const alternativeSchema = z
	.strictObject({
		option: plainText('the option that was considered').meta({ description: 'The option that was considered.' }),
		reason: plainText('why the option was not chosen').meta({ description: 'Why the option was not chosen.' }),
		sources: citations
			.optional()
			.meta({ description: "Ids of entries in this record's `sources` that back the reason." }),
	})
	.meta({ description: 'An option that was considered and not chosen.' });

/**
 * The zod schema of a practice record's frontmatter. The description of the schema and of each field
 * (in `.meta`) is what editors show from the generated JSON Schema.
 */
export const recordSchema = z
	.strictObject({
		title: plainText('the title of the practice').meta({
			description: "The practice's name, shown as the page title.",
		}),
		summary: plainText('one plain sentence summarizing the practice')
			.max(240, { error: 'is longer than 240 characters' })
			.refine((text) => !/[\r\n]/.test(text), { error: 'spans several lines' })
			.meta({
				description: 'One plain sentence (at most 240 characters) used as the page description and in listings.',
			}),
		pillar: kebabCaseId.meta({
			description: 'Id of the pillar this practice belongs to, one of the pillars configured in `astro.config.mjs`.',
		}),
		status: z
			.enum(RECORD_STATUSES, {
				error: (issue) => (issue.input === undefined ? 'is required' : `must be one of ${RECORD_STATUSES.join(', ')}`),
			})
			.meta({
				description: "Where the decision stands. A `superseded` record must be named in another record's `supersedes`.",
			}),
		decided: isoDate.optional().meta({
			description: 'The date the decision was taken, `YYYY-MM-DD`. Required unless the status is `proposed`.',
		}),
		reviewed: isoDate
			.optional()
			.meta({ description: 'The date the decision was last reviewed and confirmed, `YYYY-MM-DD`.' }),
		owners: z
			.array(kebabCaseId, { error: 'must be a list of team or person handles, like [product-leadership]' })
			.min(1, { error: 'names no owner' })
			.meta({ description: 'Teams or people accountable for the practice: kebab-case handles, at least one.' }),
		tags: z
			.array(kebabCaseId, { error: 'must be a list of kebab-case tags, like [funding]' })
			.default([])
			.meta({ description: 'Kebab-case tags used for browsing.' }),
		justification: z
			.array(claimSchema, { error: 'must be a list of claims, each like { claim: …, sources: [...] }' })
			.min(1, { error: 'holds no claim' })
			.meta({ description: 'Why this choice was made: at least one claim, each tied to the sources that back it.' }),
		alternatives: z
			.array(alternativeSchema, { error: 'must be a list of alternatives, each like { option: …, reason: … }' })
			.default([])
			.meta({
				description:
					'Options that were considered and not chosen, each with the reason. At least one for `accepted` records.',
			}),
		sources: z
			.array(sourceSchema, { error: 'must be a list of sources, each like { id, title, url }' })
			.default([])
			.meta({ description: 'The sources claims and alternatives cite.' }),
		related: z
			.array(kebabCaseId, { error: 'must be a list of record ids, like [output-vs-outcome]' })
			.default([])
			.meta({ description: 'Ids of other records a reader should also see.' }),
		supersedes: z
			.array(kebabCaseId, { error: 'must be a list of record ids, like [fund-technology-as-projects]' })
			.default([])
			.meta({ description: 'Ids of older records this one replaces; each of them must have the status `superseded`.' }),
		amendments: z
			.array(amendmentSchema, { error: 'must be a list of amendments, each like { date: 2025-06-01, summary: … }' })
			.default([])
			.meta({
				description:
					'Dated changes to the decision after it was accepted, oldest first. A change to the title, summary, justification, alternatives, pillar or body of an accepted record needs a new entry here.',
			}),
		aliases: z
			.array(kebabCaseId, { error: 'must be a list of former record ids, like [old-record-id]' })
			.default([])
			.meta({
				description:
					'Former ids of this record, after a rename. Their old addresses redirect here, and references to them still resolve.',
			}),
	})
	.superRefine((record, ctx) => {
		if (record.status !== 'proposed' && record.decided === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['decided'],
				message: `is required when the status is "${record.status}"`,
			});
		}
		if (record.status === 'accepted' && record.alternatives.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['alternatives'],
				message: 'is empty, but an accepted record needs at least one alternative',
			});
		}
		record.amendments.forEach((amendment, index) => {
			const previous = record.amendments[index - 1];
			if (record.decided !== undefined && amendment.date < record.decided) {
				ctx.addIssue({
					code: 'custom',
					path: ['amendments', index, 'date'],
					message: `is ${amendment.date}, before the decision (decided: ${record.decided})`,
				});
			} else if (previous && amendment.date < previous.date) {
				ctx.addIssue({
					code: 'custom',
					path: ['amendments', index, 'date'],
					message: `is ${amendment.date}, before the amendment above it (${previous.date}): list amendments oldest first`,
				});
			}
		});
	})
	.meta({
		description:
			'Frontmatter of one practice record (`content/practices/<id>.mdx`): a decision record of how the organization works. Unknown keys are errors, so a misspelled field never passes silently.',
	});

/** A record's frontmatter as written in the file. */
export type RecordInput = z.input<typeof recordSchema>;
/** A record's frontmatter once validated, with defaults applied. */
export type RecordData = z.output<typeof recordSchema>;
