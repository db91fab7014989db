/**
 * The checks of a record's body, one module per concern: MDX syntax and components ({@link checkMdxBody}),
 * its imports and code (`esm.ts`), JavaScript in expressions (`expressions.ts`), raw HTML and link
 * addresses (`html.ts`), plain Markdown ({@link checkMarkdownBody}), placeholders, and the outline of
 * links and headings that the checks across records read.
 */
export { DEFAULT_ALLOWED_IMPORTS, isAllowedImport, type MdxCheckOptions } from './esm.ts';
export { checkMarkdownBody } from './markdown.ts';
export { checkMdxBody } from './mdx.ts';
export { getHeadingIds, type BodyOutline } from './outline.ts';
export { checkBodyPlaceholders, checkFrontmatterPlaceholders } from './placeholders.ts';
export type { RecordBody } from './tree.ts';
