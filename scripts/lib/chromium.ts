import type { LaunchOptions } from 'playwright-core';

/**
 * How to launch Debian's Chromium on these machines: headless, and with no network traffic of its
 * own (the machines reach no host but the package registries).
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
	executablePath: '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
} as const satisfies LaunchOptions;
