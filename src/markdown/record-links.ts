/**
 * Links between records. Authors link to another record by its file, as on GitHub
 * (`[Outcomes](./output-vs-outcome.mdx#definition)`), which also works under any base path; the
 * plugins here turn such links into the record's page address when the site is built. Where a link
 * leads is worked out by `getLinkTarget` in `src/shared/links.ts`, which the check uses too.
 */

import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { visit } from 'unist-util-visit';
import { addHastPlugin, type HastElementLike, type MarkdownProcessorLike } from './processors.ts';
import { getLinkTarget, type LinkContext } from '../shared/links.ts';
import { getRecordUrl, joinBase } from '../shared/routes.ts';

/**
 * The page address for a link written as a record's or a page's file, like
 * `./output-vs-outcome.mdx#definition` → `/handbook/practices/output-vs-outcome/#definition`;
 * `undefined` for any other link.
 */
export function getRecordFileLinkHref(url: string, context: LinkContext): string | undefined {
	const target = getLinkTarget(url, context);
	const hash = 'hash' in target && target.hash ? `#${encodeURIComponent(target.hash)}` : '';
	const base = context.base ?? '/';
	if (target.kind === 'record' && target.file !== undefined)
		return `${getRecordUrl(base, encodeURIComponent(target.id))}${hash}`;
	if (target.kind === 'page') return `${joinBase(base, target.url)}${hash}`;
	return undefined;
}

function rewriteAnchor(node: HastElementLike, file: string | undefined, options: RecordLinkOptions) {
	const href = node.properties?.href;
	if (node.tagName !== 'a' || typeof href !== 'string' || file === undefined) return undefined;
	return getRecordFileLinkHref(href, { file, practicesDir: options.practicesDir, base: options.base });
}

/** What the plugins need to know: the absolute folder of the records and the site's base path. */
export interface RecordLinkOptions {
	practicesDir: string;
	base: string;
}

/** A hast plugin for Astro's default Markdown processor (Sätteri) that turns record file links into page addresses. */
export function createSatteriRecordLinkPlugin(options: RecordLinkOptions): HastPluginDefinition {
	return {
		name: 'charter-record-links',
		element: {
			filter: ['a'],
			visit(node, context) {
				const file = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
				const href = rewriteAnchor(node as HastElementLike, file, options);
				return href === undefined ? undefined : { ...node, properties: { ...node.properties, href } };
			},
		},
	};
}

/** The same as a rehype plugin, for sites that switch Astro to the unified Markdown processor. */
export function rehypeRecordLinks(options: RecordLinkOptions) {
	return (tree: HastElementLike, vfile: { path?: string }) => {
		visit(tree, (node: HastElementLike) => {
			const href = rewriteAnchor(node, vfile.path, options);
			if (href !== undefined) node.properties = { ...node.properties, href };
		});
	};
}

/** Adds the plugin matching the site's Markdown processor. Returns whether a processor took it. */
export function registerRecordLinks(processor: MarkdownProcessorLike | undefined, options: RecordLinkOptions): boolean {
	return addHastPlugin(processor, {
		satteri: () => createSatteriRecordLinkPlugin(options),
		rehype: [rehypeRecordLinks, options],
	});
}
