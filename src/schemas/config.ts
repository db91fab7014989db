import { z } from 'zod';
import { kebabCaseId } from './record.ts';

/** One pillar of the playbook: a group of related practices. */
export const pillarSchema = z.strictObject({
	/** Kebab-case id that records use in their `pillar` field. */
	id: kebabCaseId,
	/** The pillar's name as readers see it. */
	label: z.string().trim().min(1, { error: 'must not be empty; give the pillar a name' }),
	/** One line telling readers what the pillar covers. */
	description: z.string().trim().min(1, { error: 'must not be empty; say in one line what the pillar covers' }),
	/** Position in navigation and listings, lowest first. Pillars without one follow, in the order written. */
	order: z.number().int().optional(),
});

/** Options of the Charter Starlight plugin, set in `astro.config.mjs`. */
export const charterOptionsSchema = z
	.strictObject({
		/** The organization that publishes the playbook, shown on the home page, in feeds and in print. */
		organization: z.string().trim().min(1, { error: "must not be empty; give the organization's name" }),
		/** One sentence introducing the playbook on its home page and in its feed. */
		description: z.string().trim().min(1).optional(),
		/** The playbook's pillars, at least one. */
		pillars: z.array(pillarSchema).min(1, { error: 'must list at least one pillar' }),
		/** The repository that holds the playbook, for "Edit this page" links. */
		repository: z
			.strictObject({
				/** Web address of the repository, like https://github.com/acme/playbook. */
				url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }),
				/** Branch that edit links point to. */
				branch: z.string().min(1).default('main'),
				/** Path of the site inside the repository, when it is not at the root (like `docs/playbook`). */
				path: z.string().default(''),
			})
			.optional(),
		/** Months after `reviewed` (or `decided`) when a record is due for review. */
		reviewIntervalMonths: z.number().int().positive().default(12),
		/**
		 * Maps record owners to code-host handles for the generated CODEOWNERS file,
		 * like `{ 'platform-team': '@acme/platform' }`.
		 */
		ownerHandles: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
		/**
		 * Sidebars list every record under its pillar while the playbook has at most this many records;
		 * above it they link to pillar pages only, so each page stays small however large the playbook grows.
		 */
		sidebarRecordLimit: z.number().int().nonnegative().default(60),
	})
	.superRefine((options, ctx) => {
		const seen = new Set<string>();
		options.pillars.forEach((pillar, index) => {
			if (seen.has(pillar.id)) {
				ctx.addIssue({ code: 'custom', path: ['pillars', index, 'id'], message: `"${pillar.id}" is used by two pillars; give each pillar its own id` });
			}
			seen.add(pillar.id);
		});
	});

/** Options as written in `astro.config.mjs`. */
export type CharterUserOptions = z.input<typeof charterOptionsSchema>;
/** Options once validated, with defaults applied. */
export type CharterOptions = z.output<typeof charterOptionsSchema>;
/** One configured pillar. */
export type Pillar = z.output<typeof pillarSchema>;
