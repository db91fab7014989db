import { describe, expect, it } from 'vitest';
import { findMarkupInExpressions } from '../../../../src/check/body/parse-mdx.ts';

const markupIn = (body: string) => findMarkupInExpressions(body).map((offset) => body.slice(offset, offset + 2));

describe('findMarkupInExpressions', () => {
	it('finds the tags inside text and attribute expressions, and after a brace that is never closed', () => {
		expect(markupIn('Text {<b>x</b>} and <a b={<i/>}>y</a> then {<u>')).toEqual(['<b', '</', '<i', '<u']);
	});

	it('skips tags outside expressions, in code, after an escaped brace and in quoted attribute values', () => {
		const body = ['<a title="{">link</a> `{<b>}` \\{<i>', '```', '{<b>}', '```', "<c d='}{'>x</c>"].join('\n');
		expect(markupIn(body)).toEqual([]);
	});
});
