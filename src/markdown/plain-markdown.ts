// Code whose content MDX and Markdown both keep verbatim: fenced blocks and inline code spans.
const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[^`]*?\1/g;
// What MDX reads differently from Markdown: JSX and HTML tags, comments and autolinks (`<`),
// expressions (`{`), import and export statements.
const MDX_SYNTAX = /[<{]|^(?:import|export)\s/m;
// MDX has no indented code blocks; Markdown does.
const INDENTED_BLOCK = /\n[ \t]*\n(?: {4}|\t)/;

/**
 * Whether an MDX body uses nothing that MDX reads differently from Markdown, so that rendering it
 * as Markdown gives the same page. Compiling MDX costs far more than rendering Markdown, and most
 * records are plain prose, lists and headings.
 */
export function isPlainMarkdown(body: string): boolean {
	const prose = body.replace(FENCED_CODE, '').replace(INLINE_CODE, '');
	return !MDX_SYNTAX.test(prose) && !INDENTED_BLOCK.test(`\n${prose}`);
}
