import { sortProblems } from '../problems.ts';
import type { Reporter } from './reporter.ts';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`) that show each problem on
 * the pull request's diff; empty when there is no problem. `pathPrefix` turns paths relative to the
 * site into paths relative to the repository, when the site is in a subfolder.
 */
export const githubReporter: Reporter = {
	format(result, options) {
		const prefix = options.pathPrefix ? `${options.pathPrefix.replace(/\/$/, '')}/` : '';
		return sortProblems(result.problems)
			.map((problem) => {
				const properties = [
					`file=${escapeProperty(prefix + problem.file)}`,
					`line=${problem.line}`,
					`col=${problem.column}`,
					`title=${escapeProperty(`Charter ${problem.kind}`)}`,
				].join(',');
				const message = `${problem.field ? `${problem.field} ` : ''}${problem.message}\n→ ${problem.fix}`;
				return `::${problem.severity} ${properties}::${escapeData(message)}`;
			})
			.join('\n');
	},
};

function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
