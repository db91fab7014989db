import { appendFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, createTempDir, removeDir, runAstro } from '../helpers/astro.ts';

const site = copyFixtureSite('check-valid', 'unsafe-content');
const outside = createTempDir('outside');
const outDir = createTempDir('unsafe-content-dist');
afterAll(() => [site, outside, outDir].forEach(removeDir));

describe('astro build of a playbook with unsafe content', () => {
	it('stops on an image from another origin and on a symlink out of the project, naming file and line', () => {
		// Line 28 of the record, after its 26 lines and a blank one.
		appendFileSync(
			join(site, 'content/practices/ship-small-batches.md'),
			'\n![chart](https://tracker.example.net/pixel.png)\n',
		);
		writeFileSync(join(outside, 'secret.txt'), 'a file of the build machine\n');
		mkdirSync(join(site, 'public'), { recursive: true });
		symlinkSync(join(outside, 'secret.txt'), join(site, 'public/notes.txt'));

		const { status, output } = runAstro(['build', '--root', site, '--outDir', outDir]);

		expect(status).toBe(1);
		const lines = output
			.split('\n')
			.filter((line) => /ship-small-batches|notes\.txt|pixel\.png/.test(line))
			.map((line) => line.replace(outside, '<outside>'));
		expect(lines.join('\n')).toMatchInlineSnapshot(`
			"content/practices/ship-small-batches.md
			  content/practices/ship-small-batches.md:28:1  loads "https://tracker.example.net/pixel.png" from another origin (https://tracker.example.net) through an image, so every reader's browser would call it
			public/notes.txt
			  public/notes.txt:1:1  is a symbolic link to <outside>/secret.txt, outside the project, so the build would publish a file of the machine that builds the site"
		`);
		expect(output).toContain('the build stopped before rendering any page');
	});
});
