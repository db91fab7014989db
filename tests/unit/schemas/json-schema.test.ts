import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { describe, expect, it } from 'vitest';
import { getRecordJsonSchema } from '../../../src/schemas/json-schema.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const pillars = [
	{ id: 'outcomes', label: 'Outcomes' },
	{ id: 'delivery', label: 'Delivery' },
];
const schema = getRecordJsonSchema({ pillars });

/** The YAML language service editors use (VS Code's YAML extension and Astro's), set up with the record schema. */
function createYamlService() {
	const service = getLanguageService({
		schemaRequestService: async () => JSON.stringify(schema),
		workspaceContext: { resolveRelativePath: (path: string) => path },
	});
	service.configure({
		validate: true,
		completion: true,
		hover: true,
		schemas: [{ uri: 'file:///record.schema.json', fileMatch: ['*.yaml'], schema }],
	});
	return service;
}

let documents = 0;
/** A YAML document with a URI of its own: the language service caches parsed documents by URI. */
function createDocument(text: string) {
	return TextDocument.create(`file:///record-${++documents}.yaml`, 'yaml', 1, text);
}

describe('the JSON Schema of a record', () => {
	it('is up to date in schemas/record.schema.json (run `npm run schema` after changing the record schema or the pillars)', async () => {
		const result = await promisify(execFile)(process.execPath, ['src/cli/schema-bin.ts', '--check'], {
			cwd: repo,
		}).catch((error: { code: number; stderr: string }) => error);
		expect('stderr' in result ? result.stderr : '').toBe('');
	});

	it('lets an editor complete the configured pillars and the statuses', async () => {
		const service = createYamlService();
		const complete = async (text: string, line: number, character: number) => {
			const document = createDocument(text);
			return (await service.doComplete(document, { line, character }, false)).items.map((item) => item.label).sort();
		};
		expect(await complete('title: A\npillar: \n', 1, 8)).toEqual(['delivery', 'outcomes']);
		expect(await complete('title: A\nstatus: \n', 1, 8)).toEqual([
			'accepted',
			'deprecated',
			'proposed',
			'rejected',
			'superseded',
		]);
	});

	it('lets an editor flag wrong fields with readable messages', async () => {
		const text = [
			'titel: A',
			'summary: One sentence.',
			'pillar: outcome',
			'status: accepted',
			'decided: 2026-02-30',
			'owners: [Product Team]',
			'justification:',
			'  - claim: A reason.',
			'sources:',
			'  - id: a',
			'    title: A source',
			'    url: javascript:alert(1)',
		].join('\n');
		const diagnostics = await createYamlService().doValidation(createDocument(text), false);
		expect(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`).sort())
			.toMatchInlineSnapshot(`
			[
			  "12: Must be a full http:// or https:// address, like https://example.com/article.",
			  "1: Missing property "alternatives".",
			  "1: Missing property "title".",
			  "1: Property titel is not allowed.",
			  "3: Value is not accepted. Valid values: "outcomes", "delivery".",
			  "5: Must be a date written YYYY-MM-DD, like 2025-03-14.",
			  "6: Must be kebab-case: lowercase letters, digits and single hyphens, like output-vs-outcome.",
			]
		`);
	});

	it('describes every field with the `.meta` description of the zod schema', () => {
		const properties = schema.properties as Record<
			string,
			{ description?: string; items?: { properties?: Record<string, { description?: string }> } }
		>;
		expect(properties.summary?.description).toBe(
			'One plain sentence (at most 240 characters) used as the page description and in listings.',
		);
		expect(properties.sources?.items?.properties?.url?.description).toBe(
			'Where to read the source, when it is online. Only `http:` and `https:` addresses are accepted.',
		);
		for (const [field, property] of Object.entries(properties)) expect(property.description, field).toBeTruthy();
	});

	it('is the checked-in file of the sample playbook', () => {
		const checkedIn = JSON.parse(readFileSync(`${repo}schemas/record.schema.json`, 'utf8'));
		expect(Object.keys(checkedIn.properties)).toEqual(Object.keys(schema.properties!));
	});
});
