import { markdownToMdast } from 'satteri';
import type { Problem } from '../problems.ts';
import { checkLink, checkRawHtml } from './html.ts';
import { createImageChecker, type OriginCheckOptions } from './origins.ts';
import { createOutlineCollector, type BodyOutline } from './outline.ts';
import { checkBodyPlaceholders } from './placeholders.ts';
import { FEATURES, visit, type RecordBody, type TreeNode } from './tree.ts';

/**
 * Checks the body of a `.md` record: links with a safe protocol, raw HTML without scripts, event
 * handlers, frames or plugins, nothing loaded from another origin, and placeholders.
 */
export function checkMarkdownBody(
	record: RecordBody,
	outline?: BodyOutline,
	options: OriginCheckOptions = {},
): Problem[] {
	const problems = checkBodyPlaceholders(record);
	// Parsing is only needed when the text could hold raw HTML, an image, a link with a scheme other
	// than http(s), or, for the outline, a link at all. Any scheme ends in one of its characters and a
	// colon; looking for just those two stays linear on a long line without a colon.
	const mayHoldHtml = /<[a-z!?/]/i.test(record.body) || record.body.includes('![');
	const mayHoldLinks = outline !== undefined && /\]\(|\]:|\]\[/.test(record.body);
	if (!mayHoldHtml && !mayHoldLinks && !/[a-z0-9+.-]:/i.test(record.body.replace(/\b(?:https?|mailto):/gi, ''))) {
		return problems;
	}
	const tree = markdownToMdast(record.body, { features: FEATURES }) as unknown as TreeNode;
	const addToOutline = outline ? createOutlineCollector(outline, record) : undefined;
	const images = createImageChecker(record, options);
	visit(tree, (node) => {
		images.visit(node);
		if (node.type === 'html') problems.push(...checkRawHtml(record, node, options));
		else problems.push(...checkLink(record, node));
		addToOutline?.(node);
	});
	problems.push(...images.finish());
	return problems;
}
