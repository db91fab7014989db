/** The part of a HAST element Charter's Markdown plugins read and write. */
export interface HastElementLike {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: unknown[];
}

/** The part of Astro's `markdown.processor` Charter needs: its plugin lists. */
export interface MarkdownProcessorLike {
	options?: { hastPlugins?: unknown[]; rehypePlugins?: unknown[] };
}

/**
 * Adds a HAST plugin to the site's Markdown processor: the Sätteri version to Astro's default
 * processor, the rehype version to the unified one. Returns whether a processor took it.
 */
export function addHastPlugin(
	processor: MarkdownProcessorLike | undefined,
	plugins: { satteri: () => unknown; rehype: unknown },
): boolean {
	const options = processor?.options;
	if (Array.isArray(options?.hastPlugins)) {
		options.hastPlugins.push(plugins.satteri());
		return true;
	}
	if (Array.isArray(options?.rehypePlugins)) {
		options.rehypePlugins.push(plugins.rehype);
		return true;
	}
	return false;
}
