import { cancel, intro, isCancel, outro, select, text } from '@clack/prompts';
import { findRecordFile, getRecordIdFromTitle, writeRecordFile, type NewRecord } from './scaffold.ts';
import { KEBAB_CASE } from '../shared/ids.ts';
import { PLACEHOLDER_MARKER } from '../shared/placeholders.ts';
import { didYouMean } from '../shared/suggest.ts';
import type { CharterOptions } from '../schemas/config.ts';
import type { CommandResult } from './command-line.ts';
import { loadCharterOptions } from '../integration/site-config.ts';

/** What `npm run new` was given on its command line. */
export interface NewCommandInput {
	/** The site's folder. */
	root: string;
	title?: string | undefined;
	pillar?: string | undefined;
	owners: readonly string[];
	tags: readonly string[];
	/** An id to use instead of the one derived from the title. */
	id?: string | undefined;
	/** Ask for what is missing (in a terminal); otherwise missing flags are an error. */
	interactive: boolean;
}

const NEXT_STEP = `Next: replace every "${PLACEHOLDER_MARKER}" placeholder, then run \`npm run check\` until it passes.`;
const EXAMPLE =
	'npm run new -- --title "Ship in small batches" --pillar delivery --owner delivery-office --tag releases';

class UsageError extends Error {}

/**
 * Runs `npm run new`: asks for (or takes from flags) a title, pillar, owners and tags, derives the id,
 * and writes `content/practices/<id>.mdx` with every section and placeholders. Exits 0 when the file
 * is written, 1 when a record with that id exists, 2 for missing or invalid input.
 */
export async function runNewCommand(input: NewCommandInput): Promise<CommandResult> {
	const loaded = await loadCharterOptions(input.root);
	if ('error' in loaded) return { exitCode: 2, stdout: '', stderr: loaded.error };
	const options = loaded.options;
	try {
		const record = input.interactive ? await askForRecord(input, options) : readRecordFromFlags(input, options);
		if (!record) return { exitCode: 1, stdout: '', stderr: 'Cancelled; nothing was written.' };
		const existing = findRecordFile(input.root, record.id);
		if (existing) {
			return {
				exitCode: 1,
				stdout: '',
				stderr: `${existing} already exists, so the id "${record.id}" is taken.\nChoose another title, or give another id with --id <id>.`,
			};
		}
		const file = writeRecordFile(input.root, record);
		if (input.interactive) outro(`Created ${file}`);
		return { exitCode: 0, stdout: `${input.interactive ? '' : `Created ${file}\n`}${NEXT_STEP}`, stderr: '' };
	} catch (error) {
		if (error instanceof UsageError) return { exitCode: 2, stdout: '', stderr: error.message };
		throw error;
	}
}

function readRecordFromFlags(input: NewCommandInput, options: CharterOptions): NewRecord {
	const missing = [
		input.title?.trim() ? '' : '--title',
		input.pillar ? '' : '--pillar',
		input.owners.length > 0 ? '' : '--owner',
	].filter(Boolean);
	if (missing.length > 0) {
		throw new UsageError(
			`Missing ${missing.join(', ')}. Without a terminal to ask in, give them as flags, like:\n  ${EXAMPLE}\nPillars: ${getPillarIds(options).join(', ')}.`,
		);
	}
	const problems = [
		checkPillar(input.pillar!, options),
		...input.owners.map((owner) => checkHandle(owner, '--owner')),
		...input.tags.map((tag) => checkHandle(tag, '--tag')),
	].filter((problem): problem is string => problem !== undefined);
	const id = input.id ?? getRecordIdFromTitle(input.title!);
	const idProblem = checkId(id, input.id !== undefined);
	if (idProblem) problems.push(idProblem);
	if (problems.length > 0) throw new UsageError(problems.join('\n'));
	return { id, title: input.title!.trim(), pillar: input.pillar!, owners: input.owners, tags: input.tags };
}

async function askForRecord(input: NewCommandInput, options: CharterOptions): Promise<NewRecord | undefined> {
	intro('New practice record');
	const answer = <T>(value: T): Exclude<T, symbol> | undefined => {
		if (isCancel(value)) {
			cancel('Cancelled; nothing was written.');
			return undefined;
		}
		return value as Exclude<T, symbol>;
	};

	const title =
		input.title?.trim() ||
		answer(
			await text({
				message: 'Title of the practice',
				placeholder: 'Ship in small batches',
				validate: (value) => {
					if (!value?.trim()) return 'Give the practice a title.';
					const id = input.id ?? getRecordIdFromTitle(value);
					const problem = checkId(id, input.id !== undefined);
					if (problem) return problem;
					const existing = findRecordFile(input.root, id);
					return existing ? `${existing} already exists; choose another title.` : undefined;
				},
			}),
		);
	if (title === undefined) return undefined;

	const pillar =
		input.pillar && !checkPillar(input.pillar, options)
			? input.pillar
			: answer(
					await select({
						message: 'Pillar',
						options: options.pillars.map((candidate) => ({
							value: candidate.id,
							label: candidate.label,
							hint: candidate.description,
						})),
					}),
				);
	if (pillar === undefined) return undefined;

	const owners =
		input.owners.length > 0
			? [...input.owners]
			: splitList(
					answer(
						await text({
							message: 'Owners: team or person handles, separated by commas',
							placeholder: 'product-leadership',
							validate: (value) => {
								const handles = splitList(value ?? '');
								if (handles.length === 0) return 'Name at least one owner.';
								return handles.map((handle) => checkHandle(handle, 'owner')).find(Boolean);
							},
						}),
					),
				);
	if (owners.length === 0) return undefined;

	let tags = [...input.tags];
	if (tags.length === 0) {
		const tagText = answer(
			await text({
				message: 'Tags, separated by commas (optional)',
				placeholder: 'funding, roles',
				validate: (value) =>
					splitList(value ?? '')
						.map((tag) => checkHandle(tag, 'tag'))
						.find(Boolean),
			}),
		);
		if (tagText === undefined) return undefined;
		tags = splitList(tagText);
	}

	return { id: input.id ?? getRecordIdFromTitle(title), title: title.trim(), pillar, owners, tags };
}

function splitList(text: string | undefined): string[] {
	return (text ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

function getPillarIds(options: CharterOptions): string[] {
	return options.pillars.map((pillar) => pillar.id);
}

function checkPillar(pillar: string, options: CharterOptions): string | undefined {
	const ids = getPillarIds(options);
	if (ids.includes(pillar)) return undefined;
	return `--pillar is "${pillar}", which is not a configured pillar${didYouMean(pillar, ids)}; use one of ${ids.join(', ')}.`;
}

function checkHandle(value: string, what: string): string | undefined {
	if (KEBAB_CASE.test(value)) return undefined;
	return `${what} "${value}" must be kebab-case: lowercase letters, digits and single hyphens, like "product-leadership".`;
}

function checkId(id: string, given: boolean): string | undefined {
	if (KEBAB_CASE.test(id)) return undefined;
	return given
		? `--id "${id}" must be kebab-case, like "ship-in-small-batches".`
		: 'The title gives no usable id (it has no letters or digits); write a title with words in it, or give an id with --id.';
}
