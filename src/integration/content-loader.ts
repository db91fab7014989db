import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isPlainMarkdown } from '../markdown/plain-markdown.ts';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's `glob()` loader, except that an `.mdx` file whose body is plain Markdown (see
 * {@link isPlainMarkdown}) is rendered as Markdown while content syncs, as `.md` files are, instead of
 * being compiled to a module during the build. The page is the same; the build is much faster,
 * because compiling MDX costs several times what rendering Markdown does. Files that use MDX syntax
 * are compiled as MDX, as before.
 */
export function globWithPlainMdx(options: GlobOptions): Loader {
	const loader = glob(options);
	return {
		name: 'charter-glob-loader',
		load: async (context) => {
			// `entryTypes` is what glob() itself reads to render each file type; Astro passes it to
			// loaders without declaring it. Without it, fall back to glob() as it is.
			const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> }).entryTypes;
			const markdown = entryTypes?.get('.md');
			const mdx = entryTypes?.get('.mdx');
			if (!entryTypes || !markdown?.getRenderFunction || !mdx) return loader.load(context);
			const renderMarkdown = markdown.getRenderFunction.bind(markdown);

			const plainMdx: ContentEntryType = {
				...mdx,
				async getRenderFunction(config) {
					const render = await renderMarkdown(config);
					// Returning nothing marks the entry for MDX compilation (see `store.set` below).
					return async (entry) => (isPlainMarkdown(entry.body ?? '') ? render(entry) : (undefined as never));
				},
			};
			const store: LoaderContext['store'] = {
				...context.store,
				set(entry: StoredEntry) {
					const compileAsMdx = entry.filePath?.endsWith('.mdx') && !entry.rendered;
					return context.store.set(compileAsMdx ? { ...entry, rendered: undefined, deferredRender: true } : entry);
				},
			};
			return loader.load({
				...context,
				store,
				entryTypes: new Map([...entryTypes, ['.mdx', plainMdx]]),
			} as LoaderContext);
		},
	};
}
