import { finishCommand, parseCommandLine } from './command-line.ts';
import { CHECK_USAGE, runCheckCommand } from './check.ts';

const { values: args } = parseCommandLine(CHECK_USAGE, {
	root: { type: 'string', default: '.' },
	format: { type: 'string', default: 'text' },
	strict: { type: 'boolean', default: false },
	today: { type: 'string' },
	since: { type: 'string' },
	owner: { type: 'string' },
	prune: { type: 'boolean', default: false },
});
finishCommand(
	await runCheckCommand({
		root: args.root,
		format: args.format,
		strict: args.strict,
		github: process.env.GITHUB_ACTIONS === 'true',
		today: args.today,
		since: args.since,
		owner: args.owner,
		prune: args.prune,
	}),
);
