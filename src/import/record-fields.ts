import { toKebabCase } from '../shared/ids.ts';
import type { RecordStatus } from '../schemas/record.ts';
import { getRecordNumber } from './links.ts';
import { mapStatus } from './status.ts';
import type { ConvertOptions, ImportNote, ParsedAdr } from './types.ts';

/** Ids from file names, made unique; each with the notes its choice needs. */
export function assignIds(adrs: readonly ParsedAdr[]): Map<string, { id: string; notes: ImportNote[] }> {
	const result = new Map<string, { id: string; notes: ImportNote[] }>();
	const taken = new Map<string, string>();
	for (const adr of adrs) {
		const notes: ImportNote[] = [];
		let id = getIdFromFileName(adr.file);
		if (id === '') {
			id = toKebabCase(adr.title ?? '');
			const number = getRecordNumber(adr.file);
			if (id === '') id = number === undefined ? 'imported-record' : `adr-${number}`;
			notes.push({
				kind: 'needs-human',
				text: `the file name gives no id (no Latin letters or digits after its number): the id is "${id}"; rename the file if you want another`,
			});
		}
		const base = id;
		for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
		if (id !== base) {
			notes.push({
				kind: 'needs-human',
				text: `id "${base}" is already the id of ${taken.get(base)}: this record gets "${id}"; rename one of them`,
			});
		}
		taken.set(id, adr.file);
		result.set(adr.file, { id, notes });
	}
	return result;
}

/** The record id a decision record's file name gives: without extension, number or date prefix, in kebab-case. */
export function getIdFromFileName(file: string): string {
	const name = file
		.replace(/\.(md|markdown)$/i, '')
		.replace(/^\d{8}-/, '')
		.replace(/^(?:adr|dr|decision)[-_ ]?\d+[-_. ]*/i, '')
		.replace(/^\d+(?:[-_. ]+|$)/, '');
	return toKebabCase(name);
}

/** A person's name or address as an owner handle: `Jane Doe` → `jane-doe`, `@jdoe` → `jdoe`, `li@example.org` → `li`. */
export function toHandle(name: string): string {
	return toKebabCase(name.trim().replace(/^@/, '').replace(/@.*$/, ''));
}

/** A title made from an id, for records without one: `use-postgresql` → `Use postgresql`. */
export function humanize(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The record's status from the original's, noting what a person must decide (no status, an unknown one, a successor not imported). */
export function getStatus(
	adr: ParsedAdr,
	unresolvedSuccessor: string | undefined,
	notes: ImportNote[],
	mapped: [string, string][],
	metadata: [string, string][],
	body: { status?: string },
): RecordStatus {
	if (adr.status === undefined) {
		// A chosen option is a decision taken: the record states it even without a status line.
		if (adr.chosen !== undefined) {
			mapped.push(['status', `accepted (no status line; the record states its chosen option, "${adr.chosen.option}")`]);
			return 'accepted';
		}
		notes.push({ kind: 'needs-human', text: 'no status: set to proposed; change it if the decision was taken' });
		return 'proposed';
	}
	const status = mapStatus(adr.status);
	if (status === undefined) {
		notes.push({
			kind: 'needs-human',
			text: `status "${adr.status}" is not a Charter status: set to PROPOSED; the original text is kept in the body under "Status". Pick one of accepted, proposed, rejected, deprecated, superseded`,
		});
		if (!adr.statusInBody) body.status = adr.status;
		mapped.push(['status', `"${adr.status}" → proposed (unknown status)`]);
		return 'proposed';
	}
	mapped.push(['status', `"${adr.status}" → ${status}`]);
	if (status === 'superseded' && unresolvedSuccessor !== undefined) {
		notes.push({
			kind: 'needs-human',
			text: `superseded by "${unresolvedSuccessor}", which is not among the imported files: name this record in the newer record's \`supersedes\``,
		});
		if (!adr.statusInBody) metadata.unshift(['Status', adr.status]);
	}
	return status;
}

/**
 * The `decided` date from the original's date, when the status calls for one and the date can be
 * read; else, for a decision taken, the day git first committed the file (`committed`).
 */
export function getDecided(
	adr: ParsedAdr,
	status: RecordStatus,
	notes: ImportNote[],
	mapped: [string, string][],
	metadata: [string, string][],
	committed?: string,
): string | undefined {
	if (adr.date === undefined) {
		if (status === 'proposed') return undefined;
		if (committed !== undefined) {
			mapped.push(['decided', `${committed} (no date in the record: the day git first committed the file)`]);
			return committed;
		}
		notes.push({
			kind: 'needs-human',
			text: `no date: ${status === 'accepted' ? 'an' : 'a'} ${status} record needs \`decided\`, the date the decision was taken, and git has no commit of the file. Commit the folder and import again with --force, or set \`decided\``,
		});
		return undefined;
	}
	const date = normalizeDate(adr.date);
	if (date === undefined && committed !== undefined && status !== 'proposed') {
		metadata.unshift(['Date', adr.date]);
		mapped.push([
			'decided',
			`${committed} (the date "${adr.date}" cannot be read: the day git first committed the file; the original is kept in the body)`,
		]);
		return committed;
	}
	if (date === undefined) {
		metadata.unshift(['Date', adr.date]);
		notes.push({
			kind: status === 'proposed' ? 'not-mapped' : 'needs-human',
			text: `date "${adr.date}" is not a YYYY-MM-DD date: kept in the body under "Original metadata"${status === 'proposed' ? '' : '; set `decided`'}`,
		});
		return undefined;
	}
	if (status === 'proposed') {
		metadata.unshift(['Date', date]);
		notes.push({
			kind: 'not-mapped',
			text: `date ${date}: a proposed record has no decision date; kept in the body under "Original metadata"`,
		});
		return undefined;
	}
	mapped.push(['decided', `${date} (the record's date)`]);
	return date;
}

/** A date written `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY-M-D`, as `YYYY-MM-DD`; `undefined` for anything else. */
export function normalizeDate(text: string): string | undefined {
	const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}

/** The owners: the `--owner` handle, else handles made from the record's deciders. */
export function getOwners(
	adr: ParsedAdr,
	options: ConvertOptions,
	notes: ImportNote[],
	mapped: [string, string][],
	metadata: [string, string][],
): string[] {
	const label = adr.decidersLabel ?? 'deciders';
	if (options.owner !== undefined) {
		mapped.push(['owners', `${options.owner} (from --owner)`]);
		if (adr.deciders.length > 0) {
			metadata.push([label, adr.deciders.join(', ')]);
			notes.push({
				kind: 'not-mapped',
				text: `${label}: kept in the body under "Original metadata" (--owner names the owner)`,
			});
		}
		return [options.owner];
	}
	const handles = [...new Set(adr.deciders.map(toHandle).filter((handle) => handle !== ''))];
	const unreadable = adr.deciders.filter((name) => toHandle(name) === '');
	if (unreadable.length > 0) {
		metadata.push([label, adr.deciders.join(', ')]);
		notes.push({
			kind: 'needs-human',
			text: `${label} ${unreadable.map((name) => `"${name}"`).join(', ')}: no handle can be made from the name; kept in the body`,
		});
	}
	if (handles.length === 0) {
		notes.push({ kind: 'needs-human', text: 'no owner: the record names no deciders; pass --owner <handle>' });
		return [];
	}
	mapped.push(['owners', `${handles.join(', ')} (from ${label})`]);
	return handles;
}
