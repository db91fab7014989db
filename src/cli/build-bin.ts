import { parseArgs } from 'node:util';
import { runBuildCommand } from './build.ts';
import { finishCommand } from './command-line.ts';

const USAGE = `Usage: npm run build -- [--root <folder>] [--outDir <folder>] [other astro build options]

Builds the site into a staging folder and publishes it to the output folder (default: dist) only
when the build succeeds, so a failed or interrupted build never leaves a half-written site.`;

const { values, tokens } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		outDir: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
	strict: false,
	allowPositionals: true,
	tokens: true,
});
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (typeof values.root !== 'string' || (values.outDir !== undefined && typeof values.outDir !== 'string')) {
	console.error(`--root and --outDir each need a folder.\n\n${USAGE}`);
	process.exit(2);
}

// Everything but --root and --outDir goes to astro build as written.
const args = process.argv.slice(2);
const own = new Set<number>();
for (const token of tokens) {
	if (token.kind !== 'option' || (token.name !== 'root' && token.name !== 'outDir')) continue;
	own.add(token.index);
	if (token.inlineValue === false) own.add(token.index + 1);
}
finishCommand(
	await runBuildCommand({
		root: values.root,
		outDir: values.outDir,
		astroArgs: args.filter((_, index) => !own.has(index)),
	}),
);
