import type { RecordData } from './record.ts';

/** A section Charter adds to a record's page after its body. */
export interface RecordSection {
	/** The heading's id: the anchor links point at. */
	id: string;
	/** The heading's text. */
	label: string;
	/** The frontmatter list the section shows; `undefined` for one computed from the other records. */
	field: keyof RecordData | undefined;
}

/** The sections Charter adds after a record's body, in the order the page shows them. */
export const RECORD_SECTIONS = [
	{ id: 'justification', label: 'Justification', field: 'justification' },
	{ id: 'alternatives-not-chosen', label: 'Alternatives not chosen', field: 'alternatives' },
	{ id: 'amendments', label: 'Amendments', field: 'amendments' },
	{ id: 'sources', label: 'Sources', field: 'sources' },
	{ id: 'related-records', label: 'Related records', field: 'related' },
	{ id: 'supersedes', label: 'Supersedes', field: 'supersedes' },
	// The records that name this one in `related` or `supersedes`.
	{ id: 'referenced-by', label: 'Referenced by', field: undefined },
] as const satisfies readonly RecordSection[];

/** The id of one of {@link RECORD_SECTIONS}. */
export type RecordSectionId = (typeof RECORD_SECTIONS)[number]['id'];

/** The section with the id `id`. */
export function getRecordSection(id: RecordSectionId): (typeof RECORD_SECTIONS)[number] {
	return RECORD_SECTIONS.find((section) => section.id === id)!;
}
