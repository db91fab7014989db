/** Path segments that name a kind of page rather than what the reader was looking for. */
const STRUCTURAL_WORDS = new Set(['practices', 'pillars', 'tags', 'index', 'html', 'htm', 'md', 'mdx']);

/**
 * Guesses what a reader was looking for from the address of a missing page, to start a search with:
 * `/handbook/practices/continuous-discvery/` under the base `/handbook/` gives "continuous discvery".
 */
export function getSearchTermFromPath(pathname: string, base: string): string {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// A malformed escape: search with the address as it was written.
	}
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (path.startsWith(prefix)) path = path.slice(prefix.length);
	return path
		.split(/[/\-_.+\s]+/)
		.map((word) => word.trim().toLowerCase())
		.filter((word) => word.length > 0 && !STRUCTURAL_WORDS.has(word))
		.join(' ');
}
