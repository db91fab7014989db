import { parseArgs } from 'node:util';
import { runSchemaCommand } from './schema.ts';

const USAGE = `Usage: npm run schema -- [--check] [--root <folder>]

Writes schemas/record.schema.json, the JSON Schema of a record's frontmatter, from the record schema
and the pillars in astro.config.mjs. With --check, only verifies that the file is up to date.`;

let args;
try {
	args = parseArgs({
		options: {
			root: { type: 'string', default: '.' },
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

const result = await runSchemaCommand({ root: args.root, check: args.check });
if (result.stdout) console.log(result.stdout);
if (result.stderr) console.error(result.stderr);
process.exitCode = result.exitCode;
