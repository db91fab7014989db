import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import charter from '../../../src/integration/index.ts';
import { REPO_ROOT } from '../../helpers/astro.ts';
import { createScriptedRepository } from '../../helpers/git-repo.ts';

const temp = mkdtempSync(join(tmpdir(), 'charter-shallow-site-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The warnings Charter's plugin logs while setting up a build of the site at `root`. */
function getSetupWarnings(root: string): string[] {
	const warnings: string[] = [];
	const plugin = charter({
		organization: 'Fixture',
		pillars: [
			{ id: 'outcomes', label: 'Outcomes', description: 'What we measure.' },
			{ id: 'delivery', label: 'Delivery', description: 'How we ship.' },
		],
	});
	const setup = plugin.hooks['config:setup'] as unknown as (options: Record<string, unknown>) => void;
	setup({
		astroConfig: {
			root: pathToFileURL(`${root}/`),
			base: '/',
			site: 'https://x.test',
			publicDir: pathToFileURL(`${root}/public/`),
		},
		command: 'build',
		config: { favicon: '/favicon.svg' },
		logger: { warn: (message: string) => warnings.push(message), info: () => {}, error: () => {} },
		updateConfig: () => {},
		addIntegration: () => {},
		// Starlight's translations, as a site without overrides has them: Charter falls back to its own tables.
		useTranslations: () => Object.assign(() => '', { exists: () => false }),
	});
	return warnings;
}

describe('a build from a shallow clone', () => {
	const full = join(temp, 'full');
	const shallow = join(temp, 'shallow');
	cpSync(join(REPO_ROOT, 'tests/fixtures/check-valid/content'), join(full, 'content'), { recursive: true });
	const repo = createScriptedRepository(full);
	repo.commit('Add the records', '2026-01-05T09:00:00+00:00');
	repo.edit('content/practices/ship-small-batches.md', 'We release', 'We ship');
	repo.commit('Reword', '2026-02-05T09:00:00+00:00');
	execFileSync('git', ['clone', '-q', '--depth', '1', pathToFileURL(full).href, shallow]);

	it('warns once, saying how to fetch the whole history', () => {
		const warnings = getSetupWarnings(shallow).filter((message) => message.includes('shallow'));
		expect(warnings).toMatchInlineSnapshot(`
			[
			  "The history of records is incomplete: this is a shallow clone of the repository, so record pages show only recent changes, without the date each record was added. Fetch the whole history: in GitHub Actions, give actions/checkout \`fetch-depth: 0\`; elsewhere run \`git fetch --unshallow\`.",
			]
		`);
	});

	it('does not warn with the whole history', () => {
		expect(getSetupWarnings(full).filter((message) => message.includes('shallow'))).toEqual([]);
	});
});
