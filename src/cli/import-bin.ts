/**
 * `npm run import -- <folder> [--pillar <id>] [--owner <handle>] [--root <site>] [--force]`
 * Converts a folder of Architecture Decision Records into records of the playbook.
 */
import { parseArgs } from 'node:util';
import { importFolder } from '../import/import-folder.ts';
import { loadCharterOptions } from '../integration/site-config.ts';

const USAGE = `Usage: npm run import -- <folder> [--pillar <id>] [--owner <handle>] [--root <site>] [--force]

Converts the decision records in <folder> (MADR 2, 3 and 4, Nygard/adr-tools, log4brains) into
records in <site>/content/practices/, then checks them with the playbook's rules.

  --pillar <id>      the pillar of every imported record (needed when the playbook has several)
  --owner <handle>   the owner of every imported record (needed unless each record names its deciders)
  --root <site>      the playbook's folder (default: the current folder)
  --force            replace records that already exist`;

function parseCommandLine() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				pillar: { type: 'string' },
				owner: { type: 'string' },
				root: { type: 'string', default: '.' },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${USAGE}`);
		process.exit(2);
	}
}

const args = parseCommandLine();
if (args.values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (args.positionals.length !== 1) {
	console.error(
		`${args.positionals.length === 0 ? 'Give the folder of decision records to import.' : `Give one folder, not ${args.positionals.length}.`}\n\n${USAGE}`,
	);
	process.exit(2);
}

const loaded = await loadCharterOptions(args.values.root);
if ('error' in loaded) {
	console.error(loaded.error);
	process.exit(1);
}
const result = importFolder({
	folder: args.positionals[0]!,
	root: args.values.root,
	pillar: args.values.pillar,
	owner: args.values.owner,
	force: args.values.force,
	pillars: loaded.options.pillars.map((pillar) => pillar.id),
});
// A refused import writes nothing and its message is an error; a finished import's report is the output.
(result.written.length === 0 && result.exitCode !== 0 ? console.error : console.log)(result.report);
process.exitCode = result.exitCode;
