import { describe, expect, it } from 'vitest';
import { getSearchTermFromPath } from '../../../src/views/not-found.ts';

describe('getSearchTermFromPath', () => {
	it('turns the words of a missing record address into a search', () => {
		expect(getSearchTermFromPath('/practices/continuous-discvery/', '/')).toBe('continuous discvery');
	});

	it('leaves out the base path', () => {
		expect(getSearchTermFromPath('/handbook/practices/weekly_interviews.html', '/handbook/')).toBe('weekly interviews');
		expect(getSearchTermFromPath('/handbook/tags/Funding', '/handbook')).toBe('funding');
	});

	it('decodes escaped characters, and keeps a malformed address as written', () => {
		expect(getSearchTermFromPath('/r%C3%A9sum%C3%A9/', '/')).toBe('résumé');
		expect(getSearchTermFromPath('/bad%E0%A4%A/', '/')).toBe('bad%e0%a4%a');
	});

	it('gives nothing to search for the bare base path', () => {
		expect(getSearchTermFromPath('/handbook/', '/handbook/')).toBe('');
	});
});
