import { finishCommand, parseCommandLine } from './command-line.ts';
import { runSchemaCommand } from './schema.ts';

const USAGE = `Usage: npm run schema -- [--check] [--root <folder>]

Writes schemas/record.schema.json, the JSON Schema of a record's frontmatter, from the record schema
and the pillars in astro.config.mjs. With --check, only verifies that the file is up to date.`;

const { values: args } = parseCommandLine(USAGE, {
	root: { type: 'string', default: '.' },
	check: { type: 'boolean', default: false },
});

const result = await runSchemaCommand({ root: args.root, check: args.check });
finishCommand(result);
