import type { RecordData } from './record.ts';
import { EN } from '../shared/translations/en.ts';

/** A section Charter adds to a record's page after its body. */
export interface RecordSection {
	/** The heading's id: the anchor links point at. */
	id: string;
	/** The heading's text in English (pages show it in their language: `charter.section.<id>`). */
	label: string;
	/** The frontmatter list the section shows; `undefined` for one computed from the other records. */
	field: keyof RecordData | undefined;
}

/** The sections Charter adds after a record's body, in the order the page shows them. */
export const RECORD_SECTIONS = [
	{ id: 'justification', label: EN['charter.section.justification'], field: 'justification' },
	{ id: 'alternatives-not-chosen', label: EN['charter.section.alternatives-not-chosen'], field: 'alternatives' },
	{ id: 'amendments', label: EN['charter.section.amendments'], field: 'amendments' },
	{ id: 'sources', label: EN['charter.section.sources'], field: 'sources' },
	{ id: 'related-records', label: EN['charter.section.related-records'], field: 'related' },
	{ id: 'supersedes', label: EN['charter.section.supersedes'], field: 'supersedes' },
	// The records that name this one in `related` or `supersedes`.
	{ id: 'referenced-by', label: EN['charter.section.referenced-by'], field: undefined },
] as const satisfies readonly RecordSection[];

/** The id of one of {@link RECORD_SECTIONS}. */
export type RecordSectionId = (typeof RECORD_SECTIONS)[number]['id'];

/** The section with the id `id`. */
export function getRecordSection(id: RecordSectionId): (typeof RECORD_SECTIONS)[number] {
	return RECORD_SECTIONS.find((section) => section.id === id)!;
}
