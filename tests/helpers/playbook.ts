import { createPlaybook, type Playbook } from '../../src/views/playbook.ts';
import type { Pillar } from '../../src/schemas/config.ts';
import { recordSchema, type RecordData, type RecordInput } from '../../src/schemas/record.ts';

/** Two pillars, the second ordered first, so tests see that configured order wins. */
export const TEST_PILLARS: Pillar[] = [
	{ id: 'discovery', label: 'Discovery', description: 'How we learn what to build.', order: 2 },
	{ id: 'platform', label: 'Platform', description: 'How shared systems are run.', order: 1 },
];

/** A valid accepted record with the given id, changed by `overrides`, parsed by the real schema. */
export function makeRecord(id: string, overrides: Partial<RecordInput> = {}): { id: string; data: RecordData } {
	const input: RecordInput = {
		title: `Record ${id}`,
		summary: `Summary of ${id}.`,
		pillar: 'discovery',
		status: 'accepted',
		decided: '2025-01-15',
		owners: ['product-team'],
		justification: [{ claim: 'It works for us.' }],
		alternatives: [{ option: 'Do nothing', reason: 'It does not work.' }],
		...overrides,
	};
	return { id, data: recordSchema.parse(input) };
}

/** A playbook over the test pillars. */
export function makePlaybook(records: { id: string; data: RecordData }[]): Playbook {
	return createPlaybook(records, { pillars: TEST_PILLARS });
}
