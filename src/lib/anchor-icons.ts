/**
 * Lighter heading anchor links. Starlight puts a 550-byte inline SVG in the anchor link of every
 * Markdown heading; a record has several, so the icons were about a twentieth of every record page.
 * These plugins empty the icon's `<span class="sl-anchor-icon">` after Starlight has made it, and
 * Charter's stylesheet draws the same kind of icon once, as a CSS mask. The link, its target and its
 * accessible label ("Section titled …") are unchanged.
 */

import type { HastPluginDefinition } from 'satteri';

/** The class Starlight gives the icon inside a heading's anchor link. */
export const ANCHOR_ICON_CLASS = 'sl-anchor-icon';

/** The part of a HAST element these plugins read and write. */
interface HastElementLike {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: unknown[];
}

/** Whether a HAST node is Starlight's anchor-link icon that still holds its inline SVG. */
export function isFilledAnchorIcon(node: HastElementLike): boolean {
	if (node.type !== 'element' || node.tagName !== 'span' || !node.children?.length) return false;
	const classes = node.properties?.className ?? node.properties?.class;
	const list = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(/\s+/) : [];
	return list.includes(ANCHOR_ICON_CLASS);
}

/** A hast plugin for Astro's default Markdown processor (Sätteri), to run after Starlight's. */
export function createSatteriAnchorIconPlugin(): HastPluginDefinition {
	return {
		name: 'charter-light-anchor-icons',
		element: {
			filter: ['span'],
			visit(node) {
				return isFilledAnchorIcon(node) ? { ...node, children: [] } : undefined;
			},
		},
	};
}

/** The same as a rehype plugin, for sites that switch Astro to the unified Markdown processor. */
export function rehypeLightAnchorIcons() {
	return (tree: HastElementLike) => {
		const visit = (node: HastElementLike) => {
			if (isFilledAnchorIcon(node)) {
				node.children = [];
				return;
			}
			for (const child of node.children ?? []) visit(child as HastElementLike);
		};
		visit(tree);
	};
}

/** The part of Astro's `markdown.processor` this module needs: its plugin lists. */
interface MarkdownProcessorLike {
	options?: { hastPlugins?: unknown[]; rehypePlugins?: unknown[] };
}

/**
 * Adds the plugin matching the site's Markdown processor. Run after Starlight has added its own, so
 * the icons exist when the plugin sees them. Returns whether a processor took it.
 */
export function registerLightAnchorIcons(processor: MarkdownProcessorLike | undefined): boolean {
	const options = processor?.options;
	if (Array.isArray(options?.hastPlugins)) {
		options.hastPlugins.push(createSatteriAnchorIconPlugin());
		return true;
	}
	if (Array.isArray(options?.rehypePlugins)) {
		options.rehypePlugins.push(rehypeLightAnchorIcons);
		return true;
	}
	return false;
}
