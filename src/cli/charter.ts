#!/usr/bin/env node
/**
 * The `charter` command: `charter <subcommand> [options]`. Each subcommand is a `*-bin.ts` module that
 * parses the rest of the command line, so this file only picks one. The repository's `npm run …`
 * scripts and a playbook's `charter …` run through here, so both take the same code path.
 */
import { didYouMean } from '../shared/suggest.ts';

/** Every subcommand: its one-line summary and the bin that runs it. A new command is one row. */
const SUBCOMMANDS: Record<string, { summary: string; load: () => Promise<unknown> }> = {
	init: { summary: 'Start a new playbook repository in a folder', load: () => import('./init-bin.ts') },
	check: {
		summary: 'Check every record and page, reporting all problems at once',
		load: () => import('./check-bin.ts'),
	},
	build: {
		summary: 'Build the site, publishing it only when the build succeeds',
		load: () => import('./build-bin.ts'),
	},
	new: { summary: 'Scaffold a record', load: () => import('./new-bin.ts') },
	import: {
		summary: 'Import existing decision records (MADR, Nygard, log4brains)',
		load: () => import('./import-bin.ts'),
	},
	schema: { summary: 'Write the JSON Schema of record frontmatter for editors', load: () => import('./schema-bin.ts') },
	codeowners: {
		summary: "Write the records' section of .github/CODEOWNERS",
		load: () => import('./codeowners-bin.ts'),
	},
	review: {
		summary: 'List the records due for review, grouped by owner',
		load: () => import('./review-bin.ts'),
	},
};

const USAGE = `Usage: charter <command> [options]

Commands:
${Object.entries(SUBCOMMANDS)
	.map(([name, { summary }]) => `  ${name.padEnd(12)}${summary}`)
	.join('\n')}

Run \`charter <command> --help\` for a command's options.`;

const [name] = process.argv.slice(2);
const subcommand = name === undefined ? undefined : SUBCOMMANDS[name];
if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
	console.log(USAGE);
} else if (name === '--version' || name === '-v') {
	const { readPackageVersion } = await import('./package-info.ts');
	console.log(readPackageVersion());
} else if (!subcommand) {
	console.error(`"${name}" is not a charter command${didYouMean(name, Object.keys(SUBCOMMANDS))}.\n\n${USAGE}`);
	process.exitCode = 2;
} else {
	// The subcommand's bin reads its options from process.argv.slice(2), as when it runs on its own.
	process.argv.splice(2, 1);
	await subcommand.load();
}
