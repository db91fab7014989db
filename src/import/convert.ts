import { toKebabCase } from '../shared/ids.ts';
import type { Nodes } from 'mdast';
import { sourceSchema, type RecordStatus } from '../schemas/record.ts';
import { getLinkedFileName, getRecordNumber, isExternalLink, resolveRecordFile } from './links.ts';
import { visit } from 'unist-util-visit';
import { endOf, getPlainText, parseMarkdown, startOf, TextEdits, tidyMarkdown } from './markdown.ts';
import { mapStatus } from './status.ts';
import type { AdrFormat, AdrLink, AdrPoint, ImportNote, ParsedAdr } from './types.ts';
import { formatCount } from '../shared/text.ts';

/** Text written where the original record gives nothing to map; `npm run import` reports each one. */
export const PLACEHOLDER = {
	claim: 'TODO: state why this choice was made; the imported record gives no reasons.',
	reason: 'TODO: say why this option was not chosen; the imported record gives no reason.',
} as const;

/** How records are imported. */
export interface ConvertOptions {
	/** The pillar every imported record belongs to. */
	pillar: string;
	/** The owner of every imported record; without it, each record's deciders become its owners. */
	owner?: string;
}

/** Frontmatter of an imported record, in the order Charter's own records use. */
export interface ImportedData {
	title: string;
	summary: string;
	pillar: string;
	status: RecordStatus;
	decided?: string;
	owners: string[];
	tags?: string[];
	justification: { claim: string; sources?: string[] }[];
	alternatives?: { option: string; reason: string; sources?: string[] }[];
	sources?: { id: string; title: string; url: string }[];
	related?: string[];
	supersedes?: string[];
}

/** One decision record converted to a Charter record, with what the import report says about it. */
export interface ImportedRecord {
	/** The original file's name. */
	file: string;
	format: AdrFormat;
	id: string;
	data: ImportedData;
	body: string;
	/** What was mapped to which field: `[field, description]`. */
	mapped: [string, string][];
	notes: ImportNote[];
}

/**
 * Turns parsed decision records into Charter records: ids from file names, statuses, owners,
 * justification, alternatives, sources, and links between the records resolved to their new ids.
 */
export function convertAdrs(parsed: readonly ParsedAdr[], options: ConvertOptions): ImportedRecord[] {
	const sorted = [...parsed].sort((a, b) => a.file.localeCompare(b.file));
	const files = sorted.map((adr) => adr.file);
	const ids = assignIds(sorted);
	const importedIds = new Set([...ids.values()].map(({ id }) => id));
	const idOf = (link: Pick<AdrLink, 'target' | 'text'>) => {
		const file = resolveRecordFile(link, files);
		return file === undefined ? undefined : ids.get(file)!.id;
	};

	// "Superseded by" in an older record and "Supersedes" in a newer one both end up in the newer one's `supersedes`.
	const supersedes = new Map<string, Set<string>>();
	const unresolvedSuccessor = new Map<string, string>();
	for (const adr of sorted) {
		const id = ids.get(adr.file)!.id;
		for (const { relation, link } of adr.relations) {
			const target = idOf(link);
			if (/^super[sc]edes$/.test(relation) && target) getOrCreate(supersedes, id).add(target);
			if (/^super[sc]eded by$/.test(relation)) {
				if (target) getOrCreate(supersedes, target).add(id);
				else unresolvedSuccessor.set(adr.file, link.text || link.target);
			}
		}
	}
	const numbers = new Map<number, string[]>();
	for (const file of files) {
		const number = getRecordNumber(file);
		if (number !== undefined) numbers.set(number, [...(numbers.get(number) ?? []), file]);
	}

	return sorted.map((adr) => {
		const { id, notes: idNotes } = ids.get(adr.file)!;
		const notes: ImportNote[] = [...idNotes, ...adr.notes];
		const mapped: [string, string][] = [];
		const metadata: [string, string][] = [...adr.otherMetadata];
		const bodyParts: { status?: string } = {};

		const sameNumber = (numbers.get(getRecordNumber(adr.file) ?? -1) ?? []).filter((file) => file !== adr.file);
		if (sameNumber.length > 0) {
			notes.push({
				kind: 'note',
				text: `number ${getRecordNumber(adr.file)} is also used by ${sameNumber.join(', ')}; ids come from names, so both are kept`,
			});
		}

		const title = adr.title ?? humanize(id);
		mapped.push(['title', `"${title}"`]);
		if (adr.title === undefined)
			notes.push({ kind: 'needs-human', text: 'no title heading: the title comes from the file name' });

		const status = getStatus(adr, unresolvedSuccessor.get(adr.file), notes, mapped, metadata, bodyParts);
		const decided = getDecided(adr, status, notes, mapped, metadata);
		const owners = getOwners(adr, options, notes, mapped, metadata);

		const summary = adr.decision ?? adr.context ?? title;
		const summarySource = adr.decision
			? adr.chosen
				? 'the chosen option and its reason'
				: 'first sentence of the Decision section'
			: adr.context
				? 'first sentence of the context'
				: 'the title (the record has no decision or context text)';
		mapped.push(['summary', summarySource]);

		const body = rewriteBody(composeBody(adr.body, bodyParts.status, metadata), files, ids, notes);
		const sources = new SourceList();
		const cite = (point: AdrPoint) => {
			const cited = point.links
				.filter((link) => isExternalLink(link.target))
				.map((link) => sources.add(link))
				.filter((source) => source !== undefined);
			return cited.length > 0 ? { sources: [...new Set(cited)] } : {};
		};

		const claimPoints: [AdrPoint, string][] = [
			...(adr.chosen?.because ? [[adr.chosen.because, 'reason'] as [AdrPoint, string]] : []),
			...adr.chosenGood.map((point): [AdrPoint, string] => [point, 'good']),
			...adr.drivers.map((point): [AdrPoint, string] => [point, 'driver']),
		];
		const seenClaims = new Set<string>();
		const justification = claimPoints
			.filter(([point]) => point.text !== '' && !seenClaims.has(point.text) && seenClaims.add(point.text))
			.map(([point]) => {
				const citation = cite(point);
				return { claim: withoutCitedLinks(point, citation.sources ?? []), ...citation };
			});
		if (justification.length > 0) {
			mapped.push(['justification', describeClaims(adr, justification.length)]);
		} else {
			justification.push({ claim: PLACEHOLDER.claim });
			notes.push({
				kind: 'needs-human',
				text: 'justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in',
			});
		}

		const alternatives = adr.alternatives.map(({ option, bad }) => {
			if (bad.length === 0) {
				notes.push({
					kind: 'needs-human',
					text: `alternative "${option}": no "bad, because" point says why it was not chosen; a TODO reason stands in`,
				});
				return { option, reason: PLACEHOLDER.reason };
			}
			const citations = [...new Set(bad.flatMap((point) => cite(point).sources ?? []))];
			return {
				option,
				reason: bad.map((point) => withoutCitedLinks(point, citations)).join(' '),
				...(citations.length > 0 ? { sources: citations } : {}),
			};
		});
		if (alternatives.length > 0)
			mapped.push([
				'alternatives',
				`${alternatives.map(({ option }) => `"${option}"`).join(', ')}, each with its "bad, because" points`,
			]);

		for (const link of getBodyLinks(body)) if (isExternalLink(link.target)) sources.add(link);
		for (const rejected of sources.rejected) {
			notes.push({
				kind: 'not-mapped',
				text: `link ${rejected}: not a public web address, so not a source; it stays in the body`,
			});
		}
		if (sources.list.length > 0) mapped.push(['sources', formatCount(sources.list.length, 'external link')]);

		const supersededIds = [...(supersedes.get(id) ?? [])].filter((target) => target !== id).sort();
		const linkedIds = [
			...adr.relations.filter(({ relation }) => !/^super[sc]ede/.test(relation)).map(({ link }) => idOf(link)),
			...claimPoints.flatMap(([point]) => point.links.map(idOf)),
			...adr.alternatives.flatMap(({ bad }) => bad.flatMap((point) => point.links.map(idOf))),
			...getBodyLinks(body)
				.map((link) => /^\.\/([a-z0-9-]+)\.md(#.*)?$/.exec(link.target)?.[1])
				.filter((target) => target !== undefined && importedIds.has(target)),
		];
		const related = [...new Set(linkedIds.filter((target): target is string => target !== undefined))]
			.filter(
				(target) => target !== id && !supersededIds.includes(target) && !(supersedes.get(target)?.has(id) ?? false),
			)
			.sort();
		if (related.length > 0) mapped.push(['related', related.join(', ')]);
		if (supersededIds.length > 0) mapped.push(['supersedes', supersededIds.join(', ')]);

		const tags = [...new Set(adr.tags.map(toKebabCase).filter((tag) => tag !== ''))];
		if (tags.length > 0) mapped.push(['tags', tags.join(', ')]);
		const kept = parseMarkdown(body)
			.sections.filter((section) => section.depth <= 2)
			.map((section) => section.title);
		mapped.push([
			'body',
			kept.length > 0 ? kept.join(', ') : body.trim() === '' ? '(empty)' : '(text without headings)',
		]);

		const data: ImportedData = {
			title,
			summary,
			pillar: options.pillar,
			status,
			...(decided !== undefined ? { decided } : {}),
			owners,
			...(tags.length > 0 ? { tags } : {}),
			justification,
			...(alternatives.length > 0 ? { alternatives } : {}),
			...(sources.list.length > 0 ? { sources: sources.list } : {}),
			...(related.length > 0 ? { related } : {}),
			...(supersededIds.length > 0 ? { supersedes: supersededIds } : {}),
		};
		return { file: adr.file, format: adr.format, id, data, body, mapped, notes };
	});
}

/** A point's text without a parenthesized link text such as "(PostgreSQL documentation)" once the link is a cited source. */
function withoutCitedLinks(point: AdrPoint, cited: readonly string[]): string {
	if (cited.length === 0) return point.text;
	let text = point.text;
	for (const link of point.links) {
		if (isExternalLink(link.target) && link.text !== '') text = text.replace(` (${link.text})`, '');
	}
	return text;
}

function getOrCreate<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	return set;
}

/** Ids from file names, made unique; each with the notes its choice needs. */
function assignIds(adrs: readonly ParsedAdr[]): Map<string, { id: string; notes: ImportNote[] }> {
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

function humanize(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function getStatus(
	adr: ParsedAdr,
	unresolvedSuccessor: string | undefined,
	notes: ImportNote[],
	mapped: [string, string][],
	metadata: [string, string][],
	body: { status?: string },
): RecordStatus {
	if (adr.status === undefined) {
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

function getDecided(
	adr: ParsedAdr,
	status: RecordStatus,
	notes: ImportNote[],
	mapped: [string, string][],
	metadata: [string, string][],
): string | undefined {
	if (adr.date === undefined) {
		if (status !== 'proposed')
			notes.push({
				kind: 'needs-human',
				text: `no date: ${status === 'accepted' ? 'an' : 'a'} ${status} record needs \`decided\`, the date the decision was taken`,
			});
		return undefined;
	}
	const date = normalizeDate(adr.date);
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
	mapped.push(['decided', date]);
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

function getOwners(
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

function describeClaims(adr: ParsedAdr, count: number): string {
	const parts = [
		adr.chosen?.because ? 'the reason given with the chosen option' : '',
		adr.chosenGood.length > 0
			? `${adr.chosenGood.length} "good, because" point${adr.chosenGood.length === 1 ? '' : 's'} of "${adr.chosen?.option}"`
			: '',
		adr.drivers.length > 0 ? formatCount(adr.drivers.length, 'decision driver') : '',
	].filter(Boolean);
	return `${formatCount(count, 'claim')}: ${parts.join(', ')}`;
}

/** The body with what has no field added: an unknown status at the top, other metadata at the end. */
function composeBody(body: string, status: string | undefined, metadata: readonly [string, string][]): string {
	const parts = [
		status !== undefined ? `## Status\n\n${status}` : '',
		body,
		metadata.length > 0
			? `## Original metadata\n\n${metadata.map(([label, value]) => `- ${label.charAt(0).toUpperCase()}${label.slice(1)}: ${value}`).join('\n')}`
			: '',
	];
	return tidyMarkdown(parts.filter((part) => part.trim() !== '').join('\n\n'));
}

/**
 * Points links to other imported records at their new files (`./<id>.md`), turns links to files
 * that were not imported into plain text, and replaces local images, which are not copied, with a note.
 */
function rewriteBody(
	body: string,
	files: readonly string[],
	ids: ReadonlyMap<string, { id: string }>,
	notes: ImportNote[],
): string {
	const document = parseMarkdown(body);
	const edits = new TextEdits();
	visit(document.tree, (node: Nodes) => {
		if (node.type === 'image' && !/^(https?:|data:)/i.test(node.url)) {
			edits.replace(
				startOf(node),
				endOf(node),
				`*(image not imported: ${node.alt ? `${node.alt}, ` : ''}${node.url})*`,
			);
			notes.push({
				kind: 'needs-human',
				text: `image ${node.url} was not copied: put it in the site (like public/) and link it again`,
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
function getBodyLinks(body: string): AdrLink[] {
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

/** The sources of one record: unique ids and addresses, and the links that cannot be sources. */
class SourceList {
	readonly list: { id: string; title: string; url: string }[] = [];
	readonly rejected = new Set<string>();

	/** Adds a link as a source, once per address; returns its id, or `undefined` when it cannot be one. */
	add(link: AdrLink): string | undefined {
		const url = link.target.trim();
		const existing = this.list.find((source) => source.url === url);
		if (existing) return existing.id;
		// Link texts like "#29" or "here" say nothing about the source; the address says more.
		const text = link.text.trim();
		const title =
			text !== url && (text.match(/\p{L}/gu) ?? []).length >= 2 && !/^(here|link|this|see)$/i.test(text)
				? text
				: describeUrl(url);
		let base = toKebabCase(title).split('-').slice(0, 5).join('-').slice(0, 40).replace(/-+$/, '');
		if (base === '' || /^\d+$/.test(base)) base = toKebabCase(hostLabel(url)) || 'source';
		let id = base;
		for (let suffix = 2; this.list.some((source) => source.id === id); suffix++) id = `${base}-${suffix}`;
		const source = { id, title, url };
		if (!sourceSchema.safeParse(source).success) {
			this.rejected.add(url);
			return undefined;
		}
		this.list.push(source);
		return id;
	}
}

function describeUrl(url: string): string {
	try {
		const { hostname, pathname } = new URL(url);
		return `${hostname.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
	} catch {
		return url;
	}
}

function hostLabel(url: string): string {
	try {
		const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
		return parts.length > 1 ? parts.slice(0, -1).join('-') : parts[0]!;
	} catch {
		return '';
	}
}
