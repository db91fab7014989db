import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charterDevCheck } from '../../../src/integration/dev-check.ts';
import type { CharterOptions } from '../../../src/schemas/config.ts';

const root = fileURLToPath(new URL('../../fixtures/check-files/', import.meta.url));
const options = { pillars: [{ id: 'outcomes' }], allowedImports: undefined, reviewIntervalMonths: 12 };

/** Starts the dev check against a fake dev server and returns what it logged for each changed file. */
function watch() {
	const handlers = new Map<string, (path: string) => void>();
	const logged: string[] = [];
	const hook = charterDevCheck(root, options as unknown as CharterOptions, '/').hooks['astro:server:setup'];
	const log = (message: string) => logged.push(message);
	void hook?.({
		server: { watcher: { on: (event: string, handler: (path: string) => void) => handlers.set(event, handler) } },
		logger: { error: log, info: log },
	} as never);
	return { change: (file: string) => handlers.get('change')?.(`${root}${file}`), logged };
}

describe('the check in astro dev', () => {
	it('re-checks when a record or another page under content/ changes, and logs the problems', () => {
		const { change, logged } = watch();
		change('content/about.md');
		change('content/practices/kept.md');
		expect(logged).toHaveLength(2);
		expect(logged[0]).toContain('content/about.md:2:1  title is required (is "titel" a misspelling of it?)');
		expect(logged[1]).toContain('content/practices/kept.md:15:36  shows the image "./images/missing.png"');
	});

	it('leaves other files alone', () => {
		const { change, logged } = watch();
		change('src/styles/site.css');
		change('content/practices/images/diagram.png');
		expect(logged).toEqual([]);
	});
});
