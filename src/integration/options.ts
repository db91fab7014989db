import type { z } from 'zod';
import {
	charterOptionsSchema,
	logoSchema,
	pillarSchema,
	type CharterOptions,
	type CharterUserOptions,
} from '../schemas/config.ts';
import { formatFieldPath } from '../check/problems.ts';
import { didYouMean } from '../shared/suggest.ts';
import { formatCount } from '../shared/text.ts';

/** Thrown for invalid plugin options; its message lists every problem, then how to fix them. */
export class CharterConfigError extends Error {
	override name = 'CharterConfigError';
	/** The list of problems, one per line, without the closing advice. */
	readonly report: string;
	/** What to do about them. */
	readonly hint: string;

	constructor(report: string, hint: string) {
		super(`${report}\n${hint}`);
		this.report = report;
		this.hint = hint;
	}
}

/** Keys known at each level of the options, for "did you mean" hints on unknown ones. */
const KNOWN_KEYS: Record<string, readonly string[]> = {
	'': Object.keys(charterOptionsSchema.shape),
	pillars: Object.keys(pillarSchema.shape),
	logo: Object.keys(logoSchema.shape),
	repository: ['url', 'branch', 'path'],
};

/** Validates the plugin options written in `astro.config.mjs`, reporting every problem at once. */
export function parseCharterOptions(userOptions: CharterUserOptions): CharterOptions {
	if (userOptions === null || typeof userOptions !== 'object' || Array.isArray(userOptions)) {
		throw new CharterConfigError(
			'The Charter options in astro.config.mjs are missing: charter() needs an object of options.',
			"Pass them like charter({ organization: 'Acme', pillars: [{ id: 'delivery', label: 'Delivery', description: '…' }] }).",
		);
	}
	const result = charterOptionsSchema.safeParse(userOptions, { error: describeTypeIssue });
	if (result.success) return result.data;
	const lines = result.error.issues.flatMap(describe);
	const count = formatCount(lines.length, 'problem');
	throw new CharterConfigError(
		`The Charter options in astro.config.mjs have ${count}:\n${lines.join('\n')}`,
		'Correct them in the charter({ … }) call in astro.config.mjs.',
	);
}

function describe(issue: z.core.$ZodIssue): string[] {
	const at = (path: readonly PropertyKey[]) => `  charter${path.length > 0 ? `.${formatFieldPath(path)}` : ''}`;
	if (issue.code === 'unrecognized_keys') {
		const level = String(issue.path.find((segment) => typeof segment === 'string') ?? '');
		const known = KNOWN_KEYS[level] ?? [];
		return issue.keys.map(
			(key) => `${at([...issue.path, key])}  is not an option${didYouMean(key, known)}; known: ${known.join(', ')}`,
		);
	}
	return [`${at(issue.path)}  ${issue.message}`];
}

/**
 * Words a value of the wrong type in Charter's voice, from the issue's data rather than zod's English
 * text. Runs only where the schema sets no message of its own; other issues keep zod's message.
 */
function describeTypeIssue(issue: z.core.$ZodRawIssue): string | undefined {
	if (issue.code !== 'invalid_type') return undefined;
	if (issue.input === undefined) return 'is required';
	return `must be ${article(issue.expected)}, not ${article(getTypeName(issue.input))}`;
}

/** The type of a value as zod names it: `array`, `null`, `NaN`, `Infinity`, a class name, or its `typeof`. */
function getTypeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	if (typeof value === 'object') {
		const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
		if (prototype && prototype !== Object.prototype && prototype.constructor?.name) return prototype.constructor.name;
	}
	return typeof value;
}

function article(type: string): string {
	if (type === 'array') return 'a list';
	if (type === 'object') return 'an object';
	if (type === 'null' || type === 'undefined') return type;
	return `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`;
}

const REGISTRY = Symbol.for('charter.options');

/** Remembers the options of the last `charter()` call, so commands that load `astro.config.mjs` can read them. */
export function registerCharterOptions(options: CharterOptions): void {
	(globalThis as Record<symbol, unknown>)[REGISTRY] = options;
}

/** The options of the last `charter()` call in this process, if any. */
export function getRegisteredCharterOptions(): CharterOptions | undefined {
	return (globalThis as Record<symbol, unknown>)[REGISTRY] as CharterOptions | undefined;
}

/** Forgets the registered options, so that loading another site's configuration cannot return stale ones. */
export function clearRegisteredCharterOptions(): void {
	delete (globalThis as Record<symbol, unknown>)[REGISTRY];
}
