import { PLACEHOLDER_MARKER } from '../shared/placeholders.ts';
import { formatCount } from '../shared/text.ts';
import type { RecordStatus } from '../schemas/record.ts';
import { toKebabCase } from '../shared/ids.ts';
import { getRecordNumber, isExternalLink, resolveRecordFile } from './links.ts';
import { parseMarkdown } from './markdown.ts';
import { composeBody, getBodyLinks, IMPORTED_ASSETS_DIR, rewriteBody } from './record-body.ts';
import { assignIds, getDecided, getOwners, getStatus, humanize } from './record-fields.ts';
import { SourceList, withoutCitedLinks } from './sources.ts';
import type { AdrFormat, AdrLink, AdrPoint, ConvertOptions, ImportNote, ParsedAdr } from './types.ts';

/** Text written where the original record gives nothing to map; `npm run import` reports each one. */
export const PLACEHOLDER = {
	claim: `${PLACEHOLDER_MARKER} state why this choice was made; the imported record gives no reasons.`,
	reason: `${PLACEHOLDER_MARKER} say why this option was not chosen; the imported record gives no reason.`,
	option: `${PLACEHOLDER_MARKER} name an option that was considered; the imported record names none.`,
} as const;

/** The reason an option lost, as the record states it: the reason given for the option that won. */
export function formatLostTo(chosen: string, because: string): string {
	// "It is simpler." reads on after "because"; "PostgreSQL is …" and "I …" keep their capitals.
	const first = /^\S+/.exec(because)?.[0] ?? '';
	const reason =
		/^\p{Lu}\p{Ll}*[,.;:]?$/u.test(first) && first !== 'I'
			? because.charAt(0).toLowerCase() + because.slice(1)
			: because;
	return `Not chosen: "${chosen}" was chosen because ${reason}`;
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
	/** Files the body shows, to copy into the records' assets folder: paths relative to the imported folder. */
	assets: string[];
	/** Other files the body links to, to copy into `public/practices/assets/`: paths relative to the imported folder. */
	downloads: string[];
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
		const decided = getDecided(adr, status, notes, mapped, metadata, options.committed?.get(adr.file));
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

		const assets = new Set<string>();
		const downloads = new Set<string>();
		const body = rewriteBody(
			composeBody(adr.body, bodyParts.status, metadata),
			files,
			ids,
			notes,
			options.findAsset,
			assets,
			downloads,
		);
		if (downloads.size > 0)
			mapped.push(['files', `${[...downloads].join(', ')} → copied to public/practices/${IMPORTED_ASSETS_DIR}/`]);
		if (assets.size > 0) mapped.push(['images', `${[...assets].join(', ')} → copied to ${IMPORTED_ASSETS_DIR}/`]);
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

		const chosenReason = adr.chosen?.because;
		const alternatives = adr.alternatives.map(({ option, bad }) => {
			if (bad.length === 0 && adr.chosen && chosenReason) {
				// The record states why the chosen option won: that is the reason this one lost, and says so.
				const citation = cite(chosenReason);
				return {
					option,
					reason: formatLostTo(adr.chosen.option, withoutCitedLinks(chosenReason, citation.sources ?? [])),
					...citation,
				};
			}
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
		if (alternatives.length > 0) {
			const carried = adr.alternatives.filter(({ bad }) => bad.length === 0 && chosenReason).length;
			mapped.push([
				'alternatives',
				`${alternatives.map(({ option }) => `"${option}"`).join(', ')}, each with its "bad, because" points${carried > 0 ? `; ${carried === alternatives.length ? 'all' : formatCount(carried, 'option')} without one: "not chosen", with the reason given for "${adr.chosen?.option}"` : ''}`,
			]);
		} else if (status === 'accepted') {
			// An accepted record names what else was considered; the original does not, so that gap shows.
			alternatives.push({ option: PLACEHOLDER.option, reason: PLACEHOLDER.reason });
			notes.push({
				kind: 'needs-human',
				text: 'alternatives: the record names no other option; a TODO alternative stands in',
			});
		}

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
		return {
			file: adr.file,
			format: adr.format,
			id,
			data,
			body,
			mapped,
			notes,
			assets: [...assets],
			downloads: [...downloads],
		};
	});
}

function getOrCreate<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	return set;
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
