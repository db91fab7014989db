import type { AdrLink } from './types.ts';

/** Whether a link leaves the site: an http(s) address. */
export function isExternalLink(target: string): boolean {
	return /^https?:\/\//i.test(target);
}

/** The file name a relative link points to, without folders, query or anchor: `../adr/0002-x.md#a` → `0002-x.md`. */
export function getLinkedFileName(target: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) return undefined;
	const path = decodeURIComponentSafely(target.split(/[?#]/)[0] ?? '');
	const name = path.slice(path.lastIndexOf('/') + 1);
	return name === '' ? undefined : name;
}

/** The record number a file name or a reference like `ADR-0005` carries, or `undefined`. */
export function getRecordNumber(text: string): number | undefined {
	const match = /^(?:adr[-_ ]?)?0*(\d{1,6})(?:[-_. ]|$)/i.exec(text.trim());
	return match ? Number(match[1]) : undefined;
}

/**
 * Finds which imported file a link or reference names: by file name (`0002-use-mysql.md`, with or
 * without `.md`), or by number (`ADR-0002`) when exactly one file has that number.
 */
export function resolveRecordFile(
	link: Pick<AdrLink, 'target' | 'text'>,
	files: readonly string[],
): string | undefined {
	const name = getLinkedFileName(link.target);
	if (name !== undefined) {
		const exact = files.find((file) => file === name || file === `${name}.md` || file.replace(/\.md$/i, '') === name);
		if (exact) return exact;
		if (/\.(md|markdown|html?)$/i.test(name) || name.includes('.')) return undefined;
	}
	for (const reference of [link.target, link.text]) {
		if (!/^(adr[-_ ]?)?\d+$/i.test(reference.trim())) continue;
		const number = getRecordNumber(reference);
		const matches = files.filter((file) => getRecordNumber(file) === number);
		if (matches.length === 1) return matches[0];
	}
	return undefined;
}

function decodeURIComponentSafely(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
