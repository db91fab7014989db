import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPillarUrl, getRecordUrl, joinBase, ROUTES } from '../../../src/shared/routes.ts';

describe('routes', () => {
	it('has a file under src/routes/ for every page Charter injects', () => {
		for (const route of Object.values(ROUTES)) {
			expect(existsSync(new URL(`../../../src/routes/${route.entrypoint}`, import.meta.url)), route.entrypoint).toBe(
				true,
			);
		}
	});

	it('builds each address from its pattern, under the base path', () => {
		const params = { id: 'okrs', pillar: 'discovery', tag: 'metrics', alias: 'old-okrs' };
		for (const route of Object.values(ROUTES)) {
			const path = route.pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: keyof typeof params) => params[name]);
			const url = route.getUrl('/handbook/', params);
			expect(url.startsWith(`/handbook${path}`), `${route.pattern} → ${url}`).toBe(true);
		}
	});

	it('links a record, a pillar and the feed under any base path', () => {
		expect(getRecordUrl('/', 'okrs')).toBe('/practices/okrs/');
		expect(getRecordUrl('/handbook', 'okrs')).toBe('/handbook/practices/okrs/');
		expect(getPillarUrl('/handbook/', 'discovery')).toBe('/handbook/pillars/discovery/');
		expect(ROUTES.feed.getUrl('/handbook/')).toBe('/handbook/rss.xml');
		expect(ROUTES.home.getUrl('/')).toBe('/');
		expect(ROUTES.alias.getUrl('/handbook', { alias: 'old-okrs' })).toBe('/handbook/practices/old-okrs/');
	});

	it('keeps exactly one slash between the base path and the path', () => {
		expect(joinBase('/handbook/', '/about/')).toBe('/handbook/about/');
		expect(joinBase('/handbook', 'about/')).toBe('/handbook/about/');
		expect(joinBase('/', '')).toBe('/');
	});
});
