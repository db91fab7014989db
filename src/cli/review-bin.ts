import { finishCommand, parseCommandLine } from './command-line.ts';
import { REVIEW_USAGE, runReviewCommand } from './review.ts';

const { values: args } = parseCommandLine(REVIEW_USAGE, {
	root: { type: 'string', default: '.' },
	format: { type: 'string', default: 'text' },
	'as-of': { type: 'string' },
	within: { type: 'string' },
	'open-issues': { type: 'boolean', default: false },
});
finishCommand(
	await runReviewCommand({
		root: args.root,
		format: args.format,
		asOf: args['as-of'],
		within: args.within,
		openIssues: args['open-issues'],
	}),
);
