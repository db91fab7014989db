/**
 * The marker that starts every placeholder Charter writes (`npm run new`, `npm run import`); the
 * check reports each one left in a record.
 */
export const PLACEHOLDER_MARKER = 'TODO:';
