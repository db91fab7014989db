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

/** One source a record cites: an article, a book, a talk. */
export const sourceSchema = z.strictObject({
	/** Short kebab-case id, unique within the record, that claims and alternatives cite in their `sources`. */
	id: kebabCaseId,
	/** The title of the source as published. */
	title: plainText('the title of the source'),
	/** Where to read the source, when it is online. Only `http:` and `https:` addresses are accepted. */
	url: webUrl.optional(),
	/** The person who wrote it, when known. */
	author: plainText("the author's name").optional(),
	/** The site, journal or organization that published it. */
	publisher: plainText("the publisher's name").optional(),
	/** The publication date, `YYYY-MM-DD`. */
	published: isoDate.optional(),
});

/** Ids of this record's `sources` that back a claim or a reason. */
const citations = z.array(kebabCaseId, { error: 'must be a list of source ids, like [ries-lean]' });

/** One reason the decision was made. */
export const claimSchema = z.strictObject({
	/** One statement, in the playbook's own words, of why this choice is right for the organization. */
	claim: plainText('one sentence stating the reason'),
	/** Ids of entries in this record's `sources` that back the claim. */
	sources: citations.optional(),
});

/** An option that was considered and not chosen. */
export const alternativeSchema = z.strictObject({
	/** The option that was considered. */
	option: plainText('the option that was considered'),
	/** Why the option was not chosen. */
	reason: plainText('why the option was not chosen'),
	/** Ids of entries in this record's `sources` that back the reason. */
	sources: citations.optional(),
});

/**
 * Frontmatter of one practice record (`content/practices/<id>.mdx`): a decision record of how the
 * organization works. Unknown keys are errors, so a misspelled field never passes silently.
 */
export const recordSchema = z
	.strictObject({
		/** The practice's name, shown as the page title. */
		title: plainText('the title of the practice'),
		/** One plain sentence (at most 240 characters) used as the page description and in listings. */
		summary: plainText('one plain sentence summarizing the practice')
			.max(240, { error: 'is longer than 240 characters' })
			.refine((text) => !/[\r\n]/.test(text), { error: 'spans several lines' }),
		/** Id of the pillar this practice belongs to, one of the pillars configured in `astro.config.mjs`. */
		pillar: kebabCaseId,
		/** Where the decision stands. A `superseded` record must be named in another record's `supersedes`. */
		status: z.enum(RECORD_STATUSES, {
			error: `must be one of ${RECORD_STATUSES.join(', ')}`,
		}),
		/** The date the decision was taken, `YYYY-MM-DD`. Required unless the status is `proposed`. */
		decided: isoDate.optional(),
		/** The date the decision was last reviewed and confirmed, `YYYY-MM-DD`. */
		reviewed: isoDate.optional(),
		/** Teams or people accountable for the practice: kebab-case handles, at least one. */
		owners: z
			.array(kebabCaseId, { error: 'must be a list of team or person handles, like [product-leadership]' })
			.min(1, { error: 'names no owner' }),
		/** Kebab-case tags used for browsing. */
		tags: z.array(kebabCaseId, { error: 'must be a list of kebab-case tags, like [funding]' }).default([]),
		/** Why this choice was made: at least one claim, each tied to the sources that back it. */
		justification: z
			.array(claimSchema, { error: 'must be a list of claims, each like { claim: …, sources: [...] }' })
			.min(1, { error: 'holds no claim' }),
		/** Options that were considered and not chosen, each with the reason. At least one for `accepted` records. */
		alternatives: z
			.array(alternativeSchema, { error: 'must be a list of alternatives, each like { option: …, reason: … }' })
			.default([]),
		/** The sources claims and alternatives cite. */
		sources: z.array(sourceSchema, { error: 'must be a list of sources, each like { id, title, url }' }).default([]),
		/** Ids of other records a reader should also see. */
		related: z.array(kebabCaseId, { error: 'must be a list of record ids, like [output-vs-outcome]' }).default([]),
		/** Ids of older records this one replaces; each of them must have the status `superseded`. */
		supersedes: z
			.array(kebabCaseId, { error: 'must be a list of record ids, like [fund-technology-as-projects]' })
			.default([]),
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
	});

/** A record's frontmatter as written in the file. */
export type RecordInput = z.input<typeof recordSchema>;
/** A record's frontmatter once validated, with defaults applied. */
export type RecordData = z.output<typeof recordSchema>;
