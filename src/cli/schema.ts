import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
	formatJsonSchema,
	getRecordJsonSchema,
	RECORD_JSON_SCHEMA_FILE,
	type SchemaDocs,
} from '../schemas/json-schema.ts';
import type { CommandResult } from './command-line.ts';
import { loadCharterOptions } from '../integration/site-config.ts';

const RECORD_SCHEMA_SOURCE = fileURLToPath(new URL('../schemas/record.ts', import.meta.url));

/**
 * Reads the JSDoc of the zod object schemas in `src/schemas/record.ts` (the schema itself and each of
 * its fields), so the JSON Schema describes every field in the same words, without a second copy.
 */
export function readSchemaDocs(file = RECORD_SCHEMA_SOURCE): SchemaDocs {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const docs: SchemaDocs = {};
	const jsDocText = (node: ts.Node) =>
		ts
			.getJSDocCommentsAndTags(node)
			.filter(ts.isJSDoc)
			.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
			.join('\n')
			.replace(/\s*\n\s*/g, ' ')
			.trim();
	for (const statement of source.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
			const shape = findStrictObjectShape(declaration.initializer);
			if (!shape) continue;
			const fields: Record<string, string> = {};
			for (const property of shape.properties) {
				if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) {
					const text = jsDocText(property);
					if (text) fields[property.name.text] = text;
				}
			}
			const description = jsDocText(declaration);
			docs[declaration.name.text] = { ...(description ? { description } : {}), fields };
		}
	}
	return docs;
}

function findStrictObjectShape(node: ts.Node): ts.ObjectLiteralExpression | undefined {
	if (ts.isCallExpression(node) && node.expression.getText().endsWith('strictObject')) {
		const [shape] = node.arguments;
		if (shape && ts.isObjectLiteralExpression(shape)) return shape;
	}
	return ts.forEachChild(node, findStrictObjectShape);
}

/**
 * Runs `npm run schema`: writes `schemas/record.schema.json` from the record schema and the site's
 * pillars. With `check`, writes nothing and exits 1 when the file is missing or out of date.
 */
export async function runSchemaCommand(options: { root: string; check: boolean }): Promise<CommandResult> {
	const loaded = await loadCharterOptions(options.root);
	if ('error' in loaded) return { exitCode: 2, stdout: '', stderr: loaded.error };
	const charterOptions = loaded.options;
	const text = formatJsonSchema(getRecordJsonSchema({ pillars: charterOptions.pillars, docs: readSchemaDocs() }));
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
