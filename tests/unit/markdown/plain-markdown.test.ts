import { describe, expect, test } from 'vitest';
import { isPlainMarkdown } from '../../../src/markdown/plain-markdown.ts';

describe('isPlainMarkdown', () => {
	test('accepts prose, headings, lists, links, emphasis and asides', () => {
		const body = [
			'## Context',
			'',
			'We fund **teams**, not _projects_; see [the record](/practices/x/) and https://example.org.',
			'',
			'- one',
			'  - nested',
			'1. first',
			'',
			':::note',
			'An aside.',
			':::',
			'',
			'> A quote.',
		].join('\n');
		expect(isPlainMarkdown(body)).toBe(true);
	});

	test('accepts angle brackets and braces inside code, which MDX keeps verbatim too', () => {
		expect(isPlainMarkdown('Use `<Card>` or `{x}` here.\n\n```astro\n<Card title={x} />\n```\n\nDone.')).toBe(true);
		expect(isPlainMarkdown('~~~\nimport x from "y";\n~~~\n')).toBe(true);
		// An unclosed fence runs to the end of the document in both.
		expect(isPlainMarkdown('Text.\n\n```\n<Card />')).toBe(true);
	});

	test.each([
		['a component', 'Read this.\n\n<Aside>Careful.</Aside>'],
		['an HTML tag', 'Text with <abbr title="x">abbr</abbr>.'],
		['an HTML comment', 'Text. <!-- note -->'],
		['an autolink', 'See <https://example.org>.'],
		['an expression', 'There are {count} teams.'],
		['an import', "import Card from '../card.astro';\n\nText."],
		['an export', 'export const x = 1;\n\nText.'],
		['an indented code block', 'Text.\n\n    code\n'],
	])('refuses a body with %s, which MDX reads differently', (_, body) => {
		expect(isPlainMarkdown(body)).toBe(false);
	});
});
