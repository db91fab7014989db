import type { Nodes } from 'mdast';
import { getLinkedFileName, resolveRecordFile } from './links.ts';
import { visit } from 'unist-util-visit';
import { endOf, getPlainText, parseMarkdown, startOf, TextEdits, tidyMarkdown } from './markdown.ts';
import type { AdrLink, ImportNote } from './types.ts';

/** The body with what has no field added: an unknown status at the top, other metadata at the end. */
export function composeBody(body: string, status: string | undefined, metadata: readonly [string, string][]): string {
	const parts = [
		status !== undefined ? `## Status\n\n${status}` : '',
		body,
		metadata.length > 0
			? `## Original metadata\n\n${metadata.map(([label, value]) => `- ${label.charAt(0).toUpperCase()}${label.slice(1)}: ${value}`).join('\n')}`
			: '',
	];
	return tidyMarkdown(parts.filter((part) => part.trim() !== '').join('\n\n'));
}

/** Where the images an imported record shows are copied, relative to the records' folder. */
export const IMPORTED_ASSETS_DIR = 'assets';

/**
 * Points links to other imported records at their new files (`./<id>.md`), turns links to files
 * that were not imported into plain text, and points local images at their copies in
 * {@link IMPORTED_ASSETS_DIR} (`findAsset` gives the copy's name, or `undefined` when the image is
 * not in the imported folder, which leaves a note in its place). Links to other files of the folder
 * (not Markdown) point at their copies in `public/practices/assets/` (`downloads`).
 */
export function rewriteBody(
	body: string,
	files: readonly string[],
	ids: ReadonlyMap<string, { id: string }>,
	notes: ImportNote[],
	findAsset: (url: string) => string | undefined = () => undefined,
	assets: Set<string> = new Set(),
	downloads: Set<string> = new Set(),
): string {
	const document = parseMarkdown(body);
	const edits = new TextEdits();
	visit(document.tree, (node: Nodes) => {
		if (node.type === 'image' && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) {
			const copy = findAsset(node.url);
			if (copy !== undefined) {
				assets.add(copy);
				edits.replace(startOf(node), endOf(node), `![${node.alt ?? ''}](./${IMPORTED_ASSETS_DIR}/${encodeURI(copy)})`);
				return;
			}
			edits.replace(
				startOf(node),
				endOf(node),
				`*(image not imported: ${node.alt ? `${node.alt}, ` : ''}${node.url})*`,
			);
			notes.push({
				kind: 'needs-human',
				text: `image ${node.url} is not in the imported folder, so it was not copied: put it in the site (like public/) and link it again`,
			});
			return;
		}
		if (node.type !== 'link' && node.type !== 'linkReference') return;
		const url =
			node.type === 'link'
				? node.url
				: document.definitions.get(node.identifier.toLowerCase().replace(/\s+/g, ' ').trim());
		if (url === undefined || /^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url)) return;
		const text = body.slice(startOf(node.children[0] ?? node), endOf(node.children.at(-1) ?? node));
		const file = resolveRecordFile({ target: url, text: getPlainText(node) }, files);
		if (file !== undefined) {
			const anchor = url.includes('#') ? url.slice(url.indexOf('#')) : '';
			edits.replace(startOf(node), endOf(node), `[${text}](./${ids.get(file)!.id}.md${anchor})`);
		} else if (
			getLinkedFileName(url) !== undefined &&
			!/\.(md|markdown)$/i.test(getLinkedFileName(url)!) &&
			findAsset(url)
		) {
			// A file that is not a page (a PDF, a diagram's source) is served from public/, which the
			// site publishes under its base path: from a record's page, ../assets/ is that folder.
			const copy = findAsset(url)!;
			downloads.add(copy);
			edits.replace(startOf(node), endOf(node), `[${text}](../${IMPORTED_ASSETS_DIR}/${encodeURI(copy)})`);
		} else if (getLinkedFileName(url) !== undefined) {
			edits.replace(startOf(node), endOf(node), text);
			notes.push({
				kind: 'not-mapped',
				text: `link to ${url}: not an imported record, so its text is kept without the link`,
			});
		}
	});
	return tidyMarkdown(edits.apply(body));
}

/** The links of a rewritten body. */
export function getBodyLinks(body: string): AdrLink[] {
	const document = parseMarkdown(body);
	const links: AdrLink[] = [];
	visit(document.tree, (node: Nodes) => {
		if (node.type === 'link') links.push({ text: getPlainText(node), target: node.url });
		if (node.type === 'text')
			for (const match of node.value.matchAll(/https?:\/\/[^\s<>()\][]+[^\s<>()\][.,;:!?'"]/g))
				links.push({ text: match[0], target: match[0] });
	});
	return links;
}
