import { z } from 'zod';
import { kebabCaseId } from './record.ts';

/** One pillar of the playbook: a group of related practices. */
export const pillarSchema = z.strictObject({
	/** Kebab-case id that records use in their `pillar` field. */
	id: kebabCaseId.meta({ description: 'Kebab-case id that records use in their `pillar` field.' }),
	/** The pillar's name as readers see it. */
	label: z
		.string()
		.trim()
		.min(1, { error: 'must not be empty; give the pillar a name' })
		.meta({ description: "The pillar's name as readers see it." }),
	/** One line telling readers what the pillar covers. */
	description: z
		.string()
		.trim()
		.min(1, { error: 'must not be empty; say in one line what the pillar covers' })
		.meta({ description: 'One line telling readers what the pillar covers.' }),
	/** Position in navigation and listings, lowest first. Pillars without one follow, in the order written. */
	order: z.number().int().optional().meta({
		description: 'Position in navigation and listings, lowest first. Pillars without one follow, in the order written.',
	}),
});

const imagePath = z
	.string({ error: 'must be a path, like ./src/assets/logo.svg' })
	.regex(/^\.\.?\//, {
		error: 'must be a path relative to the project root, starting with ./, like ./src/assets/logo.svg',
	})
	.regex(/\.(svg|png|jpe?g|webp|avif|gif)$/i, {
		error: 'must name an image file: .svg, .png, .jpg, .webp, .avif or .gif',
	});

/**
 * The organization's logo in the site header: one image (`src`), or one per theme (`light` and `dark`).
 * Paths are relative to the project root, like `./src/assets/logo.svg`.
 */
export const logoSchema = z
	.strictObject({
		/** The logo for both themes. */
		src: imagePath.optional().meta({ description: 'The logo for both themes.' }),
		/** The logo on a light background; needs `dark` as well. */
		light: imagePath.optional().meta({ description: 'The logo on a light background; needs `dark` as well.' }),
		/** The logo on a dark background; needs `light` as well. */
		dark: imagePath.optional().meta({ description: 'The logo on a dark background; needs `light` as well.' }),
		/** Text for screen readers; defaults to the organization's name. */
		alt: z.string().optional().meta({ description: "Text for screen readers; defaults to the organization's name." }),
		/** Show only the logo, without the site title next to it (the logo should then contain the name). */
		replacesTitle: z.boolean().default(false).meta({
			description: 'Show only the logo, without the site title next to it (the logo should then contain the name).',
		}),
	})
	.superRefine((logo, ctx) => {
		const themed = logo.light !== undefined || logo.dark !== undefined;
		if (logo.src === undefined && !themed) {
			ctx.addIssue({
				code: 'custom',
				path: ['src'],
				message: 'is required: give the logo image, or both `light` and `dark` images',
			});
		} else if (logo.src !== undefined && themed) {
			ctx.addIssue({
				code: 'custom',
				path: ['src'],
				message: 'cannot be combined with `light` and `dark`: give one image, or one per theme',
			});
		} else if (themed && (logo.light === undefined || logo.dark === undefined)) {
			const missing = logo.light === undefined ? 'light' : 'dark';
			ctx.addIssue({
				code: 'custom',
				path: [missing],
				message: `is required when ${missing === 'light' ? '`dark`' : '`light`'} is set: give one image per theme, or a single \`src\``,
			});
		}
	});

/** Whether `text` is an http(s) origin as browsers write it: `https://host` or `https://host:port`, nothing more. */
function isOrigin(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
	} catch {
		return false;
	}
}

/** Options of the Charter Starlight plugin, set in `astro.config.mjs`. */
export const charterOptionsSchema = z
	.strictObject({
		/** The organization that publishes the playbook, shown on the home page, in feeds and in print. */
		organization: z.string().trim().min(1, { error: "must not be empty; give the organization's name" }).meta({
			description: 'The organization that publishes the playbook, shown on the home page, in feeds and in print.',
		}),
		/** One sentence introducing the playbook on its home page and in its feed. */
		description: z
			.string()
			.trim()
			.min(1, { error: 'must not be empty; write one sentence, or remove the option' })
			.optional()
			.meta({ description: 'One sentence introducing the playbook on its home page and in its feed.' }),
		/** The organization's logo in the site header, like `{ src: './src/assets/logo.svg' }`. */
		logo: logoSchema.optional().meta({
			description: "The organization's logo in the site header, like `{ src: './src/assets/logo.svg' }`.",
		}),
		/** The playbook's pillars, at least one. */
		pillars: z
			.array(pillarSchema)
			.min(1, { error: 'must list at least one pillar' })
			.meta({ description: "The playbook's pillars, at least one." }),
		/** The repository that holds the playbook, for "Edit this page" links. */
		repository: z
			.strictObject({
				/** Web address of the repository, like https://github.com/acme/playbook. */
				url: z
					.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
					.meta({ description: 'Web address of the repository, like https://github.com/acme/playbook.' }),
				/** Branch that edit links point to. */
				branch: z
					.string()
					.min(1, { error: 'must not be empty; name the branch edit links open, like main' })
					.default('main')
					.meta({ description: 'Branch that edit links point to.' }),
				/** Path of the site inside the repository, when it is not at the root (like `docs/playbook`). */
				path: z.string().default('').meta({
					description: 'Path of the site inside the repository, when it is not at the root (like `docs/playbook`).',
				}),
			})
			.optional()
			.meta({ description: 'The repository that holds the playbook, for "Edit this page" links.' }),
		/** Months after `reviewed` (or `decided`) when a record is due for review. */
		reviewIntervalMonths: z
			.number()
			.int({ error: 'must be a whole number of months, like 12' })
			.positive({ error: 'must be at least 1 month' })
			.default(12)
			.meta({ description: 'Months after `reviewed` (or `decided`) when a record is due for review.' }),
		/**
		 * Maps record owners to code-host handles for the generated CODEOWNERS file,
		 * like `{ 'platform-team': '@acme/platform', 'jane-doe': ['@jdoe', 'jane@acme.example'] }`.
		 * `npm run codeowners` writes one line per record with the handles of its `owners`, so a pull
		 * request that changes a record asks its owners for review; it lists owners without a handle.
		 */
		ownerHandles: z
			.record(
				z.string(),
				z.union([z.string(), z.array(z.string())], {
					error: 'must be a handle like "@acme/platform", or a list of handles',
				}),
			)
			.default({})
			.meta({
				description:
					"Maps record owners to code-host handles for the generated CODEOWNERS file, like `{ 'platform-team': '@acme/platform', 'jane-doe': ['@jdoe', 'jane@acme.example'] }`. `npm run codeowners` writes one line per record with the handles of its `owners`, so a pull request that changes a record asks its owners for review; it lists owners without a handle.",
			}),
		/**
		 * Modules a record's MDX may import components from, like `'@astrojs/starlight/components'`. An entry
		 * ending in `/` allows every module under it (like `'~/components/'`). Any other import, and any export or
		 * JavaScript in a record, is reported by `npm run check` and fails the build, so that a pull request
		 * cannot run code through a record.
		 */
		allowedImports: z.array(z.string().min(1)).default(['@astrojs/starlight/components']).meta({
			description:
				"Modules a record's MDX may import components from, like `'@astrojs/starlight/components'`. An entry ending in `/` allows every module under it (like `'~/components/'`). Any other import, and any export or JavaScript in a record, is reported by `npm run check` and fails the build, so that a pull request cannot run code through a record.",
		}),
		/**
		 * Origins besides the site's own that pages may load images, media, styles and frames from, like
		 * `['https://cdn.example.org']`: scheme, host and port only. By default a page loads nothing from
		 * another origin: `npm run check` reports any record or page that would, and every page carries a
		 * Content Security Policy that lets the browser load only from the site and these origins.
		 */
		allowedOrigins: z
			.array(
				z.string({ error: 'must be an origin, like "https://cdn.example.org"' }).refine(isOrigin, {
					error: (issue) =>
						`"${String(issue.input)}" is not an origin: write the scheme and host only, like "https://cdn.example.org", without a path or a trailing /`,
				}),
				{ error: 'must be a list of origins, like ["https://cdn.example.org"]' },
			)
			.default([])
			.meta({
				description:
					"Origins besides the site's own that pages may load images, media, styles and frames from, like `['https://cdn.example.org']`: scheme, host and port only. By default a page loads nothing from another origin: `npm run check` reports any record or page that would, and every page carries a Content Security Policy that lets the browser load only from the site and these origins.",
			}),
		/**
		 * Sidebars list every record under its pillar while the playbook has at most this many records;
		 * above it they link to pillar pages only, so each page stays small however large the playbook grows.
		 */
		sidebarRecordLimit: z
			.number()
			.int({ error: 'must be a whole number of records, like 60' })
			.nonnegative({ error: 'must be 0 or more' })
			.default(60)
			.meta({
				description:
					'Sidebars list every record under its pillar while the playbook has at most this many records; above it they link to pillar pages only, so each page stays small however large the playbook grows.',
			}),
		/**
		 * The print page (`/print/`) holds every record while the playbook has at most this many; above it,
		 * `/print/` lists the pillars and each pillar gets a print page of its own (`/print/<pillar>/`), so
		 * that no page has to hold the whole of a large playbook.
		 */
		printRecordLimit: z
			.number()
			.int({ error: 'must be a whole number of records, like 200' })
			.positive({ error: 'must be at least 1' })
			.default(200)
			.meta({
				description:
					'The print page (`/print/`) holds every record while the playbook has at most this many; above it, `/print/` lists the pillars and each pillar gets a print page of its own (`/print/<pillar>/`), so that no page has to hold the whole of a large playbook.',
			}),
	})
	.superRefine((options, ctx) => {
		const seen = new Set<string>();
		options.pillars.forEach((pillar, index) => {
			if (seen.has(pillar.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['pillars', index, 'id'],
					message: `"${pillar.id}" is used by two pillars; give each pillar its own id`,
				});
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
