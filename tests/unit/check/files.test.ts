import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	findIgnoredRecordFiles,
	getRecordId,
	listFiles,
	readRecordFiles,
	reportIgnoredFile,
} from '../../../src/check/files.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const root = fileURLToPath(new URL('../../fixtures/check-files/', import.meta.url));

describe('readRecordFiles', () => {
	it('reads the .md and .mdx files directly in content/practices/, leaving out drafts, subfolders and other extensions', () => {
		expect(readRecordFiles(root).map((record) => record.file)).toMatchInlineSnapshot(`
			[
			  "content/practices/byte-order-mark.md",
			  "content/practices/empty.md",
			  "content/practices/kept.md",
			  "content/practices/unclosed.md",
			]
		`);
	});

	it('reads nothing when the playbook has no content/practices/ folder', () => {
		expect(readRecordFiles(fileURLToPath(new URL('../../fixtures/no-such-playbook/', import.meta.url)))).toEqual([]);
	});
});

describe('findIgnoredRecordFiles', () => {
	it('finds Markdown files in a subfolder or with another extension, but not drafts', () => {
		expect(findIgnoredRecordFiles(root)).toMatchInlineSnapshot(`
			[
			  "content/practices/Old Notes.markdown",
			  "content/practices/outcomes/nested-record.mdx",
			  "content/practices/upper-case.MD",
			]
		`);
	});

	it('reports an ignored file with the kebab-case name it should have, keeping MDX as MDX', () => {
		const files = ['content/practices/Ship Small Batches.MDX', 'content/practices/delivery/Trunk_Based.md'];
		expect(describeProblems(files.map(reportIgnoredFile))).toMatchInlineSnapshot(`
			[
			  "content/practices/Ship Small Batches.MDX:1:1 error has the extension .MDX, which Charter does not read, so it is not in the site → rename it to ship-small-batches.mdx",
			  "content/practices/delivery/Trunk_Based.md:1:1 error is in a subfolder of content/practices/, where Charter does not look for records, so it is not in the site → move it to content/practices/trunk-based.md, or start its name with \`_\` to keep it out of the site on purpose",
			]
		`);
	});
});

describe('getRecordId', () => {
	it('gives the file name without its .md or .mdx extension', () => {
		expect(getRecordId('content/practices/output-vs-outcome.mdx')).toBe('output-vs-outcome');
		expect(getRecordId('content/practices/ship-small-batches.md')).toBe('ship-small-batches');
	});
});

describe('listFiles', () => {
	it('lists matching files under a folder with `/` separators, subfolders included', () => {
		expect(listFiles(root, 'content/guides', /\.md$/).sort()).toEqual(['_draft.md', 'intro.md']);
	});
});
