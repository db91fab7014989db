import { finishCommand, parseCommandLine } from './command-line.ts';
import { runCodeownersCommand } from './codeowners.ts';

const USAGE = `Usage: npm run codeowners -- [--check] [--out <file>] [--root <folder>]

Writes the records' section of .github/CODEOWNERS from each record's owners and the ownerHandles
option in astro.config.mjs; other lines of the file are kept. With --check, only verifies it is up to date.`;

const { values: args } = parseCommandLine(USAGE, {
	root: { type: 'string', default: '.' },
	out: { type: 'string' },
	check: { type: 'boolean', default: false },
});

const result = await runCodeownersCommand({ root: args.root, check: args.check, out: args.out });
finishCommand(result);
