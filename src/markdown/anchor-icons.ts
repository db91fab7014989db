/**
 * Lighter heading anchor links. Starlight puts a 550-byte inline SVG in the anchor link of every
 * Markdown heading; a record has several, so the icons were about a twentieth of every record page.
 * These plugins empty the icon's `<span class="sl-anchor-icon">` after Starlight has made it, and
 * Charter's stylesheet draws the same kind of icon once, as a CSS mask. The link, its target and its
 * accessible label ("Section titled …") are unchanged.
 */

import type { HastPluginDefinition } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { addHastPlugin, type HastElementLike, type MarkdownProcessorLike } from './processors.ts';

/** The class Starlight gives the icon inside a heading's anchor link. */
export const ANCHOR_ICON_CLASS = 'sl-anchor-icon';

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
		visit(tree, (node: HastElementLike) => {
			if (!isFilledAnchorIcon(node)) return;
			node.children = [];
			return SKIP;
		});
	};
}

/**
 * Adds the plugin matching the site's Markdown processor. Run after Starlight has added its own, so
 * the icons exist when the plugin sees them. Returns whether a processor took it.
 */
export function registerLightAnchorIcons(processor: MarkdownProcessorLike | undefined): boolean {
	return addHastPlugin(processor, { satteri: createSatteriAnchorIconPlugin, rehype: rehypeLightAnchorIcons });
}
