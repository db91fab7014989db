import { finishCommand, parseCommandLine } from './command-line.ts';
import { runNewCommand } from './new.ts';

const USAGE = `Usage: npm run new -- [--title "…"] [--pillar <id>] [--owner <handle>]… [--tag <tag>]… [--id <id>] [--root <folder>]

Writes content/practices/<id>.mdx with every section of a record and "TODO:" placeholders.
In a terminal it asks for whatever is not given; in scripts, --title, --pillar and --owner are required.`;

const { values: args } = parseCommandLine(USAGE, {
	root: { type: 'string', default: '.' },
	title: { type: 'string' },
	pillar: { type: 'string' },
	owner: { type: 'string', multiple: true, default: [] },
	tag: { type: 'string', multiple: true, default: [] },
	id: { type: 'string' },
});

const result = await runNewCommand({
	root: args.root,
	title: args.title,
	pillar: args.pillar,
	owners: args.owner,
	tags: args.tag,
	id: args.id,
	interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
});
finishCommand(result);
