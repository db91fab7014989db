import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatJsonSchema, getRecordJsonSchema, RECORD_JSON_SCHEMA_FILE } from '../schemas/json-schema.ts';
import type { CommandResult } from './command-line.ts';
import { loadCharterOptions } from '../integration/site-config.ts';

/**
 * Runs `npm run schema`: writes `schemas/record.schema.json` from the record schema and the site's
 * pillars. With `check`, writes nothing and exits 1 when the file is missing or out of date.
 */
export async function runSchemaCommand(options: { root: string; check: boolean }): Promise<CommandResult> {
	const loaded = await loadCharterOptions(options.root);
	if ('error' in loaded) return { exitCode: 2, stdout: '', stderr: loaded.error };
	const charterOptions = loaded.options;
	const text = formatJsonSchema(getRecordJsonSchema({ pillars: charterOptions.pillars }));
	const path = join(options.root, RECORD_JSON_SCHEMA_FILE);
	const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	if (options.check) {
		if (current === text) return { exitCode: 0, stdout: `${RECORD_JSON_SCHEMA_FILE} is up to date.`, stderr: '' };
		return {
			exitCode: 1,
			stdout: '',
			stderr: `${RECORD_JSON_SCHEMA_FILE} is ${current === undefined ? 'missing' : 'out of date with the record schema or the pillars'}.\nRun \`npm run schema\` and commit the file.`,
		};
	}
	if (current === text) return { exitCode: 0, stdout: `${RECORD_JSON_SCHEMA_FILE} is already up to date.`, stderr: '' };
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	return { exitCode: 0, stdout: `Wrote ${RECORD_JSON_SCHEMA_FILE}.`, stderr: '' };
}
