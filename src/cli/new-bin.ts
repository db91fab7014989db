import { parseArgs } from 'node:util';
import { runNewCommand } from './new.ts';

const USAGE = `Usage: npm run new -- [--title "…"] [--pillar <id>] [--owner <handle>]… [--tag <tag>]… [--id <id>] [--root <folder>]

Writes content/practices/<id>.mdx with every section of a record and "TODO:" placeholders.
In a terminal it asks for whatever is not given; in scripts, --title, --pillar and --owner are required.`;

let args;
try {
	args = parseArgs({
		options: {
			root: { type: 'string', default: '.' },
			title: { type: 'string' },
			pillar: { type: 'string' },
			owner: { type: 'string', multiple: true, default: [] },
			tag: { type: 'string', multiple: true, default: [] },
			id: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	}).values;
} catch (error) {
	console.error(`${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}

const result = await runNewCommand({
	root: args.root,
	title: args.title,
	pillar: args.pillar,
	owners: args.owner,
	tags: args.tag,
	id: args.id,
	interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
});
if (result.stdout) console.log(result.stdout);
if (result.stderr) console.error(result.stderr);
process.exitCode = result.exitCode;
