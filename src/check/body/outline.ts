import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { parseMdx } from './parse-mdx.ts';
import { at, FEATURES, visit, type RecordBody, type TreeNode } from './tree.ts';

/** What a record's body links to, and the ids of its headings, for the checks across records. */
export interface BodyOutline {
	/** Every Markdown link, image and link definition, with its address and position in the file. */
	links: { url: string; image: boolean; line: number; column: number }[];
	/** The ids the build gives the body's headings; unset until the body has been parsed. */
	headingIds?: string[];
}

/** The ids the build gives the headings of a body (`## Signs it's working` → `signs-its-working`). */
export function getHeadingIds(body: string, mdx: boolean): string[] {
	try {
		const tree = mdx ? parseMdx(body) : (markdownToMdast(body, { features: FEATURES }) as unknown as TreeNode);
		return getHeadingIdsOf(tree);
	} catch {
		// A body that does not parse is reported on its own; its links are not checked against it.
		return [];
	}
}

function getHeadingIdsOf(tree: TreeNode): string[] {
	const ids: string[] = [];
	visit(tree, createHeadingIdCollector(ids));
	return ids;
}

/** A visitor that adds each heading's id to `ids` as Astro gives it: the same slugs, in the same order, repeats numbered. */
function createHeadingIdCollector(ids: string[]): (node: TreeNode) => void {
	const slugger = new GithubSlugger();
	return (node) => {
		if (node.type === 'heading') ids.push(slugger.slug(toString(node as Parameters<typeof toString>[0])));
	};
}

/** A visitor that adds each link, image and heading of a body to `outline`. */
export function createOutlineCollector(outline: BodyOutline, record: RecordBody): (node: TreeNode) => void {
	const addHeading = createHeadingIdCollector((outline.headingIds = []));
	return (node) => {
		addHeading(node);
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
			outline.links.push({ url: node.url, image: node.type === 'image', ...at(record, node) });
		}
	};
}
