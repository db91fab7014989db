import { cancel, intro, isCancel, text } from '@clack/prompts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatJsonSchema, getRecordJsonSchema, RECORD_JSON_SCHEMA_FILE } from '../schemas/json-schema.ts';
import { toKebabCase } from '../shared/ids.ts';
import { renderCodeownersSection } from './codeowners-section.ts';
import type { CommandResult } from './command-line.ts';
import { PACKAGE_ROOT, readPackageInfo } from './package-info.ts';

export const INIT_USAGE = `Usage: charter init <folder> [--name "<organization>"] [--pillars "<pillar>,<pillar>"] [--yes]

Writes a new playbook repository into <folder> (which must be empty or missing): the site's
configuration, one example record, an about page, package.json, CI, a pull-request template,
CODEOWNERS, editor settings and a README.
In a terminal it asks for whatever is not given; with --yes, or in scripts, --name is required.
  --name     the organization's name, as readers see it
  --pillars  the playbook's pillars, comma-separated (default: "Ways of working")`;

/** The templates of a new playbook, shipped with the package. */
export const STARTER_TEMPLATE = join(PACKAGE_ROOT, 'templates', 'starter');

/** The pillars of a playbook when none are given. */
export const DEFAULT_PILLARS = ['Ways of working'];

/** The example record the starter writes, and the owner it names. */
const EXAMPLE_RECORD = { file: 'content/practices/write-decisions-as-records.mdx', owners: ['playbook-owners'] };
const EXAMPLE_OWNER_HANDLES = { 'playbook-owners': '@your-organization/playbook-owners' };

// npm leaves `.gitignore` out of packages, so the template holds it under another name.
const RENAMED_FILES: Record<string, string> = { gitignore: '.gitignore' };

/** What a new playbook is made of. */
export interface StarterAnswers {
	/** The organization's name, like `Acme`. */
	organization: string;
	/** The pillars' names, in order; each gets a kebab-case id. */
	pillars: readonly string[];
}

/** A pillar as written into `astro.config.mjs`. */
interface StarterPillar {
	id: string;
	label: string;
	description: string;
	order: number;
}

/**
 * Checks answers before anything is written: a name, and pillars whose ids are distinct and not
 * empty. Returns every problem, one per line, or an empty list.
 */
export function checkStarterAnswers(answers: StarterAnswers): string[] {
	const problems: string[] = [];
	if (!answers.organization.trim()) problems.push('The organization needs a name: give it with --name "<name>".');
	if (answers.pillars.length === 0) problems.push('Give at least one pillar, like --pillars "Discovery,Delivery".');
	const seen = new Map<string, string>();
	for (const label of answers.pillars) {
		const id = toKebabCase(label);
		if (!id) problems.push(`The pillar "${label}" has no letters or digits to make an id from; rename it.`);
		else if (seen.has(id))
			problems.push(`The pillars "${seen.get(id)}" and "${label}" would both get the id "${id}"; rename one.`);
		else seen.set(id, label);
	}
	return problems;
}

/** Splits `--pillars "A, B,C"` into names, dropping empty entries. */
export function parsePillarList(text: string): string[] {
	return text
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
}

/**
 * Completes the answers in a terminal: asks for the organization's name and the pillars that were
 * not given as flags. Returns undefined when the user cancels.
 */
export async function askForStarterAnswers(given: {
	organization?: string | undefined;
	pillars?: readonly string[] | undefined;
}): Promise<StarterAnswers | undefined> {
	intro('New Charter playbook');
	let organization = given.organization?.trim();
	if (!organization) {
		const value = await text({
			message: "Your organization's name",
			placeholder: 'Acme',
			validate: (value) => (value?.trim() ? undefined : 'Give the organization a name.'),
		});
		if (isCancel(value)) return cancelled();
		organization = value.trim();
	}
	let pillars = given.pillars;
	if (!pillars || pillars.length === 0) {
		const value = await text({
			message: 'Pillars: the groups of practices, separated by commas',
			placeholder: 'Discovery, Delivery, Ownership',
			defaultValue: DEFAULT_PILLARS.join(', '),
			validate: (value) =>
				checkStarterAnswers({
					organization: organization!,
					pillars: parsePillarList(value || DEFAULT_PILLARS.join(',')),
				})[0],
		});
		if (isCancel(value)) return cancelled();
		pillars = parsePillarList(value);
	}
	return { organization, pillars };
}

function cancelled(): undefined {
	cancel('Cancelled; nothing was written.');
	return undefined;
}

/**
 * Runs `charter init`: writes a new playbook repository into `folder` from the starter templates.
 * Exits 0 when it is written, 1 when the folder already holds files, 2 for invalid answers.
 */
export function runInitCommand(
	folder: string,
	answers: StarterAnswers,
	{ today = new Date() }: { today?: Date } = {},
): CommandResult {
	const problems = checkStarterAnswers(answers);
	if (problems.length > 0) return { exitCode: 2, stdout: '', stderr: problems.join('\n') };
	const target = resolve(folder);
	if (existsSync(target) && readdirSync(target).length > 0) {
		return {
			exitCode: 1,
			stdout: '',
			stderr: `${folder} already holds files, so nothing was written.\nChoose a new folder name, or empty the folder first.`,
		};
	}
	const pillars: StarterPillar[] = answers.pillars.map((label, index) => ({
		id: toKebabCase(label),
		label,
		description: `The practices of ${label}.`,
		order: index + 1,
	}));
	const values = getTemplateValues(target, answers.organization.trim(), pillars, today);
	for (const file of listTemplateFiles(STARTER_TEMPLATE)) {
		const text = fillTemplate(readFileSync(join(STARTER_TEMPLATE, file), 'utf8'), values, file);
		const name = RENAMED_FILES[basename(file)];
		writeFileInto(target, name ? join(dirname(file), name) : file, text);
	}
	writeFileInto(target, RECORD_JSON_SCHEMA_FILE, formatJsonSchema(getRecordJsonSchema({ pillars })));
	const shown = relative(process.cwd(), target) || '.';
	return {
		exitCode: 0,
		stdout: [
			`Created the ${answers.organization.trim()} playbook in ${shown}.`,
			'',
			'Next:',
			`  cd ${shown}`,
			'  git init',
			'  npm install',
			'  npm start        # build the playbook and serve it at http://localhost:4321/',
			'',
			'Then describe each pillar in astro.config.mjs, and set the code-host handles in ownerHandles.',
		].join('\n'),
		stderr: '',
	};
}

function getTemplateValues(target: string, organization: string, pillars: StarterPillar[], today: Date) {
	const charter = readPackageInfo();
	const pillarLines = pillars.map(
		(pillar) =>
			`\t\t\t\t\t\t{ id: ${quote(pillar.id)}, label: ${quote(pillar.label)}, description: ${quote(pillar.description)}, order: ${pillar.order} },`,
	);
	const codeowners = renderCodeownersSection([EXAMPLE_RECORD], EXAMPLE_OWNER_HANDLES);
	const title = `${organization} Playbook`;
	// Values inside code or frontmatter are written as JSON strings, which are valid JavaScript and YAML too.
	return {
		organization,
		title,
		titleLiteral: JSON.stringify(title),
		organizationLiteral: JSON.stringify(organization),
		descriptionLiteral: JSON.stringify(
			`How ${organization} works: each practice, why we chose it, and what we chose against.`,
		),
		packageDescriptionLiteral: JSON.stringify(`The ${organization} playbook, built with Charter.`),
		aboutDescriptionLiteral: JSON.stringify(
			`What the ${organization} playbook is, how its records are written, and how to propose a change.`,
		),
		pillars: `[\n${pillarLines.join('\n')}\n\t\t\t\t\t]`,
		pillar: pillars[0]!.id,
		today: today.toISOString().slice(0, 10),
		packageName: toKebabCase(basename(target)) || 'playbook',
		charterPackage: charter.name,
		charterVersion: charter.version,
		astroRange: charter.peerDependencies['astro'] ?? 'latest',
		starlightRange: charter.peerDependencies['@astrojs/starlight'] ?? 'latest',
		nodeRange: charter.devDependencies?.['node'] ?? '^22.12.0',
		codeowners: codeowners.text,
	};
}

/** Every file under the template folder, as paths relative to it. */
function listTemplateFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
		.sort();
}

/** Replaces each `{{name}}`; a name without a value is a mistake in the templates, so it throws. */
function fillTemplate(text: string, values: Record<string, string>, file: string): string {
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined)
			throw new Error(`The starter template ${file} uses {{${name}}}, which init does not fill.`);
		return value;
	});
}

function writeFileInto(root: string, file: string, text: string): void {
	const path = join(root, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

/** A string literal for the generated astro.config.mjs, in single quotes as Prettier writes them. */
function quote(text: string): string {
	return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
