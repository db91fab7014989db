import { describe, expect, it } from 'vitest';
import { decode, getLinkTarget, getPageUrl, isExternalAddress, stripBase } from '../../../src/shared/links.ts';

const context = { file: 'content/practices/okrs.mdx', practicesDir: 'content/practices' };

describe('getLinkTarget', () => {
	it('reads a link to a record written as its file, with or without a heading', () => {
		expect(getLinkTarget('./output-vs-outcome.mdx#definition', context)).toEqual({
			kind: 'record',
			id: 'output-vs-outcome',
			hash: 'definition',
			file: 'content/practices/output-vs-outcome.mdx',
		});
		expect(getLinkTarget('output-vs-outcome.md', context)).toMatchObject({ kind: 'record', id: 'output-vs-outcome' });
	});

	it('reads a link to a record page from the site root, under the base path, or relative to the page', () => {
		const record = { kind: 'record', id: 'output-vs-outcome', hash: '' };
		expect(getLinkTarget('/practices/output-vs-outcome/', context)).toEqual(record);
		expect(getLinkTarget('/handbook/practices/output-vs-outcome', { ...context, base: '/handbook' })).toEqual(record);
		expect(getLinkTarget('../output-vs-outcome/', context)).toEqual(record);
	});

	it('tells other kinds of links apart', () => {
		expect(getLinkTarget('https://example.org/a.md', context)).toEqual({ kind: 'external' });
		expect(getLinkTarget('//example.org/', context)).toEqual({ kind: 'external' });
		expect(getLinkTarget('#context', context)).toEqual({ kind: 'same-page', hash: 'context' });
		expect(getLinkTarget('../about.md#history', context)).toEqual({
			kind: 'page',
			file: 'content/about.md',
			url: '/about/',
			hash: 'history',
		});
		expect(getLinkTarget('../guides/index.md', context)).toMatchObject({ kind: 'page', url: '/guides/' });
		expect(getLinkTarget('./drafts/idea.md', context)).toEqual({
			kind: 'markdown-file',
			file: 'content/practices/drafts/idea.md',
		});
		expect(getLinkTarget('../../README.md', context)).toEqual({ kind: 'markdown-file', file: 'README.md' });
		expect(getLinkTarget('/tags/okrs/', context)).toEqual({ kind: 'site' });
	});
});

describe('link helpers', () => {
	it('counts an address with a scheme or another host as external, and a site path as not', () => {
		expect(isExternalAddress(' mailto:team@example.org')).toBe(true);
		expect(isExternalAddress('//example.org/')).toBe(true);
		expect(isExternalAddress('/practices/okrs/')).toBe(false);
	});

	it('removes the base path from a path that starts with it, and only then', () => {
		expect(stripBase('/handbook/about/', '/handbook/')).toBe('/about/');
		expect(stripBase('/handbook/about/', 'handbook')).toBe('/about/');
		expect(stripBase('/handbooks/about/', '/handbook/')).toBe('/handbooks/about/');
		expect(stripBase('/about/')).toBe('/about/');
	});

	it('gives a page under content/ the address Starlight publishes it at', () => {
		expect(getPageUrl('guides/Intro.md')).toBe('/guides/intro/');
		expect(getPageUrl('guides/index.mdx')).toBe('/guides/');
		expect(getPageUrl('index.md')).toBe('/');
	});

	it('decodes percent-encoding and leaves text that is not valid percent-encoding as written', () => {
		expect(decode('a%20b')).toBe('a b');
		expect(decode('100%')).toBe('100%');
	});
});
