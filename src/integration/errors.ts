import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Problem } from '../check/problems.ts';
import { formatProblems } from '../check/reporters/terminal.ts';
import type { GapsReport } from '../check/reporters/reporter.ts';
import { CharterConfigError, parseCharterOptions } from './options.ts';
import type { CharterOptions, CharterUserOptions } from '../schemas/config.ts';
import { formatCount } from '../shared/text.ts';

/** An error Astro prints as its message and hint only: the report already says where each problem is. */
export function createQuietError(message: string, hint: string): AstroError {
	const error = new AstroError(message, hint);
	error.name = 'Charter';
	error.stack = '';
	return error;
}

/** Validates the options; invalid ones stop Astro with the list of problems and no stack trace. */
export function parseOptionsQuietly(userOptions: CharterUserOptions): CharterOptions {
	try {
		return parseCharterOptions(userOptions);
	} catch (error) {
		if (error instanceof CharterConfigError) throw createQuietError(error.report, error.hint);
		throw error;
	}
}

/**
 * Logs the playbook's problems and warnings. Problems stop a build before any page renders; in
 * the dev server they are only logged, since the author is fixing them.
 */
export function reportPlaybookProblems(
	problems: readonly Problem[],
	command: string,
	logger: AstroIntegrationLogger,
	gaps?: GapsReport,
): void {
	if (gaps && gaps.known.length > 0) {
		const records = new Set(gaps.known.map((problem) => problem.file)).size;
		logger.info(
			`${formatCount(gaps.known.length, 'known gap')} in ${formatCount(records, 'record')}, accepted from ${gaps.file}; each record page shows its own. \`npm run check\` lists them.`,
		);
	}
	if (gaps && gaps.fixed.length > 0)
		logger.warn(
			`${formatCount(gaps.fixed.length, 'known gap')} in ${gaps.file} ${gaps.fixed.length === 1 ? 'is' : 'are'} fixed: run \`npm run check -- --prune\` and commit the file.`,
		);
	const errors = problems.filter((problem) => problem.severity === 'error');
	const warnings = problems.filter((problem) => problem.severity === 'warning');
	if (errors.length > 0) {
		const report = formatProblems(errors);
		if (command === 'build') {
			// The report goes through the logger, not the error: Astro replaces an error's hint with
			// advice about browser APIs whenever its message contains "document" or "window".
			logger.error(`The playbook has problems.\n\n${report}`);
			throw createQuietError(
				`The playbook has ${formatCount(errors.length, 'problem')} (listed above); the build stopped before rendering any page.`,
				'Fix them and build again; `npm run check` lists them without building.',
			);
		}
		logger.error(`The playbook has problems; pages may fail to render until they are fixed.\n\n${report}`);
	}
	if (warnings.length > 0)
		logger.warn(`The playbook has warnings; they do not stop the build.\n\n${formatProblems(warnings)}`);
}
