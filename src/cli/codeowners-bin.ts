import { parseArgs } from 'node:util';
import { runCodeownersCommand } from './codeowners.ts';

const USAGE = `Usage: npm run codeowners -- [--check] [--out <file>] [--root <folder>]

Writes the records' section of .github/CODEOWNERS from each record's owners and the ownerHandles
option in astro.config.mjs; other lines of the file are kept. With --check, only verifies it is up to date.`;

let args;
try {
	args = parseArgs({
		options: {
			root: { type: 'string', default: '.' },
			out: { type: 'string' },
			check: { type: 'boolean', default: false },
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

const result = await runCodeownersCommand({ root: args.root, check: args.check, out: args.out });
if (result.stdout) console.log(result.stdout);
if (result.stderr) console.error(result.stderr);
process.exitCode = result.exitCode;
