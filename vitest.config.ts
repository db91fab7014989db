import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				// Pure modules and small fixture trees: no built site, so one unit test runs in a second.
				// A few spawn the CLI as a process: a second when the machine is idle, but 20 to 40 s each when
				// a 2-core machine also builds sites, so their timeout leaves room for that.
				// Fixture sites import Charter by its package name, which resolves to the built lib/.
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					globalSetup: ['tests/build-package-setup.ts'],
					testTimeout: 120_000,
				},
			},
			{
				// Tests that build a site or drive Chromium; the sample playbook is built once for all of them.
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/build-package-setup.ts', 'tests/global-setup.ts'],
					// Astro and Chromium start slowly on 2-core machines.
					testTimeout: 180_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
