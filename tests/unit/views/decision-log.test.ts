import { describe, expect, it } from 'vitest';
import { getDecisionLog } from '../../../src/views/decision-log.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

describe('getDecisionLog', () => {
	it('orders decisions newest first, grouped by year, with open proposals first', () => {
		const log = getDecisionLog(
			makePlaybook([
				makeRecord('old', { decided: '2019-02-15', status: 'superseded' }),
				makeRecord('mid', { decided: '2025-03-01' }),
				makeRecord('new', { decided: '2025-11-30' }),
				makeRecord('open', { status: 'proposed', decided: undefined }),
				makeRecord('newest', { decided: '2026-01-02' }),
			]),
			'/',
		);
		expect(log.map((group) => [group.heading, group.rows.map((row) => row.id)])).toEqual([
			['Not yet decided', ['open']],
			['2026', ['newest']],
			['2025', ['new', 'mid']],
			['2019', ['old']],
		]);
	});

	it('is empty for an empty playbook', () => {
		expect(getDecisionLog(makePlaybook([]), '/')).toEqual([]);
	});
});
