/**
 * Prepares a record's rendered HTML for a page that holds many records: prefixes every id and the
 * in-page links, labels and references that point at one, so that records do not collide, and moves
 * headings `shift` levels down (capped at h6) so they nest under the record's own title.
 */
export function scopeHtmlFragment(html: string, prefix: string, shift: number): string {
	const scoped = (id: string) => `${prefix}--${id}`;
	return html
		.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`)
		.replace(/\blevel-h([1-6])\b/g, (_, level: string) => `level-h${Math.min(6, Number(level) + shift)}`)
		.replace(/(\s(?:id|for))="([^"]+)"/g, (_, name: string, id: string) => `${name}="${scoped(id)}"`)
		.replace(
			/(\saria-(?:labelledby|describedby|controls|owns))="([^"]+)"/g,
			(_, name: string, ids: string) => `${name}="${ids.trim().split(/\s+/).map(scoped).join(' ')}"`,
		)
		.replace(/(\shref)="#([^"]+)"/g, (_, name: string, id: string) => `${name}="#${scoped(id)}"`);
}
