import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection, type SchemaContext } from 'astro:content';
import type { ZodType } from 'astro/zod';
import { globWithPlainMdx } from './content-loader.ts';
import { recordSchema } from '../schemas/record.ts';

/**
 * Charter's content collections, for the site's `src/content.config.ts`:
 * `practices` holds the records of `content/practices/`, `docs` every other page under `content/`.
 *
 * @example
 * export const collections = charterCollections();
 */
export function charterCollections() {
	return {
		docs: defineCollection({
			loader: globWithPlainMdx({
				base: './content',
				pattern: ['**/[^_]*.{md,mdx}', '!practices/**'],
				retainBody: false,
			}),
			// Typed by what it yields: its full type names a type Starlight does not export, which the
			// package's type declarations could not refer to.
			schema: docsSchema() as (context: SchemaContext) => ZodType<Record<string, unknown>>,
		}),
		practices: defineCollection({
			// Pages render from the HTML rendered while content syncs; keeping each raw body as well
			// would add a third to the content store that is bundled into the build and held in memory.
			loader: globWithPlainMdx({ base: './content/practices', pattern: '[^_]*.{md,mdx}', retainBody: false }),
			schema: recordSchema,
		}),
	};
}
