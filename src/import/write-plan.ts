import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { GapsFile } from '../schemas/gaps.ts';
import { PRACTICES_DIR } from '../shared/paths.ts';
import type { ImportedRecord } from './convert.ts';
import { Document, isScalar, isSeq, visit } from 'yaml';

/** One record file the import would write. */
export interface PlannedRecord {
	record: ImportedRecord;
	/** Its path from the site root. */
	path: string;
	/** The file's content. */
	content: string;
}

/** What an import does with each record: write it, leave it as it is, keep a person's edits, or refuse. */
export interface WritePlan {
	/** Records to write: new ones, and (with `force`) ones that change. */
	write: PlannedRecord[];
	/** Of `write`, those that replace an existing file. */
	replaced: PlannedRecord[];
	/** Records whose file already holds exactly what the import would write. */
	unchanged: PlannedRecord[];
	/** Records edited since the import wrote them (or, for a file it did not write, not forced): kept as they are. */
	kept: PlannedRecord[];
	/** Records that would change an existing file, without `force`: nothing is written then. */
	refused: PlannedRecord[];
}

/** The SHA-256 of a text, in hex. */
export function hashText(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/**
 * Decides what happens to each record, so that importing the same folder twice changes nothing, and
 * a record a person edited after the import is never overwritten: the gaps file holds the hash of
 * what the import wrote, and a file that no longer matches it was edited.
 */
export function planWrites(
	root: string,
	records: readonly ImportedRecord[],
	gaps: GapsFile,
	force: boolean,
): WritePlan {
	const plan: WritePlan = { write: [], replaced: [], unchanged: [], kept: [], refused: [] };
	for (const record of records) {
		const path = `${PRACTICES_DIR}/${record.id}.md`;
		const planned = { record, path, content: formatRecordFile(record) };
		const existing = ['md', 'mdx']
			.map((extension) => join(root, PRACTICES_DIR, `${record.id}.${extension}`))
			.filter((file) => existsSync(file));
		if (existing.length === 0) {
			plan.write.push(planned);
			continue;
		}
		const current = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
		if (current === planned.content && existing.length === 1) {
			plan.unchanged.push(planned);
			continue;
		}
		const written = gaps.imported[path];
		const edited = written !== undefined && (current === undefined || hashText(current) !== written.sha256);
		if (edited) plan.kept.push(planned);
		else if (force) {
			plan.write.push(planned);
			plan.replaced.push(planned);
		} else plan.refused.push(planned);
	}
	return plan;
}

/**
 * The path, relative to `folder`, of the local file a record's image or link points to, when it is
 * a file inside `folder`; `undefined` for an address, a missing file, or a file outside.
 */
export function findLocalFile(folder: string, url: string): string | undefined {
	if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(url.replace(/[?#].*$/, ''));
	} catch {
		return undefined;
	}
	const file = resolve(folder, path);
	const inside = relative(folder, file);
	if (inside === '' || inside.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return undefined;
	return inside.split(sep).join('/');
}

/** A record file: YAML frontmatter in Charter's field order, then the body. */
export function formatRecordFile(record: ImportedRecord): string {
	const document = new Document(record.data);
	// Short lists of ids read best on one line, as in hand-written records: `owners: [platform-team]`.
	visit(document, {
		Seq(_, node) {
			if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
		},
	});
	const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
	return `---\n${yaml}---\n${record.body.trim() === '' ? '' : `\n${record.body.trim()}\n`}`;
}
