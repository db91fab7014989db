import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import {
	findEscapingSymlinks,
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

describe('findEscapingSymlinks', () => {
	// The links are made at run time in a temporary copy, so the repository holds no link to a file of
	// this machine; "outside" is a folder next to the copy.
	let temp: string;
	let site: string;
	beforeAll(() => {
		temp = mkdtempSync(join(tmpdir(), 'charter-symlinks-'));
		site = join(temp, 'site');
		cpSync(fileURLToPath(new URL('../../fixtures/check-valid/', import.meta.url)), site, { recursive: true });
		mkdirSync(join(temp, 'outside'));
		writeFileSync(join(temp, 'outside', 'secret.txt'), 'build machine secret\n');
		mkdirSync(join(site, 'public'));
		mkdirSync(join(site, 'shared'));
		writeFileSync(join(site, 'shared', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		symlinkSync('../../outside/secret.txt', join(site, 'public', 'notes.txt'));
		symlinkSync(join(temp, 'outside'), join(site, 'content', 'leaked'));
		symlinkSync('../shared/logo.svg', join(site, 'public', 'logo.svg'));
		symlinkSync('../shared', join(site, 'public', 'shared'));
		symlinkSync('../../outside/secret.txt', join(site, 'shared', 'secret.txt'));
		symlinkSync('.', join(site, 'public', 'loop'));
	});
	afterAll(() => rmSync(temp, { recursive: true, force: true }));

	it('reports links under content/ and public/ that resolve outside the project, and follows those inside it', () => {
		const problems = checkPlaybook(site, { pillars: ['outcomes', 'delivery'] }).problems.filter(
			(problem) => problem.kind === 'file/symlink',
		);
		expect(describeProblems(problems).map((line) => line.replaceAll(realpathSync(temp), '/tmp/…')))
			.toMatchInlineSnapshot(`
			[
			  "content/leaked:1:1 error is a symbolic link to /tmp/…/outside, outside the project, so the build would publish a file of the machine that builds the site → replace the link with a copy of the file, or point it at a file inside the project",
			  "public/notes.txt:1:1 error is a symbolic link to /tmp/…/outside/secret.txt, outside the project, so the build would publish a file of the machine that builds the site → replace the link with a copy of the file, or point it at a file inside the project",
			  "public/shared/secret.txt:1:1 error is a symbolic link to /tmp/…/outside/secret.txt, outside the project, so the build would publish a file of the machine that builds the site → replace the link with a copy of the file, or point it at a file inside the project",
			]
		`);
	});

	it('finds nothing when every link stays inside the project', () => {
		rmSync(join(site, 'public', 'notes.txt'));
		rmSync(join(site, 'content', 'leaked'));
		rmSync(join(site, 'shared', 'secret.txt'));
		expect(findEscapingSymlinks(site)).toEqual([]);
	});
});
