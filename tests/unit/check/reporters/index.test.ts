import { describe, expect, it } from 'vitest';
import { githubReporter } from '../../../../src/check/reporters/github.ts';
import { getReporter } from '../../../../src/check/reporters/index.ts';
import { jsonReporter } from '../../../../src/check/reporters/json.ts';
import { terminalReporter } from '../../../../src/check/reporters/terminal.ts';

describe('getReporter', () => {
	it('gives the reporter of each format', () => {
		expect(getReporter('text')).toBe(terminalReporter);
		expect(getReporter('json')).toBe(jsonReporter);
		expect(getReporter('github')).toBe(githubReporter);
	});
});
