import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		// Build and browser tests start Astro and Chromium; on 2-core machines that takes a while.
		testTimeout: 180_000,
		hookTimeout: 300_000,
	},
});
