import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { charterOptionsSchema } from '../../../src/schemas/config.ts';

const CONFIG_SOURCE = fileURLToPath(new URL('../../../src/schemas/config.ts', import.meta.url));

/** The `.meta` description of every option and nested field, keyed by its path like `repository.url`. */
function collectMetaDescriptions(schema: z.core.$ZodType, path = ''): Map<string, string> {
	const descriptions = new Map<string, string>();
	let inner = schema;
	while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodArray)
		inner = inner instanceof z.ZodArray ? inner.element : inner.unwrap();
	if (!(inner instanceof z.ZodObject)) return descriptions;
	for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
		const fieldPath = path ? `${path}.${key}` : key;
		const description = field.meta()?.description;
		if (description) descriptions.set(fieldPath, description);
		for (const entry of collectMetaDescriptions(field, fieldPath)) descriptions.set(...entry);
	}
	return descriptions;
}

/** The JSDoc an editor shows on hover for the same paths of `CharterUserOptions`, as in `astro.config.mjs`. */
function readHoverDocs(paths: Iterable<string>): Map<string, string> {
	const program = ts.createProgram([CONFIG_SOURCE], {
		allowImportingTsExtensions: true,
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		noEmit: true,
		strict: true,
		target: ts.ScriptTarget.ES2022,
	});
	const checker = program.getTypeChecker();
	const source = program.getSourceFile(CONFIG_SOURCE)!;
	const alias = source.statements.find(
		(statement) => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'CharterUserOptions',
	)!;
	const options = checker.getTypeAtLocation(alias);
	const docs = new Map<string, string>();
	for (const path of paths) {
		let type: ts.Type | undefined = options;
		let symbol: ts.Symbol | undefined;
		for (const key of path.split('.')) {
			type = type && checker.getNonNullableType(type);
			if (type && checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
			symbol = type?.getProperty(key);
			type = symbol && checker.getTypeOfSymbol(symbol);
		}
		const text = symbol && ts.displayPartsToString(symbol.getDocumentationComment(checker));
		docs.set(path, (text ?? '').replace(/\s*\n\s*/g, ' '));
	}
	return docs;
}

describe('the options schema', () => {
	it('describes every option with a `.meta` description, which its JSDoc repeats word for word for hover in astro.config.mjs', () => {
		const descriptions = collectMetaDescriptions(charterOptionsSchema);
		expect([...descriptions.keys()]).toContain('repository.url');
		expect([...descriptions.keys()]).toContain('pillars.label');
		expect(Object.keys(charterOptionsSchema.shape).filter((key) => !descriptions.has(key))).toEqual([]);
		expect(readHoverDocs(descriptions.keys())).toEqual(descriptions);
	});
});
