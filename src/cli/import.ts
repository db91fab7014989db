import { importFolder } from '../import/import-folder.ts';
import { loadCharterOptions } from '../integration/site-config.ts';
import type { CommandResult } from './command-line.ts';

/** The usage `npm run import` prints with `--help` and after a mistake on its command line. */
export const IMPORT_USAGE = `Usage: npm run import -- <folder> [--pillar <id>] [--owner <handle>] [--root <site>] [--force]

Converts the decision records in <folder> (MADR 2, 3 and 4, Nygard/adr-tools, log4brains) into
records in <site>/content/practices/, then checks them with the playbook's rules.

  --pillar <id>      the pillar of every imported record (needed when the playbook has several)
  --owner <handle>   the owner of every imported record (needed unless each record names its deciders)
  --root <site>      the playbook's folder (default: the current folder)
  --force            replace records that already exist`;

/** Options of `npm run import`. */
export interface ImportCommandOptions {
	/** The folders given on the command line; the import needs exactly one. */
	folders: readonly string[];
	/** The playbook's folder, holding `astro.config.mjs`. */
	root: string;
	/** The pillar of every imported record. */
	pillar?: string | undefined;
	/** The owner of every imported record. */
	owner?: string | undefined;
	/** Replace records that already exist. */
	force: boolean;
}

/**
 * Runs `npm run import`: converts a folder of Architecture Decision Records into records of the
 * playbook and checks them. Exits 0 when every record passes the playbook's rules, 1 when one needs a
 * human or the import is refused, 2 when the command line does not name exactly one folder.
 */
export async function runImportCommand(options: ImportCommandOptions): Promise<CommandResult> {
	if (options.folders.length !== 1) {
		const problem =
			options.folders.length === 0
				? 'Give the folder of decision records to import.'
				: `Give one folder, not ${options.folders.length}.`;
		return { exitCode: 2, stdout: '', stderr: `${problem}\n\n${IMPORT_USAGE}` };
	}
	const loaded = await loadCharterOptions(options.root);
	if ('error' in loaded) return { exitCode: 1, stdout: '', stderr: loaded.error };
	const result = importFolder({
		folder: options.folders[0]!,
		root: options.root,
		pillar: options.pillar,
		owner: options.owner,
		force: options.force,
		pillars: loaded.options.pillars.map((pillar) => pillar.id),
	});
	// A refused import writes nothing and its message is an error; a finished import's report is the output.
	const refused = result.written.length === 0 && result.exitCode !== 0;
	return {
		exitCode: result.exitCode,
		stdout: refused ? '' : result.report,
		stderr: refused ? result.report : '',
	};
}
