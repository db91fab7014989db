import type { z } from 'zod';
import { charterOptionsSchema, type CharterOptions, type CharterUserOptions } from '../schemas/config.ts';
import { formatFieldPath } from './problems.ts';

/** Thrown for invalid plugin options; its message lists every problem. */
export class CharterConfigError extends Error {
	override name = 'CharterConfigError';
}

/** Validates the plugin options written in `astro.config.mjs`, reporting every problem at once. */
export function parseCharterOptions(userOptions: CharterUserOptions): CharterOptions {
	const result = charterOptionsSchema.safeParse(userOptions);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => `  charter.${formatFieldPath(issue.path) || '(options)'}: ${describe(issue)}`);
	throw new CharterConfigError(
		`The Charter options in astro.config.mjs are invalid:\n${lines.join('\n')}\nCorrect them in the charter({ … }) call.`,
	);
}

function describe(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is required';
	return issue.message;
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
