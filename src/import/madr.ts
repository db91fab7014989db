import { parseFrontmatter } from '../check/frontmatter.ts';
import { resolveRecordFile } from './links.ts';
import {
	describeLeftovers,
	isJustAName,
	matchesOption,
	nameOption,
	readOptionDetails,
	TEMPLATE_ITEM,
} from './madr-options.ts';
import { readOutcome } from './madr-outcome.ts';
import {
	findSection,
	getFirstSentence,
	getLinks,
	getListItems,
	getPlainText,
	getPoint,
	getSubsections,
	parseMarkdown,
	removeEmptiedSections,
	TextEdits,
	tidyMarkdown,
	toSentence,
	type MarkdownDocument,
} from './markdown.ts';
import { createMetadata, readFrontmatterMetadata, readPreambleMetadata, type AdrMetadata } from './metadata.ts';
import { mapStatus } from './status.ts';
import type { AdrFormat, AdrPoint, AdrRelation, ImportNote, ParsedAdr } from './types.ts';

/** What a parser knows about the other files being imported, to tell which links it can map. */
export interface ParseContext {
	/** Names of every file being imported, like `0002-use-mysql.md`. */
	files: readonly string[];
}

/**
 * Parses a record written with a MADR template (versions 2, 3 and 4) or log4brains' variant of it:
 * metadata from frontmatter or bullets, the title, decision drivers, considered options, the chosen
 * option with its reason, and the pros and cons of each option.
 */
export function parseMadr(file: string, source: string, format: AdrFormat, context: ParseContext): ParsedAdr {
	const frontmatter = parseFrontmatter(source);
	const notes: ImportNote[] = [];
	let metadata: AdrMetadata = createMetadata();
	const markdown = frontmatter ? frontmatter.body : source;
	let brokenYaml: string | undefined;
	if (frontmatter && frontmatter.syntaxErrors.length === 0) {
		metadata = readFrontmatterMetadata(frontmatter.data);
	} else if (frontmatter) {
		brokenYaml = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(source)?.[1] ?? '';
		notes.push({
			kind: 'needs-human',
			text: `the frontmatter is not valid YAML (line ${frontmatter.syntaxErrors[0]!.line}): it is kept in the body, under "Original metadata"`,
		});
	}
	const document = parseMarkdown(markdown);
	const edits = new TextEdits();
	const emptied = new Set<string>();
	readPreambleMetadata(document, edits, metadata);
	const title = removeTitle(document, edits);

	const drivers = readDrivers(document, edits, emptied);
	const outcome = readOutcome(document);
	const considered = findSection(document, ['Considered Options']);
	const prosAndCons = findSection(document, ['Pros and Cons of the Options', 'Pros and Cons of the Alternatives']);
	const optionDetails = prosAndCons
		? getSubsections(document, prosAndCons).map((section) => readOptionDetails(document, section))
		: [];
	const consideredItems = considered
		? getListItems(considered).filter((item) => !TEMPLATE_ITEM.test(getPlainText(item)))
		: [];
	const options =
		consideredItems.length > 0
			? consideredItems.map((item) => nameOption(getPlainText(item), optionDetails))
			: optionDetails.map((detail) => detail.name);

	let chosenGood: AdrPoint[] = [];
	const alternatives: ParsedAdr['alternatives'] = [];
	let chosen: ParsedAdr['chosen'];
	if (outcome) {
		const chosenName = options.find((option) => matchesOption(option, outcome.option)) ?? outcome.option;
		chosen = { option: chosenName, ...(outcome.because ? { because: outcome.because } : {}) };
		const chosenDetails = optionDetails.find((detail) => matchesOption(detail.name, chosenName));
		if (chosenDetails) {
			chosenGood = chosenDetails.good.map(({ point }) => point);
			for (const { item } of chosenDetails.good) edits.removeNode(document.source, item);
			if (chosenDetails.good.length > 0) emptied.add(chosenDetails.section.title);
			describeLeftovers(chosenDetails, 'good', chosenName, notes);
		}
		// An option named like the chosen one plus more words ("One repository per client") is another option.
		const isChosen = (name: string) =>
			options.includes(chosenName) ? name === chosenName : matchesOption(name, chosenName);
		for (const option of options.filter((name) => !isChosen(name))) {
			const details = optionDetails.find((detail) => matchesOption(detail.name, option));
			alternatives.push({ option, bad: details?.bad.map(({ point }) => point) ?? [] });
			if (!details) continue;
			for (const { item } of details.bad) edits.removeNode(document.source, item);
			if (details.bad.length > 0) emptied.add(details.section.title);
			describeLeftovers(details, 'bad', option, notes);
		}
		if (prosAndCons) emptied.add(prosAndCons.title);
		// The list of options says nothing the alternatives do not, unless its items describe the options.
		if (considered && consideredItems.every((item) => isJustAName(item, options))) {
			edits.remove(considered.start, considered.end);
		}
	} else if (options.length > 0) {
		notes.push({
			kind: 'not-mapped',
			text: 'no chosen option ("Chosen option: …"): the considered options stay in the body, and no alternatives are recorded',
		});
	}

	const statusRelations = readStatusRelations(metadata);
	const body = buildBody(edits.apply(document.source), emptied, brokenYaml);
	return {
		file,
		format,
		...(title !== undefined ? { title } : {}),
		...(metadata.status ? { status: metadata.status.text } : {}),
		...(metadata.date !== undefined ? { date: metadata.date } : {}),
		deciders: metadata.deciders,
		...(metadata.decidersLabel !== undefined ? { decidersLabel: metadata.decidersLabel } : {}),
		tags: metadata.tags,
		drivers,
		...(chosen ? { chosen } : {}),
		chosenGood,
		alternatives,
		relations: [...statusRelations, ...readLinkRelations(document, context)],
		...(outcome
			? {
					decision: getFirstSentence(
						toSentence(`${chosen!.option} was chosen${outcome.becauseText ? `, because ${outcome.becauseText}` : ''}`),
					),
				}
			: {}),
		...(getContext(document) ? { context: getContext(document)! } : {}),
		otherMetadata: metadata.other,
		body,
		keptSections: parseMarkdown(body).sections.map((section) => section.title),
		notes: [...metadata.notes, ...notes],
	};
}

/** Removes the first level-1 heading and returns its text without a number prefix like `12.` or `ADR-0012:`. */
export function removeTitle(document: MarkdownDocument, edits: TextEdits): string | undefined {
	const heading = document.sections.find((section) => section.depth === 1);
	if (!heading) return undefined;
	edits.removeNode(document.source, heading.node);
	return stripNumber(heading.title);
}

/** A title without the record number tools put in front of it. */
export function stripNumber(title: string): string {
	const stripped = title.replace(/^(?:ADR[-_ ]?)?\d+\s*[.:)\-–—]?\s+(?:[-–—:]\s+)?/i, '').trim();
	return stripped === '' ? title.trim() : stripped;
}

function readDrivers(document: MarkdownDocument, edits: TextEdits, emptied: Set<string>): AdrPoint[] {
	const section = findSection(document, ['Decision Drivers']);
	if (!section) return [];
	const drivers: AdrPoint[] = [];
	for (const item of getListItems(section)) {
		if (!TEMPLATE_ITEM.test(getPlainText(item))) drivers.push(getPoint(document, item));
		edits.removeNode(document.source, item);
	}
	for (const node of section.content) if (node.type === 'list') edits.removeNode(document.source, node);
	emptied.add(section.title);
	return drivers.filter((driver) => driver.text !== '');
}

/** Relations from the status, like "superseded by [ADR-0005](0005-example.md)" or "superseded by ADR-0005". */
export function readStatusRelations(metadata: Pick<AdrMetadata, 'status'>): AdrRelation[] {
	const status = metadata.status;
	if (!status || mapStatus(status.text) !== 'superseded') return [];
	const reference = status.text.replace(/^\s*super[sc]eded(\s+by)?\s*/i, '').trim();
	const link = status.links[0] ?? { text: reference, target: reference };
	return link.target === '' ? [] : [{ relation: 'superseded by', link }];
}

/** Relations written in a Links section: `* Refined by [ADR-0005](0005-example.md)`. */
function readLinkRelations(document: MarkdownDocument, context: ParseContext): AdrRelation[] {
	const relations: AdrRelation[] = [];
	for (const section of document.sections) {
		for (const item of getListItems(section)) {
			const links = getLinks(document, item);
			if (links.length !== 1) continue;
			const link = links[0]!;
			if (resolveRecordFile(link, context.files) === undefined) continue;
			const text = getPlainText(item);
			const words = text
				.slice(0, text.indexOf(link.text))
				.replace(/[:\-–—\s]+$/, '')
				.trim();
			if (words.split(/\s+/).length > 4 || words.includes(',')) continue;
			relations.push({ relation: words === '' ? 'related' : words.toLowerCase(), link });
		}
	}
	return relations;
}

function getContext(document: MarkdownDocument): string | undefined {
	const section = findSection(document, ['Context and Problem Statement', 'Context', 'Problem Statement']);
	const paragraph = section?.content.find((node) => node.type === 'paragraph');
	return paragraph ? getFirstSentence(getPlainText(paragraph)) : undefined;
}

function buildBody(markdown: string, emptied: ReadonlySet<string>, brokenYaml: string | undefined): string {
	const body = removeEmptiedSections(tidyMarkdown(markdown), emptied);
	if (brokenYaml === undefined) return body;
	return `${body}\n\n## Original metadata\n\n\`\`\`yaml\n${brokenYaml.trimEnd()}\n\`\`\``.trim();
}
