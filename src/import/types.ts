/** The decision-record formats the importer reads. */
export type AdrFormat = 'MADR 4' | 'MADR 3' | 'MADR 2' | 'MADR' | 'log4brains' | 'Nygard' | 'unrecognized';

/** A Markdown link as written in a decision record. */
export interface AdrLink {
	/** The link's text, as plain text. */
	text: string;
	/** The address as written: a URL, or a path to another record such as `0002-use-mysql.md`. */
	target: string;
}

/** A statement from a decision record (a driver, a "good, because" point), as plain text with its links. */
export interface AdrPoint {
	text: string;
	links: AdrLink[];
}

/** A relation to another record written in the status or links of a record, like "Superseded by [3. …](0003-….md)". */
export interface AdrRelation {
	/** The relation's words in lowercase, like `superseded by`, `supersedes`, `amends`, `refined by`. */
	relation: string;
	link: AdrLink;
}

/** Something the importer tells the user about one file. */
export interface ImportNote {
	/**
	 * `note`: worth knowing, nothing to do; `not-mapped`: content that has no field, kept in the body;
	 * `needs-human`: the record is written, but someone has to complete or confirm it.
	 */
	kind: 'note' | 'not-mapped' | 'needs-human';
	text: string;
}

/** What a format parser reads from one decision record, before ids and links across records are resolved. */
export interface ParsedAdr {
	/** The file's name, like `0003-use-postgresql.md`. */
	file: string;
	format: AdrFormat;
	title?: string;
	/** The status as written, in plain text; `undefined` when the record gives none. */
	status?: string;
	/** Whether the body still holds the status as written (adr-tools keeps an unknown status in its Status section). */
	statusInBody?: boolean;
	/** The date as written. */
	date?: string;
	/** People named as deciders or decision-makers. */
	deciders: string[];
	/** Which metadata field named the deciders, like `decision-makers` or `Deciders`. */
	decidersLabel?: string;
	tags: string[];
	drivers: AdrPoint[];
	/** The chosen option and the reason given with it, when the record names one. */
	chosen?: { option: string; because?: AdrPoint };
	/** The "good, because" points of the chosen option. */
	chosenGood: AdrPoint[];
	/** Every considered option other than the chosen one, with its "bad, because" points. */
	alternatives: { option: string; bad: AdrPoint[] }[];
	/** Relations to other records from the status and links sections. */
	relations: AdrRelation[];
	/** The first sentence of the decision, for the summary. */
	decision?: string;
	/** The first sentence of the context, when there is no decision text. */
	context?: string;
	/** Metadata with no field, kept in the body: `[label, value]`. */
	otherMetadata: [string, string][];
	/** The Markdown body that remains once mapped parts are removed; links are rewritten later. */
	body: string;
	/** Headings of the sections kept in the body. */
	keptSections: string[];
	notes: ImportNote[];
}

/** How records are imported. */
export interface ConvertOptions {
	/** The pillar every imported record belongs to. */
	pillar: string;
	/** The owner of every imported record; without it, each record's deciders become its owners. */
	owner?: string;
	/** The day git first committed each file (`YYYY-MM-DD`), keyed by file name: `decided` when a record gives no date. */
	committed?: ReadonlyMap<string, string>;
	/** The path, relative to the imported folder, of a local file an image shows, when it is there to copy. */
	findAsset?: (url: string) => string | undefined;
}
