import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { globWithPlainMdx } from './lib/content-loader.ts';
import { recordSchema } from './schemas/record.ts';

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
			loader: globWithPlainMdx({ base: './content', pattern: ['**/[^_]*.{md,mdx}', '!practices/**'] }),
			schema: docsSchema(),
		}),
		practices: defineCollection({
			loader: globWithPlainMdx({ base: './content/practices', pattern: '[^_]*.{md,mdx}' }),
			schema: recordSchema,
		}),
	};
}
