import { githubReporter } from './github.ts';
import { jsonReporter } from './json.ts';
import type { Reporter } from './reporter.ts';
import { terminalReporter } from './terminal.ts';

const REPORTERS = {
	text: terminalReporter,
	json: jsonReporter,
	github: githubReporter,
} as const satisfies Record<string, Reporter>;

/** How a check report is written: `text` for a terminal, `json` for other tools, `github` for GitHub Actions. */
export type ReportFormat = keyof typeof REPORTERS;

/** Gets the reporter that writes reports in `format`. */
export function getReporter(format: ReportFormat): Reporter {
	return REPORTERS[format];
}
