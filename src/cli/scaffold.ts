import { toKebabCase } from '../shared/ids.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PRACTICES_DIR } from '../shared/paths.ts';
import { PLACEHOLDER_MARKER } from '../shared/placeholders.ts';

/** What a new record starts from. */
export interface NewRecord {
	/** Kebab-case id; the file is `content/practices/<id>.mdx`. */
	id: string;
	title: string;
	/** A configured pillar id. */
	pillar: string;
	/** At least one kebab-case owner handle. */
	owners: readonly string[];
	tags: readonly string[];
}

const MAX_ID_LENGTH = 60;

/**
 * Derives a record id from a title: ASCII letters and digits, lowercase, words joined by hyphens,
 * at most 60 characters, cut at a word boundary ("Zwölf Schritte: Öffnung" → "zwolf-schritte-offnung").
 */
export function getRecordIdFromTitle(title: string): string {
	const words = toKebabCase(title).split('-').filter(Boolean);
	let id = '';
	for (const word of words) {
		const next = id ? `${id}-${word}` : word;
		if (next.length > MAX_ID_LENGTH) return id || word.slice(0, MAX_ID_LENGTH);
		id = next;
	}
	return id;
}

/** The file that already holds the record `id` (`.md` or `.mdx`), relative to the root, if any. */
export function findRecordFile(root: string, id: string): string | undefined {
	return ['mdx', 'md']
		.map((extension) => `${PRACTICES_DIR}/${id}.${extension}`)
		.find((file) => existsSync(join(root, file)));
}

const todo = (text: string) => `"${PLACEHOLDER_MARKER} ${text}"`;
const yamlValue = (value: string) => stringify(value).trimEnd();
const yamlList = (values: readonly string[]) => `[${values.join(', ')}]`;

/**
 * The text of a new record: every field and section of the record format, with placeholders that
 * start with `TODO:`. The check reports each placeholder until it is replaced.
 */
export function renderRecordTemplate(record: NewRecord): string {
	return `---
title: ${yamlValue(record.title)}
summary: ${todo('one plain sentence, at most 240 characters, that says what the practice is.')}
pillar: ${record.pillar}
# proposed, then accepted or rejected; later deprecated, or superseded by a newer record.
status: proposed
# Once the status is not proposed, add the date of the decision and, after each review, the date of the review:
# decided: YYYY-MM-DD
# reviewed: YYYY-MM-DD
owners: ${yamlList(record.owners)}
tags: ${yamlList(record.tags)}
# Why we chose this: one claim per reason, each citing the sources below by id.
justification:
  - claim: ${todo('one reason this is the right choice for us, in our own words.')}
    sources: [first-source]
# What we considered and did not choose, and why. An accepted record needs at least one.
alternatives:
  - option: ${todo('an option we considered.')}
    reason: ${todo('why we did not choose it.')}
# Articles, books and talks the claims and reasons cite. Delete what you do not use, with its id above.
sources:
  - id: first-source
    title: ${todo('the title of the article, book or talk.')}
    # url: https://example.com/article
    # author: Name of the author
    # publisher: Name of the site or publisher
    # published: YYYY-MM-DD
# Ids of other records a reader should also see, and of older records this one replaces.
related: []
supersedes: []
# Once accepted, the decision (title, summary, pillar, claims, alternatives, body) changes only with a new
# dated entry here, oldest first; see CONTRIBUTING.md, "Change an accepted decision":
# amendments:
#   - date: YYYY-MM-DD
#     summary: What changed in the decision, and why.
# After renaming this file, list the old id here, so that its old address redirects:
# aliases: [old-id]
---

## Definition

${PLACEHOLDER_MARKER} say what the practice is, in a few short paragraphs.

## Context

${PLACEHOLDER_MARKER} say what led to this decision: the situation, the problem, what was tried before.

## In practice

${PLACEHOLDER_MARKER} list what people do differently when they follow the practice.

## Signs it is working

${PLACEHOLDER_MARKER} list what we expect to see when the practice works, and when to revisit it.
`;
}

/** Writes a new record to `content/practices/<id>.mdx` and returns the path relative to the root. Refuses to overwrite. */
export function writeRecordFile(root: string, record: NewRecord): string {
	const existing = findRecordFile(root, record.id);
	if (existing) throw new Error(`${existing} already exists.`);
	const file = `${PRACTICES_DIR}/${record.id}.mdx`;
	mkdirSync(join(root, PRACTICES_DIR), { recursive: true });
	writeFileSync(join(root, file), renderRecordTemplate(record), { flag: 'wx' });
	return file;
}
