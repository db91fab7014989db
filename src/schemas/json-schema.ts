import { z } from 'zod';
import { kebabCaseId, recordSchema, RECORD_STATUSES } from './record.ts';

/** Where the JSON Schema of a record's frontmatter is written, relative to the project root. */
export const RECORD_JSON_SCHEMA_FILE = 'schemas/record.schema.json';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

const KEBAB_CASE_MESSAGE = 'Must be kebab-case: lowercase letters, digits and single hyphens, like output-vs-outcome.';
const DATE_MESSAGE = 'Must be a date written YYYY-MM-DD, like 2025-03-14.';

/**
 * The JSON Schema (draft-07) of a record's frontmatter, generated from the zod record schema: the
 * input shape (defaults are optional), with the configured pillars as an enum, the rules zod checks
 * in code (`decided` unless proposed, alternatives for accepted records) as conditions, the `.meta`
 * description of each schema and field, and readable messages for patterns in editors that show them.
 */
export function getRecordJsonSchema(options: { pillars: readonly { id: string; label: string }[] }): JsonSchema {
	const schema = z.toJSONSchema(recordSchema, {
		io: 'input',
		target: 'draft-07',
		unrepresentable: 'any',
		override: (ctx) => {
			const json = ctx.jsonSchema as JsonSchema;
			if (json.type === 'string' && json.format === 'date') json.patternErrorMessage = DATE_MESSAGE;
			// The shared id schema only: its described copies (a source's `id`) have never had the message,
			// and the checked-in file stays as it was.
			else if (ctx.zodSchema === kebabCaseId) json.patternErrorMessage = KEBAB_CASE_MESSAGE;
			else if (json.type === 'string' && json.format === 'uri') {
				json.pattern = '^https?://';
				json.patternErrorMessage = 'Must be a full http:// or https:// address, like https://example.com/article.';
			}
			// zod writes a `.meta` description before the keywords it copies from the wrapped schema; last, it
			// reads after the constraints it explains, as it always has in the checked-in file.
			if (typeof json.description === 'string') {
				const { description } = json;
				delete json.description;
				json.description = description;
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
