import type { z } from 'zod';
import { recordSchema, type RecordData } from '../schemas/record.ts';
import { getValueAt, type ParsedFrontmatter } from './frontmatter.ts';
import { createProblem, formatFieldPath, type Problem } from './problems.ts';
import { didYouMean } from '../shared/suggest.ts';

/** A record whose frontmatter passed the schema, with what is needed to point at its fields. */
export interface ValidRecord {
	/** The record's permanent id: its file name without extension. */
	id: string;
	/** Path of the file relative to the project root. */
	file: string;
	data: RecordData;
	/** Finds a field's line and column in the file. */
	locate: ParsedFrontmatter['locate'];
}

/**
 * A record as the rules across records see it. Fields that failed the schema are absent, so that a
 * record with a broken field still has its other fields checked in the same run.
 */
export interface CheckedRecord extends Omit<ValidRecord, 'data'> {
	data: Partial<RecordData>;
}

const RECORD_FIELDS = Object.keys(recordSchema.shape);

/**
 * Checks one record's frontmatter against the record schema and turns every zod issue into a
 * located problem. Returns the parsed data when it is valid.
 */
export function checkRecordData(
	file: string,
	frontmatter: ParsedFrontmatter,
): { data?: RecordData; problems: Problem[] } {
	const result = recordSchema.safeParse(frontmatter.data);
	if (result.success) return { data: result.data, problems: [] };
	return { problems: result.error.issues.flatMap((issue) => describeIssue(file, frontmatter, issue)) };
}

/**
 * The fields of an invalid record's frontmatter that pass the schema on their own, with defaults for
 * the missing lists, so the rules across records can still check them.
 */
export function getValidFields(data: unknown): Partial<RecordData> {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
	const valid: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(recordSchema.shape)) {
		const result = schema.safeParse((data as Record<string, unknown>)[key]);
		if (result.success && result.data !== undefined) valid[key] = result.data;
	}
	return valid as Partial<RecordData>;
}

function describeIssue(file: string, frontmatter: ParsedFrontmatter, issue: z.core.$ZodIssue): Problem[] {
	const at = (path: readonly PropertyKey[], key = false) => ({ file, ...frontmatter.locate(path, { key }) });
	if (issue.code === 'unrecognized_keys') {
		const known = issue.path.length === 0 ? RECORD_FIELDS : knownKeysAt(issue.path);
		return issue.keys.map((key) =>
			createProblem('field/unknown', at([...issue.path, key], true), {
				field: formatFieldPath([...issue.path, key]),
				message: `is not a field of ${issue.path.length === 0 ? 'a record' : 'this entry'}${didYouMean(key, known)}`,
				fix: `remove "${key}" or correct its spelling; known fields: ${known.join(', ')}`,
			}),
		);
	}
	const field = formatFieldPath(issue.path);
	// A missing field fails as a wrong type (`title`) or as a value not in a list (`status`): both are
	// reported the same way, as missing.
	if (
		(issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
		getValueAt(frontmatter.data, issue.path) === undefined
	) {
		const hint =
			issue.code === 'invalid_value'
				? `with one of ${issue.values.join(', ')}`
				: // An id's own message says only that it is text; the field's fix says which id.
					issue.message === 'must be a text value'
					? `and ${fixFor(issue.path)}`
					: requiredHint(issue.message);
		return [
			createProblem('field/invalid', at(issue.path), {
				field,
				message: 'is required',
				fix: `add \`${String(issue.path.at(-1))}:\` ${hint}`,
			}),
		];
	}
	if (issue.code === 'invalid_value' && issue.path.at(-1) === 'status') {
		const value = getValueAt(frontmatter.data, issue.path);
		return [
			createProblem('field/invalid', at(issue.path), {
				field,
				message: `is "${String(value)}", which is not a status${didYouMean(String(value), issue.values.map(String))}`,
				fix: `use one of ${issue.values.join(', ')}`,
			}),
		];
	}
	return [createProblem('field/invalid', at(issue.path), { field, message: issue.message, fix: fixFor(issue.path) })];
}

// The hint reuses the schema's own message (`must be a short title` → `with a short title`): the
// schema sets it per field with `{ error }`, which zod ranks above a per-parse or global error map,
// and the issue's code and `expected` ("string") do not say what the field should hold.
function requiredHint(message: string): string {
	return message.replace(/^must be /, 'with ').replace(/^must /, 'that must ');
}

const FIELD_FIXES: Record<string, string> = {
	title: 'give the practice a short title, like title: Output vs outcome',
	summary: 'write one plain sentence of at most 240 characters, on one line',
	pillar: 'use the id of a configured pillar, like pillar: outcomes',
	decided: 'write the date as YYYY-MM-DD, like decided: 2025-03-14',
	reviewed: 'write the date as YYYY-MM-DD, like reviewed: 2025-03-14',
	published: 'write the date as YYYY-MM-DD, like published: 2021-12-14',
	owners: 'list at least one team or person handle, like owners: [product-leadership]',
	tags: 'use lowercase words joined by hyphens, like tags: [team-topology]',
	justification: 'add at least one claim, like:  - claim: Why this works for us.  sources: [source-id]',
	claim: 'write the reason as one sentence',
	alternatives: 'add each option considered, like:  - option: What we could have done.  reason: Why we did not.',
	option: 'name the option that was considered',
	reason: 'say why the option was not chosen',
	sources: 'list source ids defined in this record’s sources, like sources: [ries-lean]',
	id: 'use a kebab-case id, like ries-lean',
	url: 'use the full address of the source, starting with https://',
	author: "write the author's name, or remove the key",
	publisher: "write the publisher's name, or remove the key",
	related: 'list the ids of other records, like related: [output-vs-outcome]',
	supersedes: 'list the ids of older records, like supersedes: [fund-technology-as-projects]',
};

function fixFor(path: readonly PropertyKey[]): string {
	const name = [...path].reverse().find((segment) => typeof segment === 'string');
	return (name !== undefined && FIELD_FIXES[name]) || 'correct the value';
}

const NESTED_KEYS: Record<string, string[]> = {
	justification: ['claim', 'sources'],
	alternatives: ['option', 'reason', 'sources'],
	sources: ['id', 'title', 'url', 'author', 'publisher', 'published'],
};

function knownKeysAt(path: readonly PropertyKey[]): string[] {
	return NESTED_KEYS[String(path[0])] ?? [];
}
