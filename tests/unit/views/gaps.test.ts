import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../../src/import/convert.ts';
import { getIncompleteRecords, getRecordGaps } from '../../../src/views/gaps.ts';
import { getRecordView } from '../../../src/views/record-view.ts';
import { makePlaybook, makeRecord } from '../../helpers/playbook.ts';

const incomplete = makeRecord('pick-a-queue', {
	title: 'Pick a queue',
	owners: ['platform-team'],
	justification: [{ claim: PLACEHOLDER.claim }],
	alternatives: [
		{ option: 'RabbitMQ', reason: PLACEHOLDER.reason },
		{ option: 'SQS', reason: 'It ties us to one cloud.' },
		{ option: PLACEHOLDER.option, reason: PLACEHOLDER.reason },
	],
});
const playbook = makePlaybook([incomplete, makeRecord('complete', { title: 'Complete' })]);

describe('an incomplete record', () => {
	it('says in words what it leaves missing, one sentence per gap', () => {
		expect(getRecordGaps(incomplete.data)).toEqual([
			'the reasons this decision was made are missing',
			'the other options that were considered are missing',
			'the reason option “RabbitMQ” was not chosen is missing',
		]);
		expect(getRecordGaps(playbook.byId.get('complete')!.data)).toEqual([]);
	});

	it('never puts TODO text on its page: placeholder claims and options are left out, a placeholder reason is marked missing', () => {
		const view = getRecordView(playbook, 'pick-a-queue', {}, '/', 'content/practices/pick-a-queue.md');
		expect(view.justification).toEqual([]);
		expect(view.alternatives.map(({ option, reason, missing }) => ({ option, reason, missing }))).toEqual([
			{ option: 'RabbitMQ', reason: '', missing: true },
			{ option: 'SQS', reason: 'It ties us to one cloud.', missing: false },
		]);
		expect(JSON.stringify(view.justification) + JSON.stringify(view.alternatives)).not.toContain('TODO:');
	});

	it('is listed in the catalog’s incomplete records with its owners and gaps; complete records are not', () => {
		expect(getIncompleteRecords(playbook, '/handbook/')).toEqual([
			{
				id: 'pick-a-queue',
				title: 'Pick a queue',
				url: '/handbook/practices/pick-a-queue/',
				owners: ['platform-team'],
				gaps: getRecordGaps(incomplete.data),
			},
		]);
	});
});
