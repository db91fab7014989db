import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseAdr } from '../../../src/import/detect.ts';
import { stripNumber } from '../../../src/import/madr.ts';
import type { ParsedAdr } from '../../../src/import/types.ts';
import { REPO_ROOT } from '../../helpers/astro.ts';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures');

/** Parses one fixture file the way `npm run import` does, knowing the other files of its folder. */
function parseFixture(folder: string, file: string): ParsedAdr {
	const files = readdirSync(join(FIXTURES, folder)).filter((name) => name.endsWith('.md'));
	return parseAdr(file, readFileSync(join(FIXTURES, folder, file), 'utf8'), { files });
}

const texts = (points: readonly { text: string }[]) => points.map((point) => point.text);

describe('detectFormat', () => {
	it.each([
		['adr-madr4', '0001-use-postgresql-for-persistence.md', 'MADR 4'],
		['adr-madr3', '0001-use-feature-flags-for-releases.md', 'MADR 3'],
		['adr-madr3', '0002-keep-a-changelog.md', 'MADR'],
		['adr-madr2', '0001-use-markdown-architectural-decision-records.md', 'MADR 2'],
		['adr-log4brains', '20210712-use-log4brains-to-manage-the-adrs.md', 'log4brains'],
		['adr-nygard', '0002-use-mysql.md', 'Nygard'],
		['adr-odd', '0002-決定を記録する.md', 'Nygard'],
	])('tells the format of %s/%s from its content: %s', (folder, file, format) => {
		expect(detectFormat(file, readFileSync(join(FIXTURES, folder, file), 'utf8'))).toBe(format);
	});

	it('tells log4brains from MADR 2 by the bullet marker even when the file name has no date', () => {
		expect(detectFormat('0001-x.md', '# X\n\n- Status: accepted\n- Date: 2021-01-01\n')).toBe('log4brains');
		expect(detectFormat('0001-x.md', '# X\n\n* Status: accepted\n* Date: 2021-01-01\n')).toBe('MADR 2');
	});

	it('calls a file with none of the known structures unrecognized', () => {
		expect(detectFormat('notes.md', '# Meeting notes\n\nWe talked.\n')).toBe('unrecognized');
	});
});

describe('parsing MADR 4', () => {
	const adr = parseFixture('adr-madr4', '0001-use-postgresql-for-persistence.md');

	it('reads the metadata from the frontmatter', () => {
		expect(adr).toMatchObject({
			title: 'Use PostgreSQL for persistence',
			status: 'accepted',
			date: '2024-03-04',
			deciders: ['Jane Doe', 'Li Wei'],
			decidersLabel: 'decision-makers',
		});
		expect(adr.otherMetadata).toEqual([
			['consulted', 'Database guild'],
			['informed', 'All product teams'],
		]);
	});

	it('takes the drivers, the chosen option with its reason and "good, because" points, and the other options with their "bad, because" points', () => {
		expect(texts(adr.drivers)).toEqual([
			'Operations can support one engine well rather than four badly.',
			'Transactions across related records must be reliable.',
		]);
		expect(adr.chosen).toMatchObject({
			option: 'PostgreSQL',
			because: { text: 'It is the only option that meets both drivers and the team already knows it.' },
		});
		expect(texts(adr.chosenGood)).toEqual([
			'It supports transactional DDL and rich indexing (PostgreSQL documentation).',
			'Managed offerings exist on every cloud we use.',
		]);
		expect(adr.chosenGood[0]!.links).toEqual([
			{ text: 'PostgreSQL documentation', target: 'https://www.postgresql.org/docs/current/' },
		]);
		expect(adr.alternatives.map(({ option, bad }) => [option, texts(bad)])).toEqual([
			['MySQL', ['Only a minority of our engineers know it well.']],
			[
				'MongoDB',
				[
					'Multi-document transactions came late and are rarely used by our teams.',
					'It would be a fifth skill set, see Record decisions in Markdown for how we weigh that.',
				],
			],
		]);
	});

	it('keeps everything it did not map in the body, under its original heading', () => {
		expect(adr.keptSections).toEqual([
			'Context and Problem Statement',
			'Decision Outcome',
			'Consequences',
			'Confirmation',
			'Pros and Cons of the Options',
			'PostgreSQL',
			'MySQL',
			'More Information',
		]);
		expect(adr.body).toContain('The relational database most of our teams already use.');
		expect(adr.body).toContain('* Neutral, because it needs tuning for very write-heavy loads');
		expect(adr.body).toContain("* Bad, because its replication setup is more involved than MySQL's");
		expect(adr.body).toContain('* Good, because two services already run it');
		// Mapped parts are not repeated: the drivers, the list of options, the points that became claims and reasons.
		expect(adr.body).not.toMatch(/Decision Drivers|Considered Options|### MongoDB|rich indexing|only a minority/);
		expect(adr.notes).toEqual([
			{
				kind: 'not-mapped',
				text: '1 "bad, because" point and 2 other items of "PostgreSQL" → body, under "PostgreSQL"',
			},
			{ kind: 'not-mapped', text: '1 "good, because" point of "MySQL" → body, under "MySQL"' },
		]);
	});

	it('reads a "superseded by" status that links to the newer record', () => {
		const older = parseFixture('adr-madr4', '0003-publish-events-through-a-queue.md');
		expect(older.status).toBe('superseded by ADR-0004');
		expect(older.relations).toEqual([
			{ relation: 'superseded by', link: { text: 'ADR-0004', target: '0004-publish-events-through-the-event-log.md' } },
		]);
	});
});

describe('parsing MADR 3 and 2', () => {
	it('reads MADR 3 deciders, a reason on the line after "because", and keeps the Validation section', () => {
		const adr = parseFixture('adr-madr3', '0001-use-feature-flags-for-releases.md');
		expect(adr).toMatchObject({ format: 'MADR 3', deciders: ['Sam Taylor', 'Priya Patel'], decidersLabel: 'deciders' });
		expect(adr.chosen?.because?.text).toBe('They let each change ship on its own and be switched off in seconds.');
		expect(adr.keptSections).toContain('Validation');
	});

	it('reads a record without frontmatter or metadata, and knows it has no status or date', () => {
		const adr = parseFixture('adr-madr3', '0002-keep-a-changelog.md');
		expect(adr.title).toBe('Keep a changelog');
		expect(adr.status).toBeUndefined();
		expect(adr.date).toBeUndefined();
		expect(adr.deciders).toEqual([]);
		expect(adr.alternatives).toEqual([
			{
				option: 'Generated release notes',
				bad: [{ text: 'Commit messages are written for reviewers, not customers.', links: [] }],
			},
		]);
	});

	it('reads MADR 2 bullet metadata, keeps the technical story, and reads relations in the Links section', () => {
		const adr = parseFixture('adr-madr2', '0001-use-markdown-architectural-decision-records.md');
		expect(adr).toMatchObject({
			format: 'MADR 2',
			status: 'accepted',
			date: '2017-12-02',
			deciders: ['Oliver Kopp', 'Olaf Zimmermann'],
		});
		expect(adr.body.startsWith('Technical Story: [#29](https://github.com/adr/madr/issues/29)')).toBe(true);
		expect(adr.body).not.toMatch(/\* (Status|Deciders|Date):/);
		expect(adr.relations).toEqual([
			{ relation: 'refined by', link: { text: 'ADR-0002', target: '0002-use-plain-language-in-decision-titles.md' } },
		]);
		expect(adr.keptSections).toEqual(
			expect.arrayContaining(['Positive Consequences', 'Negative Consequences', 'Links']),
		);
	});
});

describe('parsing Nygard / adr-tools records', () => {
	it('reads the number-prefixed title, the Date line and the status', () => {
		const adr = parseFixture('adr-nygard', '0001-record-architecture-decisions.md');
		expect(adr).toMatchObject({
			format: 'Nygard',
			title: 'Record architecture decisions',
			date: '2019-01-10',
			status: 'Accepted',
		});
		expect(adr.keptSections).toEqual(['Context', 'Decision', 'Consequences']);
		expect(adr.body).not.toMatch(/Date:|## Status/);
	});

	it('reads adr-tools\' "Supercedes" and "Superceded by" links and keeps other links in the body', () => {
		const older = parseFixture('adr-nygard', '0002-use-mysql.md');
		expect(older.status).toBe('Superceded by 3. Use PostgreSQL');
		expect(older.relations).toEqual([
			{ relation: 'superceded by', link: { text: '3. Use PostgreSQL', target: '0003-use-postgresql.md' } },
		]);
		expect(older.keptSections).toEqual(['Context', 'Decision', 'Consequences']);

		const newer = parseFixture('adr-nygard', '0003-use-postgresql.md');
		expect(newer.status).toBe('Accepted');
		expect(newer.relations.map(({ relation, link }) => `${relation} ${link.target}`)).toEqual([
			'supercedes 0002-use-mysql.md',
			'amended by 0004-run-postgresql-on-managed-instances.md',
		]);
		expect(newer.body).toContain(
			'## Status\n\nAmended by [4. Run PostgreSQL on managed instances](0004-run-postgresql-on-managed-instances.md)',
		);
		expect(newer.body).not.toContain('Supercedes');
	});

	it('keeps a status it does not know in the Status section', () => {
		const adr = parseFixture('adr-nygard', '0004-run-postgresql-on-managed-instances.md');
		expect(adr.status).toBe('Parked');
		expect(adr.statusInBody).toBe(true);
		expect(adr.body).toMatch(/^## Status\n\nParked\n/);
	});
});

describe('parsing log4brains records', () => {
	it('reads dash bullets, tags and a draft status', () => {
		const adr = parseFixture('adr-log4brains', '20220301-use-a-monorepo.md');
		expect(adr).toMatchObject({
			format: 'log4brains',
			status: 'draft',
			tags: ['repository'],
			deciders: ['Thomas Vaillant', 'Emma Roux'],
		});
		expect(adr.relations).toEqual([
			{
				relation: 'relates to',
				link: { text: 'Use Log4brains to manage the ADRs', target: '20210712-use-log4brains-to-manage-the-adrs.md' },
			},
		]);
	});

	it('takes the date from the YYYYMMDD file name when the record gives none, and says so', () => {
		const adr = parseFixture('adr-log4brains', '20220301-use-a-monorepo.md');
		expect(adr.date).toBe('2022-03-01');
		expect(adr.notes).toContainEqual({
			kind: 'not-mapped',
			text: 'no Date: the date 2022-03-01 comes from the file name',
		});
		expect(parseFixture('adr-log4brains', '20210712-use-log4brains-to-manage-the-adrs.md').tags).toEqual([
			'dev-tools',
			'doc',
		]);
	});
});

describe('odd records', () => {
	it('reads non-ASCII titles as written', () => {
		expect(parseFixture('adr-odd', '0001-choisir-un-hébergement-européen.md').title).toBe(
			'Choisir un hébergement européen',
		);
		expect(parseFixture('adr-odd', '0002-決定を記録する.md').title).toBe('決定を記録する');
	});

	it('matches the chosen option written with typographic quotes, and says when no option was chosen', () => {
		const chosen = parseAdr(
			'x.md',
			'# X\n\n## Considered Options\n\n* Alpha\n* Beta\n\n## Decision Outcome\n\nChosen option: “Alpha”, because it is simpler.\n',
			{ files: ['x.md'] },
		);
		expect(chosen.chosen).toEqual({ option: 'Alpha', because: { text: 'It is simpler.', links: [] } });
		expect(chosen.alternatives).toEqual([{ option: 'Beta', bad: [] }]);

		const open = parseAdr(
			'y.md',
			'# Y\n\n## Considered Options\n\n* Alpha\n* Beta\n\n## Decision Outcome\n\nStill open.\n',
			{ files: ['y.md'] },
		);
		expect(open.chosen).toBeUndefined();
		expect(open.alternatives).toEqual([]);
		expect(open.body).toContain('* Alpha\n* Beta');
		expect(open.notes).toContainEqual({
			kind: 'not-mapped',
			text: 'no chosen option ("Chosen option: …"): the considered options stay in the body, and no alternatives are recorded',
		});
	});

	it('keeps frontmatter that is not valid YAML in the body and asks a human to look', () => {
		const adr = parseAdr('z.md', '---\nstatus: [accepted\n---\n# Z\n\n## Context and Problem Statement\n\nWhy.\n', {
			files: ['z.md'],
		});
		expect(adr.body).toContain('## Original metadata\n\n```yaml\nstatus: [accepted\n```');
		expect(adr.notes[0]).toMatchObject({ kind: 'needs-human' });
	});
});

describe('stripNumber', () => {
	it.each([
		['12. Use PostgreSQL', 'Use PostgreSQL'],
		['ADR-0012: Use PostgreSQL', 'Use PostgreSQL'],
		['ADR 12 - Use PostgreSQL', 'Use PostgreSQL'],
		['0003 Use PostgreSQL', 'Use PostgreSQL'],
		['3D printing for prototypes', '3D printing for prototypes'],
		['2024', '2024'],
	])('turns the title "%s" into "%s"', (title, expected) => {
		expect(stripNumber(title)).toBe(expected);
	});
});
