import { isInForce } from '../check/supersede-chain.ts';
import type { RecordStatus } from '../schemas/record.ts';

/**
 * How search ranks a record by its status, with Pagefind's own means. For the same words, records in
 * force (proposed, accepted) rank above records that are not (rejected, deprecated, superseded), so
 * that a search that matches a superseded record and the record that replaced it shows the current
 * one first. Records not in force are never left out: a search still finds them, and the status
 * filter still reaches every status.
 *
 * Pagefind ranks a page by its words, each counted by the weight of the element it sits in, plus a
 * boost for each metadata field the search words match (5 times for the title). The title boost
 * outweighs the words of the page, so each lever covers one kind of match:
 * - words in the page: a record not in force wraps its page in {@link NOT_IN_FORCE_SEARCH_WEIGHT};
 * - words in the title: a record in force repeats its title in the hidden metadata field
 *   {@link IN_FORCE_SEARCH_FIELD}, which the site's Pagefind ranking boosts as much as the title.
 */

/** The weight of the words of a record not in force, against 1 for a record in force. Above zero, so it is still found. */
export const NOT_IN_FORCE_SEARCH_WEIGHT = 0.25;

/** The Pagefind metadata field that repeats the title of a record in force; search results do not show it. */
export const IN_FORCE_SEARCH_FIELD = 'in_force';

/** The ranking boost of {@link IN_FORCE_SEARCH_FIELD}: as much as Pagefind gives the title by default. */
export const IN_FORCE_SEARCH_BOOST = 5;

/** Charter's part of Pagefind's `ranking` option, for a search that does not go through Starlight's. */
export const SEARCH_RANKING = { metaWeights: { [IN_FORCE_SEARCH_FIELD]: IN_FORCE_SEARCH_BOOST } };

/** What a record page gives Pagefind to rank the record by its status. */
export interface SearchRanking {
	/** The weight of the page's words (`data-pagefind-weight`), or `undefined` for the default. */
	weight?: number | undefined;
	/** The value of {@link IN_FORCE_SEARCH_FIELD}, or `undefined` for a record not in force. */
	inForceTitle?: string | undefined;
}

/** How search ranks a record of this status and title. */
export function getSearchRanking(status: RecordStatus, title: string): SearchRanking {
	return isInForce(status) ? { inForceTitle: title } : { weight: NOT_IN_FORCE_SEARCH_WEIGHT };
}

/** What {@link withSearchRanking} reads of Starlight's `pagefind` option. */
interface PagefindOption {
	ranking?: { metaWeights?: Record<string, number> | undefined } | undefined;
}

/**
 * Starlight's `pagefind` option (`true`, absent or options) with Charter's ranking boost added to
 * its `ranking.metaWeights`; a site's own `metaWeights` come last and win.
 */
export function withSearchRanking<T extends PagefindOption>(pagefind: T | true | undefined): T | PagefindOption {
	const options: PagefindOption = typeof pagefind === 'object' ? pagefind : {};
	return {
		...options,
		ranking: {
			...options.ranking,
			metaWeights: { ...SEARCH_RANKING.metaWeights, ...options.ranking?.metaWeights },
		},
	};
}
