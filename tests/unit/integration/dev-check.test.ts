import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createIncrementalCheck } from '../../../src/check/incremental.ts';
import { charterDevCheck } from '../../../src/integration/dev-check.ts';

const root = fileURLToPath(new URL('../../fixtures/check-files/', import.meta.url));
const options = { pillars: ['outcomes'], reviewIntervalMonths: 12 };

/**
 * Starts the dev check against a fake dev server; returns what it logged, what it sent to the
 * browser, and functions that report a changed file or a browser that connects.
 */
function watch() {
	const handlers = new Map<string, (path: string) => void>();
	const clientHandlers = new Map<string, () => void>();
	const logged: string[] = [];
	const sent: { type: string; err: { message: string; hint: string } }[] = [];
	const playbookCheck = createIncrementalCheck(root, options);
	playbookCheck.check();
	const hook = charterDevCheck(root, playbookCheck).hooks['astro:server:setup'];
	const log = (message: string) => logged.push(message);
	void hook?.({
		server: {
			watcher: { on: (event: string, handler: (path: string) => void) => handlers.set(event, handler) },
			environments: {
				client: {
					hot: {
						send: (payload: (typeof sent)[number]) => sent.push(payload),
						on: (event: string, handler: () => void) => clientHandlers.set(event, handler),
					},
				},
			},
		},
		logger: { error: log, info: log },
	} as never);
	return {
		change: (file: string) => handlers.get('change')?.(`${root}${file}`),
		connect: () => clientHandlers.get('vite:client:connect')?.(),
		logged,
		sent,
	};
}

describe('the check in astro dev', () => {
	it('checks again once after changes that come together, and logs the problems', async () => {
		const { change, logged } = watch();
		change('content/about.md');
		change('content/practices/kept.md');
		await vi.waitFor(() => expect(logged).toHaveLength(1));
		expect(logged[0]).toContain('content/about.md:2:1  title is required (is "titel" a misspelling of it?)');
		expect(logged[0]).toContain('content/practices/kept.md:15:36  shows the image "./images/missing.png"');
	});

	it('shows the problems in the browser’s error overlay, and again in a page that reloads', async () => {
		const { change, connect, sent } = watch();
		change('content/practices/kept.md');
		await vi.waitFor(() => expect(sent).toHaveLength(1));
		expect(sent[0]?.type).toBe('error');
		expect(sent[0]?.err.message).toMatch(/^The playbook has \d+ problems in \d+ files; pages may fail to render/);
		expect(sent[0]?.err.message).toContain('content/practices/kept.md:15:36  shows the image "./images/missing.png"');
		connect();
		expect(sent).toHaveLength(2);
		expect(sent[1]).toEqual(sent[0]);
	});

	it('leaves files alone that the check does not read', async () => {
		const { change, logged, sent } = watch();
		change('src/styles/site.css');
		change('astro.config.mjs');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(logged).toEqual([]);
		expect(sent).toEqual([]);
	});
});
