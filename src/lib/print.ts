/** How to fit a record's HTML into a page that holds many records. */
export interface ScopeOptions {
	/** Prefix for every id, so records do not collide. */
	prefix: string;
	/** How many levels to move headings down, so they nest under the record's own title. */
	shift: number;
	/**
	 * The id of the record's title. Sections labelled by a heading are labelled by the title too,
	 * so that landmarks keep distinct names ("Weekly interviews Justification") across records.
	 */
	titleId?: string;
}

/**
 * Prepares a record's rendered HTML for a page that holds many records: prefixes every id and the
 * in-page links, labels and references that point at one, and moves headings down (capped at h6).
 */
export function scopeHtmlFragment(html: string, { prefix, shift, titleId }: ScopeOptions): string {
	const scoped = (id: string) => `${prefix}--${id}`;
	const scopedHtml = html
		.replace(
			/<(\/?)h([1-6])(?=[\s>])/g,
			(_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`,
		)
		.replace(/\blevel-h([1-6])\b/g, (_, level: string) => `level-h${Math.min(6, Number(level) + shift)}`)
		.replace(/(\s(?:id|for))="([^"]+)"/g, (_, name: string, id: string) => `${name}="${scoped(id)}"`)
		.replace(
			/(\saria-(?:labelledby|describedby|controls|owns))="([^"]+)"/g,
			(_, name: string, ids: string) => `${name}="${ids.trim().split(/\s+/).map(scoped).join(' ')}"`,
		)
		.replace(/(\shref)="#([^"]+)"/g, (_, name: string, id: string) => `${name}="#${scoped(id)}"`);
	if (!titleId) return scopedHtml;
	return scopedHtml.replace(
		/(<section\b[^>]*\saria-labelledby=")([^"]+)"/g,
		(_, start: string, ids: string) => `${start}${titleId} ${ids}"`,
	);
}
