import { z } from 'zod';
import { alternativeSchema, claimSchema, recordSchema, RECORD_STATUSES, sourceSchema } from './record.ts';

/** Where the JSON Schema of a record's frontmatter is written, relative to the project root. */
export const RECORD_JSON_SCHEMA_FILE = 'schemas/record.schema.json';

/** Descriptions of the record's object schemas and their fields, keyed by schema name, from the JSDoc in `src/schemas/record.ts`. */
export type SchemaDocs = Record<string, { description?: string; fields: Record<string, string> }>;

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const OBJECT_SCHEMAS = new Map<unknown, string>([
	[recordSchema, 'recordSchema'],
	[sourceSchema, 'sourceSchema'],
	[claimSchema, 'claimSchema'],
	[alternativeSchema, 'alternativeSchema'],
]);

const KEBAB_CASE_MESSAGE = 'Must be kebab-case: lowercase letters, digits and single hyphens, like output-vs-outcome.';
const DATE_MESSAGE = 'Must be a date written YYYY-MM-DD, like 2025-03-14.';

/**
 * The JSON Schema (draft-07) of a record's frontmatter, generated from the zod record schema: the
 * input shape (defaults are optional), with the configured pillars as an enum, the rules zod checks
 * in code (`decided` unless proposed, alternatives for accepted records) as conditions, the JSDoc of
 * each field as its description, and readable messages for patterns in editors that show them.
 */
export function getRecordJsonSchema(options: {
	pillars: readonly { id: string; label: string }[];
	docs?: SchemaDocs;
}): JsonSchema {
	const schema = z.toJSONSchema(recordSchema, {
		io: 'input',
		target: 'draft-07',
		unrepresentable: 'any',
		override: (ctx) => {
			const json = ctx.jsonSchema as JsonSchema;
			const name = OBJECT_SCHEMAS.get(ctx.zodSchema);
			if (name && options.docs?.[name]) {
				const docs = options.docs[name];
				if (docs.description) json.description = docs.description;
				for (const [field, property] of Object.entries(json.properties ?? {})) {
					const description = docs.fields[field];
					// A copy: zod shares one JSON object between all uses of a schema like `kebabCaseId`.
					if (description) json.properties![field] = { ...property, description };
				}
			}
			if (json.type === 'string' && json.format === 'date') json.patternErrorMessage = DATE_MESSAGE;
			else if (json.type === 'string' && json.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$')
				json.patternErrorMessage = KEBAB_CASE_MESSAGE;
			else if (json.type === 'string' && json.format === 'uri') {
				json.pattern = '^https?://';
				json.patternErrorMessage = 'Must be a full http:// or https:// address, like https://example.com/article.';
			}
		},
	}) as JsonSchema;

	const properties = schema.properties!;
	properties.summary!.pattern = '^[^\\r\\n]*$';
	properties.summary!.patternErrorMessage = 'Must be one line; keep it to one plain sentence.';
	properties.pillar = {
		...properties.pillar,
		enum: options.pillars.map((pillar) => pillar.id),
		markdownEnumDescriptions: options.pillars.map((pillar) => pillar.label),
	};
	delete properties.pillar.pattern;
	delete properties.pillar.patternErrorMessage;
	return {
		$schema: schema.$schema,
		title: 'Charter practice record',
		...schema,
		allOf: [
			{
				if: { properties: { status: { not: { const: RECORD_STATUSES[0] } } }, required: ['status'] },
				then: { required: ['decided'] },
			},
			{
				if: { properties: { status: { const: 'accepted' } }, required: ['status'] },
				then: { required: ['alternatives'], properties: { alternatives: { minItems: 1 } } },
			},
		],
	};
}

/** The schema as written to {@link RECORD_JSON_SCHEMA_FILE}: indented JSON with a final newline. */
export function formatJsonSchema(schema: JsonSchema): string {
	return `${JSON.stringify(schema, null, '\t')}\n`;
}
