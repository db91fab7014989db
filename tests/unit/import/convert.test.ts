import { describe, expect, it } from 'vitest';
import { convertAdrs, PLACEHOLDER } from '../../../src/import/convert.ts';
import { getIdFromFileName, normalizeDate, toHandle } from '../../../src/import/record-fields.ts';
import { parseAdr } from '../../../src/import/detect.ts';
import { mapStatus } from '../../../src/import/status.ts';
import { recordSchema } from '../../../src/schemas/record.ts';

/** Converts records given as `[file name, Markdown]`, as one import. */
function convert(
	records: Record<string, string>,
	options: { owner?: string; committed?: Map<string, string> } = { owner: 'platform-team' },
) {
	const files = Object.keys(records);
	return convertAdrs(
		files.map((file) => parseAdr(file, records[file]!, { files })),
		{ pillar: 'platform', ...options },
	);
}

const nygard = (title: string, status: string, extra = '') =>
	`# ${title}\n\nDate: 2020-01-01\n\n## Status\n\n${status}\n\n## Context\n\nSome context.\n\n## Decision\n\nWe do it.${extra}\n`;

describe('ids from file names', () => {
	it.each([
		['0001-use-postgresql.md', 'use-postgresql'],
		['20210712-use-log4brains.md', 'use-log4brains'],
		['ADR-0003-event-log.md', 'event-log'],
		['adr_12_Event Log.markdown', 'event-log'],
		['0001-choisir-un-hébergement-européen.md', 'choisir-un-hebergement-europeen'],
		['0007-Straße_und_Grüße.md', 'strasse-und-grusse'],
		['0002-決定を記録する.md', ''],
		['0005.md', ''],
		['use-postgresql.md', 'use-postgresql'],
	])('%s gives the id "%s"', (file, id) => {
		expect(getIdFromFileName(file)).toBe(id);
	});
});

describe('owner handles from names', () => {
	it.each([
		['Jane Doe', 'jane-doe'],
		['Jürgen Groß', 'jurgen-gross'],
		['@jdoe', 'jdoe'],
		['li.wei@example.org', 'li-wei'],
		['山田太郎', ''],
	])('"%s" becomes "%s"', (name, handle) => {
		expect(toHandle(name)).toBe(handle);
	});
});

describe('statuses', () => {
	it.each([
		['Accepted', 'accepted'],
		['approved', 'accepted'],
		['draft', 'proposed'],
		['Proposed', 'proposed'],
		['Rejected', 'rejected'],
		['Deprecated', 'deprecated'],
		['superseded by ADR-0005', 'superseded'],
		['Superceded by 3. Use PostgreSQL', 'superseded'],
		['Accepted, then superseded', 'superseded'],
		['Parked', undefined],
		['{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}', undefined],
	])('"%s" maps to %s', (text, status) => {
		expect(mapStatus(text)).toBe(status);
	});
});

describe('dates', () => {
	it('accepts ISO-like dates and rejects anything else', () => {
		expect(normalizeDate('2024-3-4')).toBe('2024-03-04');
		expect(normalizeDate('2024/03/04')).toBe('2024-03-04');
		expect(normalizeDate('2024-02-30')).toBeUndefined();
		expect(normalizeDate('March 2024')).toBeUndefined();
	});
});

describe('convertAdrs', () => {
	it('puts a superseded record in the newer record’s supersedes, whichever side names the link', () => {
		const records = convert({
			'0001-a.md': nygard('1. A', 'Superceded by [2. B](0002-b.md)'),
			'0002-b.md': nygard('2. B', 'Accepted'),
			'0003-c.md': nygard('3. C', 'Accepted\n\nSupercedes [2. B](0002-b.md)'),
		});
		expect(records.map(({ id, data }) => [id, data.status, data.supersedes ?? []])).toEqual([
			['a', 'superseded', []],
			['b', 'accepted', ['a']],
			['c', 'accepted', ['b']],
		]);
	});

	it('keeps an unknown status in the body, sets proposed and asks a human', () => {
		const [record] = convert({
			'0001-a.md':
				'---\nstatus: parked\ndate: 2021-05-05\ndecision-makers: Ana\n---\n# A\n\n## Considered Options\n\n* X\n* Y\n\n## Decision Outcome\n\nChosen option: "X", because it works.\n',
		});
		expect(record!.data.status).toBe('proposed');
		expect(record!.body.startsWith('## Status\n\nparked\n')).toBe(true);
		expect(record!.notes.filter((note) => note.kind === 'needs-human').map((note) => note.text)).toEqual([
			'status "parked" is not a Charter status: set to PROPOSED; the original text is kept in the body under "Status". Pick one of accepted, proposed, rejected, deprecated, superseded',
		]);
		expect(record!.data.alternatives).toEqual([
			{ option: 'Y', reason: 'Not chosen: "X" was chosen because it works.' },
		]);
	});

	const undated =
		'# Pick a queue\n\n## Considered Options\n\n* Kafka\n* RabbitMQ\n* SQS\n\n## Decision Outcome\n\nChosen option: "Kafka", because it keeps events for replay ([Kafka docs](https://kafka.apache.org/documentation/)).\n\n## Pros and Cons of the Options\n\n### SQS\n\n* Bad, because it is tied to one cloud\n';

	it('makes a record that states its chosen option accepted, decided on the day git first committed it', () => {
		const [record] = convert(
			{ '0001-pick-a-queue.md': undated },
			{
				owner: 'platform-team',
				committed: new Map([['0001-pick-a-queue.md', '2019-04-02']]),
			},
		);
		expect(record!.data.status).toBe('accepted');
		expect(record!.data.decided).toBe('2019-04-02');
		expect(Object.fromEntries(record!.mapped)).toMatchObject({
			status: 'accepted (no status line; the record states its chosen option, "Kafka")',
			decided: '2019-04-02 (no date in the record: the day git first committed the file)',
		});
		expect(record!.notes.filter((note) => note.kind === 'needs-human')).toEqual([]);
		expect(recordSchema.safeParse(record!.data).success).toBe(true);
	});

	it('prefers the record’s own date to git’s, and asks for one when neither has it', () => {
		const dated = undated.replace('# Pick a queue\n', '---\ndate: 2018-01-09\n---\n# Pick a queue\n');
		const [own] = convert({ '0001-a.md': dated }, { owner: 'x', committed: new Map([['0001-a.md', '2019-04-02']]) });
		expect(own!.data.decided).toBe('2018-01-09');
		const [none] = convert({ '0001-a.md': undated });
		expect(none!.data.decided).toBeUndefined();
		expect(none!.notes.map((note) => note.text)).toContain(
			'no date: an accepted record needs `decided`, the date the decision was taken, and git has no commit of the file. Commit the folder and import again with --force, or set `decided`',
		);
	});

	it('gives options that lost the reason stated for the chosen one, attributed, with its sources; never one of its own', () => {
		const [record] = convert({ '0001-pick-a-queue.md': undated });
		expect(record!.data.alternatives).toEqual([
			{
				option: 'RabbitMQ',
				reason: 'Not chosen: "Kafka" was chosen because it keeps events for replay.',
				sources: ['kafka-docs'],
			},
			{ option: 'SQS', reason: 'It is tied to one cloud.' },
		]);
	});

	it('keeps a TODO reason when the chosen option gives none, and a TODO alternative for an accepted record that names none', () => {
		const [madr] = convert({
			'0001-a.md': '# A\n\n## Considered Options\n\n* X\n* Y\n\n## Decision Outcome\n\nChosen option: "X".\n',
		});
		expect(madr!.data.alternatives).toEqual([{ option: 'Y', reason: PLACEHOLDER.reason }]);
		const [adrTools] = convert({ '0001-a.md': nygard('1. A', 'Accepted') });
		expect(adrTools!.data.alternatives).toEqual([{ option: PLACEHOLDER.option, reason: PLACEHOLDER.reason }]);
		expect(recordSchema.safeParse(adrTools!.data).success).toBe(true);
	});

	it('makes deciders the owners when no owner is given, and keeps them in the body when one is', () => {
		const source =
			'---\nstatus: accepted\ndate: 2021-05-05\ndecision-makers: [Ana Souza, "@li"]\n---\n# A\n\n## Decision Outcome\n\nChosen option: "X", because it works.\n';
		expect(convert({ '0001-a.md': source }, {})[0]!.data.owners).toEqual(['ana-souza', 'li']);
		const [withOwner] = convert({ '0001-a.md': source }, { owner: 'platform-team' });
		expect(withOwner!.data.owners).toEqual(['platform-team']);
		expect(withOwner!.body).toContain('## Original metadata\n\n- Decision-makers: Ana Souza, @li');
	});

	it('gives clashing ids a suffix and says so, and notes records that share a number', () => {
		const records = convert({
			'0003-use-kubernetes.md': nygard('3. Use Kubernetes', 'Accepted'),
			'0005-use-kubernetes.md': nygard('5. Use Kubernetes for batch jobs', 'Proposed'),
			'0005-use-nomad.md': nygard('5. Use Nomad', 'Rejected'),
		});
		expect(records.map((record) => record.id)).toEqual(['use-kubernetes', 'use-kubernetes-2', 'use-nomad']);
		expect(records[1]!.notes.map((note) => `${note.kind}: ${note.text}`)).toContain(
			'needs-human: id "use-kubernetes" is already the id of 0003-use-kubernetes.md: this record gets "use-kubernetes-2"; rename one of them',
		);
		expect(records[2]!.notes.map((note) => `${note.kind}: ${note.text}`)).toContain(
			'note: number 5 is also used by 0005-use-kubernetes.md; ids come from names, so both are kept',
		);
	});

	it('turns external links into unique sources cited by their claims, and links to records into related ids', () => {
		const [record] = convert({
			'0001-a.md':
				'---\nstatus: accepted\ndate: 2021-05-05\n---\n# A\n\n## Considered Options\n\n* X\n* Y\n\n## Decision Outcome\n\nChosen option: "X", because [the study](https://research.example.com/study) says so.\n\n## Pros and Cons of the Options\n\n### X\n\n* Good, because [the study](https://research.example.com/study) and [another study](https://research.example.com/other) agree\n\n### Y\n\n* Bad, because [B](0002-b.md) tried it\n\n## More Information\n\nSee https://docs.example.com/guide and http://localhost:8080/admin.\n',
			'0002-b.md': nygard('2. B', 'Accepted'),
		});
		expect(record!.data.sources).toEqual([
			{ id: 'the-study', title: 'the study', url: 'https://research.example.com/study' },
			{ id: 'another-study', title: 'another study', url: 'https://research.example.com/other' },
			{ id: 'docs-example-com-guide', title: 'docs.example.com/guide', url: 'https://docs.example.com/guide' },
		]);
		expect(record!.data.justification).toEqual([
			{ claim: 'The study says so.', sources: ['the-study'] },
			{ claim: 'The study and another study agree.', sources: ['the-study', 'another-study'] },
		]);
		expect(record!.data.related).toEqual(['b']);
		expect(record!.notes).toContainEqual({
			kind: 'not-mapped',
			text: 'link http://localhost:8080/admin: not a public web address, so not a source; it stays in the body',
		});
	});

	it('writes a TODO claim when a record gives no reasons, and the result still fits the record schema', () => {
		const [record] = convert({ '0001-a.md': nygard('1. A', 'Proposed') });
		expect(record!.data.justification).toEqual([{ claim: PLACEHOLDER.claim }]);
		expect(record!.notes).toContainEqual(
			expect.objectContaining({
				kind: 'needs-human',
				text: expect.stringMatching(/^justification: the record gives no reasons/),
			}),
		);
		expect(recordSchema.safeParse(record!.data).success).toBe(true);
	});

	it('points links to other imported records at their new pages and drops links to files that were not imported', () => {
		const [record] = convert({
			'0001-a.md': nygard(
				'1. A',
				'Accepted',
				'\n\nSee [B](./0002-b.md#context), [the runbook](../runbooks/db.md) and ![diagram](img/a.png).',
			),
			'0002-b.md': nygard('2. B', 'Accepted'),
		});
		expect(record!.body).toContain(
			'See [B](./b.md#context), the runbook and *(image not imported: diagram, img/a.png)*.',
		);
		expect(record!.notes.map((note) => note.text)).toEqual(
			expect.arrayContaining([
				'link to ../runbooks/db.md: not an imported record, so its text is kept without the link',
				'image img/a.png is not in the imported folder, so it was not copied: put it in the site (like public/) and link it again',
			]),
		);
	});
});
