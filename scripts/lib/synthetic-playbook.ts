import { stringify } from 'yaml';
import type { RecordInput, RecordStatus } from '../../src/schemas/record.ts';

/** A pillar of a generated playbook, in the shape of Charter's `pillars` option. */
export interface SyntheticPillar {
	id: string;
	label: string;
	description: string;
	order: number;
}

/** One generated record: its id (the file name without extension), frontmatter and Markdown body. */
export interface SyntheticRecord {
	id: string;
	data: RecordInput & {
		status: RecordStatus;
		tags: string[];
		alternatives: NonNullable<RecordInput['alternatives']>;
		sources: NonNullable<RecordInput['sources']>;
		related: string[];
		supersedes: string[];
	};
	body: string;
}

/** A generated playbook: the pillars to configure and the records to write. */
export interface SyntheticPlaybook {
	pillars: SyntheticPillar[];
	records: SyntheticRecord[];
}

/** What to generate. */
export interface SyntheticOptions {
	/** How many records. */
	count: number;
	/** Seed of the pseudo-random generator: the same seed and count give the same playbook. */
	seed?: number;
	/** How many pillars the records are spread over. */
	pillarCount?: number;
	/** Approximate number of words in each record's body. */
	bodyWords?: number;
}

/** A small, fast, seedable pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Common words of the domain, so pages read like a playbook and search terms hit many pages.
const COMMON_WORDS = `team product outcome owner decision budget roadmap customer user service platform delivery
funding quarter review metric evidence experiment hypothesis feedback release practice process portfolio
backlog discovery research interview prototype launch adoption support contract supplier vendor
governance risk compliance security capacity planning estimate forecast priority value cost benefit
leadership strategy mission vision objective result measure signal dashboard report stakeholder
sponsor board committee approval policy standard guideline principle pattern habit ritual cadence
sprint iteration milestone deadline scope requirement specification design architecture system
integration migration maintenance operation incident outage reliability quality testing automation
pipeline deployment environment infrastructure cloud data analytics insight learning knowledge
documentation handbook playbook guide template checklist workshop training coaching mentoring hiring
career role responsibility accountability authority influence autonomy alignment collaboration
communication meeting agenda minutes retrospective demo showcase newsletter channel forum community
internal external partner market segment persona journey problem opportunity solution option
alternative tradeoff constraint assumption dependency sequence parallel batch flow queue bottleneck
throughput latency velocity predictability transparency trust ownership stewardship lifecycle
sunset retirement replacement upgrade renewal procurement finance treasury headcount allocation`
	.split(/\s+/)
	.filter(Boolean);

const FUNCTION_WORDS =
	'the a of to and in that for with as on by from is are was be it this we our their each when which not more'.split(
		' ',
	);

const SYLLABLES =
	'ka lo mi ne ru sa te vi do fa gu hi jo ke li mo nu pa qui ro su ta ve wo xa yo ze bra cle dri fro glu pla sto tre vor zan'.split(
		' ',
	);

const HEADINGS = [
	'Context',
	'What we do',
	'Why it matters',
	'How we apply it',
	'Open questions',
	'Consequences',
	'Examples',
	'When not to use it',
];

/**
 * Generates a playbook of `count` records that pass Charter's record schema and its rules across
 * records: every reference exists, every superseded record is named by exactly one newer record,
 * records in force relate to no superseded, deprecated or rejected record, and every cited source exists. The same options always give the same playbook.
 */
export function generatePlaybook(options: SyntheticOptions): SyntheticPlaybook {
	const { count, seed = 1, pillarCount = 8, bodyWords = 700 } = options;
	const random = createRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const vocabulary = createVocabulary(random, 12_000);
	const word = createZipfSampler(random, vocabulary);

	const pillars: SyntheticPillar[] = Array.from({ length: pillarCount }, (_, index) => {
		const name = `${capitalize(pick(COMMON_WORDS))} and ${pick(COMMON_WORDS)}`;
		return {
			id: `pillar-${index + 1}`,
			label: name,
			description: `How we handle ${pick(COMMON_WORDS)} and ${pick(COMMON_WORDS)} across teams.`,
			order: index + 1,
		};
	});

	const ids = Array.from(
		{ length: count },
		(_, index) => `${pick(COMMON_WORDS)}-${pick(COMMON_WORDS)}-${String(index + 1).padStart(5, '0')}`,
	);
	const records: SyntheticRecord[] = ids.map((id, index) => {
		const sentence = (length: number) =>
			capitalize(Array.from({ length }, () => (random() < 0.35 ? pick(FUNCTION_WORDS) : word())).join(' ')) + '.';
		const sources = Array.from({ length: between(3, 5) }, (_, sourceIndex) => {
			const slug = `${pick(COMMON_WORDS)}-${sourceIndex + 1}`;
			return {
				id: slug,
				title: capitalize(`${word()} ${pick(COMMON_WORDS)} ${word()} ${pick(COMMON_WORDS)}`),
				url: `https://example.org/${pick(COMMON_WORDS)}/${seed}-${index + 1}-${sourceIndex + 1}`,
				...(random() < 0.6 ? { author: `${capitalize(word())} ${capitalize(word())}` } : {}),
				publisher: `${capitalize(pick(COMMON_WORDS))} Review`,
				...(random() < 0.5 ? { published: createDate(random) } : {}),
			};
		});
		// Claims and then alternatives cite the sources in turn, so every source is cited at least once.
		const cite = (position: number) => [sources[position % sources.length]!.id];
		const claimCount = between(3, 5);
		const status: RecordStatus =
			random() < 0.1 ? 'proposed' : random() < 0.05 ? 'rejected' : random() < 0.05 ? 'deprecated' : 'accepted';
		const related = [...new Set(Array.from({ length: between(1, 4) }, () => pick(ids)))].filter(
			(other) => other !== id,
		);
		return {
			id,
			data: {
				title: capitalize(
					`${pick(COMMON_WORDS)} ${word()} ${pick(['over', 'before', 'with', 'for', 'as'])} ${pick(COMMON_WORDS)} ${word()}`,
				),
				summary: sentence(between(14, 24)),
				pillar: pillars[index % pillarCount]!.id,
				status,
				...(status === 'proposed' ? {} : { decided: createDate(random) }),
				...(random() < 0.5 ? { reviewed: createDate(random) } : {}),
				owners: [`${pick(COMMON_WORDS)}-team`],
				tags: [...new Set(Array.from({ length: between(1, 4) }, () => pick(COMMON_WORDS)))],
				justification: Array.from({ length: claimCount }, (_, position) => ({
					claim: sentence(between(12, 22)),
					sources: cite(position),
				})),
				alternatives: Array.from({ length: between(2, 3) }, (_, position) => ({
					option: sentence(between(5, 9)),
					reason: sentence(between(12, 20)),
					sources: cite(claimCount + position),
				})),
				sources,
				related,
				supersedes: [],
			},
			body: createBody(random, sentence, between, bodyWords),
		};
	});

	// About one record in ten replaces an older, not yet superseded record; chains form when the
	// replacing record is itself replaced later.
	for (let index = 1; index < records.length; index += 1) {
		if (random() >= 0.1) continue;
		const record = records[index]!;
		if (record.data.status === 'proposed' || record.data.status === 'rejected') continue;
		const older = records[between(Math.max(0, index - 50), index - 1)]!;
		if (older.data.status === 'superseded' || older.data.status === 'proposed') continue;
		older.data.status = 'superseded';
		record.data.supersedes.push(older.id);
	}
	// A record in force relates only to records in force, as the check asks (`reference/stale`).
	const retired = new Set(
		records
			.filter(({ data }) => data.status === 'superseded' || data.status === 'deprecated' || data.status === 'rejected')
			.map(({ id }) => id),
	);
	for (const { data } of records) {
		if (data.status === 'proposed' || data.status === 'accepted') {
			data.related = data.related.filter((other) => !retired.has(other));
		}
	}
	return { pillars, records };
}

/** The text of a record file: YAML frontmatter and the Markdown body. */
export function formatRecordFile(record: SyntheticRecord): string {
	return `---\n${stringify(record.data, { lineWidth: 0 })}---\n\n${record.body}`;
}

function createBody(
	random: () => number,
	sentence: (length: number) => string,
	between: (low: number, high: number) => number,
	words: number,
): string {
	const parts: string[] = [];
	const headings = shuffle(random, HEADINGS).slice(0, between(3, 4));
	let written = 0;
	for (const [index, heading] of headings.entries()) {
		parts.push(`## ${heading}`);
		const sectionEnd = ((index + 1) * words) / headings.length;
		do {
			const text =
				random() < 0.15
					? Array.from({ length: between(3, 5) }, () => `- ${sentence(between(6, 12))}`).join('\n')
					: Array.from({ length: between(2, 5) }, () => sentence(between(10, 22))).join(' ');
			parts.push(text);
			written += text.split(/\s+/).length;
		} while (written < sectionEnd - 30);
	}
	return `${parts.join('\n\n')}\n`;
}

function shuffle<T>(random: () => number, items: readonly T[]): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index -= 1) {
		const other = Math.floor(random() * (index + 1));
		[copy[index], copy[other]] = [copy[other]!, copy[index]!];
	}
	return copy;
}

function createVocabulary(random: () => number, size: number): string[] {
	const words = new Set(COMMON_WORDS);
	while (words.size < size) {
		const length = 2 + Math.floor(random() * 3);
		words.add(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
	}
	return [...words];
}

// Words of real text follow Zipf's law: a few are everywhere, most are rare. Pagefind's index
// size and search cost depend on that shape, so the synthetic text imitates it. Function words
// ("the", "of") are drawn separately and take the head of the distribution, so content words follow
// its tail (Zipf–Mandelbrot, ranks shifted by 10): the commonest content word is about 1% of the
// text, as "team" or "product" would be in a real playbook, not 6% as "the" is.
function createZipfSampler(random: () => number, vocabulary: readonly string[]): () => string {
	const cumulative: number[] = [];
	let total = 0;
	for (let rank = 1; rank <= vocabulary.length; rank += 1) {
		total += 1 / (rank + 10);
		cumulative.push(total);
	}
	return () => {
		const target = random() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! < target) low = middle + 1;
			else high = middle;
		}
		return vocabulary[low]!;
	};
}

function createDate(random: () => number): string {
	const year = 2018 + Math.floor(random() * 8);
	const month = 1 + Math.floor(random() * 12);
	const day = 1 + Math.floor(random() * 28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
