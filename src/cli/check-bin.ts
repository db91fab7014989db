import { finishCommand, parseCommandLine } from './command-line.ts';
import { runCheckCommand } from './check.ts';

const USAGE = `Usage: npm run check -- [--root <folder>] [--format text|json] [--strict] [--today YYYY-MM-DD]

Checks every record in content/practices/ and reports all problems at once.
  --root     the site's folder (default: the current folder)
  --format   text (default) or json
  --strict   fail on warnings too (records past review, uncited sources)
  --today    check review dates as of this day instead of today`;

const { values: args } = parseCommandLine(USAGE, {
	root: { type: 'string', default: '.' },
	format: { type: 'string', default: 'text' },
	strict: { type: 'boolean', default: false },
	today: { type: 'string' },
});
if (args.format !== 'text' && args.format !== 'json') {
	console.error(`--format is "${args.format}"; use text or json.\n\n${USAGE}`);
	process.exit(2);
}
if (args.today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(args.today) || Number.isNaN(Date.parse(args.today)))) {
	console.error(`--today is "${args.today}"; write the date as YYYY-MM-DD.`);
	process.exit(2);
}

const result = await runCheckCommand({
	root: args.root,
	format: args.format,
	strict: args.strict,
	github: process.env.GITHUB_ACTIONS === 'true',
	...(args.today ? { today: new Date(`${args.today}T00:00:00Z`) } : {}),
});
finishCommand(result);
