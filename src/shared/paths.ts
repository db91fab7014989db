/** Where the site's pages live, relative to its root: every Markdown page under it is part of the site. */
export const PAGES_DIR = 'content';

/** Where records live, relative to the site's root: one `<id>.md` or `<id>.mdx` file per record. */
export const PRACTICES_DIR = `${PAGES_DIR}/practices`;

/**
 * The checked-in file of known gaps, at the site's root: problems the check and the build accept
 * until someone fixes them (written by `npm run import`, pruned by `npm run check -- --prune`).
 */
export const GAPS_FILE = 'charter-gaps.json';
