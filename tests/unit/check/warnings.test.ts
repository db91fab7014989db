import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';
import { checkRecordWarnings } from '../../../src/check/warnings.ts';
import { makeRecord } from '../../helpers/playbook.ts';
import { describeProblems } from '../../helpers/describe-problems.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}/`, import.meta.url));
/** The record in content/practices/<id>.md, where a field is found at line 20 plus its index in its list. */
const located = (record: ReturnType<typeof makeRecord>) => ({
	...record,
	file: `content/practices/${record.id}.md`,
	locate: (path: readonly PropertyKey[]) => ({ line: 20 + Number(path[1] ?? 0), column: 5 }),
});
const options = { pillars: ['outcomes', 'delivery'], reviewIntervalMonths: 12, today: new Date('2026-06-01') };

describe('checkRecordWarnings', () => {
	it('warns about records past their review date and sources nobody cites', () => {
		const result = checkPlaybook(fixture('check-warnings'), { ...options, reviewIntervalMonths: 6 });
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/decided-long-ago.md
			  content/practices/decided-long-ago.md:6:10  warning decided is 2025-11-30, so the record was due for review on 2026-05-30 (every 6 months)
			    → review the practice with its owners, then set \`reviewed:\` to the date of the review (or change its status)

			content/practices/rejected-long-ago.md
			  content/practices/rejected-long-ago.md:17:5  warning sources[1] "nobody-cites-this" is not cited by any claim or alternative
			    → cite the source in the \`sources\` of a claim or an alternative, or remove it

			content/practices/reviewed-long-ago.md
			  content/practices/reviewed-long-ago.md:7:11  warning reviewed is 2025-08-31, so the record was due for review on 2026-02-28 (every 6 months)
			    → review the practice with its owners, then set \`reviewed:\` to the date of the review (or change its status)

			3 warnings in 3 files."
		`);
	});

	it('warns on the day a review falls due, and not the day before', () => {
		const result = checkPlaybook(fixture('check-warnings'), {
			...options,
			reviewIntervalMonths: 6,
			today: new Date('2026-02-27'),
		});
		expect(result.problems.map((problem) => problem.kind)).toEqual(['source/uncited']);
		const onTheDay = checkPlaybook(fixture('check-warnings'), {
			...options,
			reviewIntervalMonths: 6,
			today: new Date('2026-02-28'),
		});
		expect(onTheDay.problems.map((problem) => `${problem.file} ${problem.kind}`).sort()).toEqual([
			'content/practices/rejected-long-ago.md source/uncited',
			'content/practices/reviewed-long-ago.md review/overdue',
		]);
	});

	it('counts the review interval from the last review rather than the decision', () => {
		const record = located(makeRecord('a', { decided: '2019-01-01', reviewed: '2025-03-14' }));
		expect(describeProblems(checkRecordWarnings([record], { reviewIntervalMonths: 12, today: new Date('2026-06-01') })))
			.toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:20:5 warning reviewed is 2025-03-14, so the record was due for review on 2026-03-14 (every 12 months) → review the practice with its owners, then set \`reviewed:\` to the date of the review (or change its status)",
			]
		`);
	});

	it('gives no review warning without a review interval', () => {
		const record = located(makeRecord('a', { decided: '2019-01-01' }));
		expect(describeProblems(checkRecordWarnings([record], { today: new Date('2026-06-01') }))).toEqual([]);
	});

	it('counts a source cited by an alternative as cited, and warns only about the one nobody cites', () => {
		const record = located(
			makeRecord('a', {
				justification: [{ claim: 'It works for us.', sources: ['ries-lean'] }],
				alternatives: [{ option: 'Do nothing', reason: 'It does not work.', sources: ['doerr-okrs'] }],
				sources: [
					{ id: 'ries-lean', title: 'The Lean Startup' },
					{ id: 'doerr-okrs', title: 'Measure What Matters' },
					{ id: 'unused', title: 'Nobody reads this' },
				],
			}),
		);
		expect(describeProblems(checkRecordWarnings([record], { today: new Date('2026-06-01') }))).toMatchInlineSnapshot(`
			[
			  "content/practices/a.md:22:5 warning sources[2] "unused" is not cited by any claim or alternative → cite the source in the \`sources\` of a claim or an alternative, or remove it",
			]
		`);
	});
});
