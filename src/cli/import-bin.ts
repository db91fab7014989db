/**
 * `npm run import -- <folder> [--pillar <id>] [--owner <handle>] [--root <site>] [--force]`
 * Converts a folder of Architecture Decision Records into records of the playbook.
 */
import { finishCommand, parseCommandLine } from './command-line.ts';
import { IMPORT_USAGE, runImportCommand } from './import.ts';

const { values, positionals } = parseCommandLine(
	IMPORT_USAGE,
	{
		pillar: { type: 'string' },
		owner: { type: 'string' },
		root: { type: 'string', default: '.' },
		force: { type: 'boolean', default: false },
	},
	{ allowPositionals: true },
);

const result = await runImportCommand({ folders: positionals, ...values });
finishCommand(result);
