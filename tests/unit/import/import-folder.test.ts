import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../../src/check/check-playbook.ts';
import { importFolder, type ImportRequest } from '../../../src/import/import-folder.ts';
import { createTempDir, removeDir, REPO_ROOT } from '../../helpers/astro.ts';

const PILLARS = ['discovery', 'platform'];
const sites: string[] = [];

afterEach(() => {
	for (const site of sites.splice(0)) removeDir(site);
});

/** Imports a fixture folder into a fresh, empty site and returns the result with the report made stable. */
function runImport(fixture: string, request: Partial<ImportRequest> = {}) {
	const root = request.root ?? createTempDir('import');
	if (request.root === undefined) sites.push(root);
	const result = importFolder({
		folder: `tests/fixtures/${fixture}`,
		root,
		pillars: PILLARS,
		pillar: 'platform',
		cwd: REPO_ROOT,
		...request,
	});
	const read = (id: string) => readFileSync(join(root, 'content/practices', `${id}.md`), 'utf8');
	return { ...result, root, read, report: result.report.replaceAll(root, '<site>') };
}

describe('importing a folder of MADR 4 records', () => {
	it('writes records that pass the playbook’s rules, and reports what it mapped for each file', () => {
		const { exitCode, report, written, root } = runImport('adr-madr4');
		expect(exitCode).toBe(0);
		expect(written).toHaveLength(4);
		// Warnings (like a linked page that no claim cites) are for a human to weigh; errors would fail the check.
		expect(
			checkPlaybook(root, { pillars: PILLARS }).problems.filter((problem) => problem.severity === 'error'),
		).toEqual([]);
		expect(report).toMatchInlineSnapshot(`
			"Imported 4 decision records from tests/fixtures/adr-madr4 into <site>/content/practices/ (pillar "platform").
			4 complete, 0 with gaps.
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. Every imported record passes \`npm run check\`.

			0001-use-postgresql-for-persistence.md → content/practices/use-postgresql-for-persistence.md (MADR 4)
			  title            "Use PostgreSQL for persistence"
			  status           "accepted" → accepted
			  decided          2024-03-04 (the record's date)
			  owners           jane-doe, li-wei (from decision-makers)
			  summary          the chosen option and its reason
			  justification    5 claims: the reason given with the chosen option, 2 "good, because" points of "PostgreSQL", 2 decision drivers
			  alternatives     "MySQL", "MongoDB", each with its "bad, because" points
			  sources          2 external links
			  related          record-decisions-in-markdown
			  body             Context and Problem Statement, Decision Outcome, Pros and Cons of the Options, More Information, Original metadata
			  not mapped       1 "bad, because" point and 2 other items of "PostgreSQL" → body, under "PostgreSQL"
			  not mapped       1 "good, because" point of "MySQL" → body, under "MySQL"

			0002-record-decisions-in-markdown.md → content/practices/record-decisions-in-markdown.md (MADR 4)
			  title            "Record decisions in Markdown"
			  status           "accepted" → accepted
			  decided          2023-11-20 (the record's date)
			  owners           jane-doe (from decision-makers)
			  summary          the chosen option and its reason
			  justification    2 claims: the reason given with the chosen option, 1 "good, because" point of "MADR in the repository"
			  alternatives     "A wiki page per decision", each with its "bad, because" points
			  sources          1 external link
			  body             Context and Problem Statement, Decision Outcome, Pros and Cons of the Options
			  not mapped       1 "good, because" point of "A wiki page per decision" → body, under "A wiki page per decision"

			0003-publish-events-through-a-queue.md → content/practices/publish-events-through-a-queue.md (MADR 4)
			  title            "Publish events through a queue"
			  status           "superseded by ADR-0004" → superseded
			  decided          2022-05-02 (the record's date)
			  owners           li-wei (from decision-makers)
			  summary          the chosen option and its reason
			  justification    1 claim: the reason given with the chosen option
			  alternatives     "Direct HTTP callbacks", each with its "bad, because" points
			  body             Context and Problem Statement, Decision Outcome

			0004-publish-events-through-the-event-log.md → content/practices/publish-events-through-the-event-log.md (MADR 4)
			  title            "Publish events through the event log"
			  status           "accepted" → accepted
			  decided          2024-09-10 (the record's date)
			  owners           li-wei, ana-souza (from decision-makers)
			  summary          the chosen option and its reason
			  justification    3 claims: the reason given with the chosen option, 1 "good, because" point of "An append-only event log", 1 decision driver
			  alternatives     "A message queue", each with its "bad, because" points
			  supersedes       publish-events-through-a-queue
			  body             Context and Problem Statement, Decision Outcome, Pros and Cons of the Options
			  not mapped       1 "good, because" point of "A message queue" → body, under "A message queue"

			Checked with the playbook's rules, as \`npm run check\` does:
			All 4 imported records pass the playbook's rules; none needs a human."
		`);
	});

	it('writes YAML frontmatter in Charter’s field order and keeps the rest in the body', () => {
		expect(runImport('adr-madr4').read('use-postgresql-for-persistence')).toMatchInlineSnapshot(`
			"---
			title: Use PostgreSQL for persistence
			summary: PostgreSQL was chosen, because it is the only option that meets both drivers and the team already knows it.
			pillar: platform
			status: accepted
			decided: 2024-03-04
			owners: [jane-doe, li-wei]
			justification:
			  - claim: It is the only option that meets both drivers and the team already knows it.
			  - claim: It supports transactional DDL and rich indexing.
			    sources: [postgresql-documentation]
			  - claim: Managed offerings exist on every cloud we use.
			  - claim: Operations can support one engine well rather than four badly.
			  - claim: Transactions across related records must be reliable.
			alternatives:
			  - option: MySQL
			    reason: Only a minority of our engineers know it well.
			  - option: MongoDB
			    reason: Multi-document transactions came late and are rarely used by our teams. It would be a fifth skill set, see Record decisions in Markdown for how we weigh that.
			sources:
			  - id: postgresql-documentation
			    title: PostgreSQL documentation
			    url: https://www.postgresql.org/docs/current/
			  - id: capacity-review
			    title: capacity review
			    url: https://wiki.example.org/capacity-review
			related: [record-decisions-in-markdown]
			---

			## Context and Problem Statement

			Our services each picked their own database, and we now run four engines with no shared expertise.
			Which database should new services use by default?

			## Decision Outcome

			Chosen option: "PostgreSQL", because it is the only option that meets both drivers and the team already knows it.

			### Consequences

			* Good, because new services start from a supported template.
			* Bad, because two existing services will need a migration plan.

			### Confirmation

			The service template only offers PostgreSQL; the architecture review checks exceptions.

			## Pros and Cons of the Options

			### PostgreSQL

			The relational database most of our teams already use.

			* Neutral, because it needs tuning for very write-heavy loads
			* Bad, because its replication setup is more involved than MySQL's

			### MySQL

			* Good, because two services already run it

			## More Information

			We will revisit this when the analytics workload moves, see the [capacity review](https://wiki.example.org/capacity-review).

			## Original metadata

			- Consulted: Database guild
			- Informed: All product teams
			"
		`);
	});
});

describe('importing the other formats', () => {
	it('imports MADR 3, including a record without frontmatter, and says which record needs a status', () => {
		const { exitCode, report } = runImport('adr-madr3', { owner: 'release-team' });
		expect(exitCode).toBe(0);
		expect(report).toMatchInlineSnapshot(`
			"Imported 2 decision records from tests/fixtures/adr-madr3 into <site>/content/practices/ (pillar "platform").
			2 complete, 0 with gaps.
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. Every imported record passes \`npm run check\`.

			0001-use-feature-flags-for-releases.md → content/practices/use-feature-flags-for-releases.md (MADR 3)
			  title            "Use feature flags for releases"
			  status           "accepted" → accepted
			  decided          2023-02-14 (the record's date)
			  owners           release-team (from --owner)
			  summary          the chosen option and its reason
			  justification    4 claims: the reason given with the chosen option, 1 "good, because" point of "Feature flags", 2 decision drivers
			  alternatives     "Release branches", each with its "bad, because" points
			  sources          1 external link
			  body             Context and Problem Statement, Decision Outcome, Validation, Pros and Cons of the Options, Original metadata
			  not mapped       1 "good, because" point of "Release branches" → body, under "Release branches"
			  not mapped       deciders: kept in the body under "Original metadata" (--owner names the owner)

			0002-keep-a-changelog.md → content/practices/keep-a-changelog.md (MADR)
			  title            "Keep a changelog"
			  status           accepted (no status line; the record states its chosen option, "A hand-written changelog")
			  decided          2026-11-22 (no date in the record: the day git first committed the file)
			  owners           release-team (from --owner)
			  summary          the chosen option and its reason
			  justification    1 claim: the reason given with the chosen option
			  alternatives     "Generated release notes", each with its "bad, because" points
			  body             Context and Problem Statement, Decision Outcome

			Checked with the playbook's rules, as \`npm run check\` does:
			All 2 imported records pass the playbook's rules; none needs a human."
		`);
	});

	it('imports MADR 2 bullet metadata and links between records', () => {
		const { exitCode, report } = runImport('adr-madr2');
		expect(exitCode).toBe(0);
		expect(report).toMatchInlineSnapshot(`
			"Imported 2 decision records from tests/fixtures/adr-madr2 into <site>/content/practices/ (pillar "platform").
			2 complete, 0 with gaps.
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. Every imported record passes \`npm run check\`.

			0001-use-markdown-architectural-decision-records.md → content/practices/use-markdown-architectural-decision-records.md (MADR 2)
			  title            "Use Markdown Architectural Decision Records"
			  status           "accepted" → accepted
			  decided          2017-12-02 (the record's date)
			  owners           oliver-kopp, olaf-zimmermann (from Deciders)
			  summary          the chosen option and its reason
			  justification    3 claims: the reason given with the chosen option, 2 "good, because" points of "MADR 2.1.2"
			  alternatives     "Michael Nygard's template", "Formless", each with its "bad, because" points
			  sources          2 external links
			  related          use-plain-language-in-decision-titles
			  body             Context and Problem Statement, Decision Outcome, Pros and Cons of the Options, Links
			  not mapped       1 "good, because" point of "Michael Nygard's template" → body, under "Michael Nygard's template"

			0002-use-plain-language-in-decision-titles.md → content/practices/use-plain-language-in-decision-titles.md (MADR 2)
			  title            "Use plain language in decision titles"
			  status           "proposed" → proposed
			  owners           oliver-kopp (from Deciders)
			  summary          the chosen option and its reason
			  justification    1 claim: the reason given with the chosen option
			  alternatives     "Free titles", each with its "bad, because" points
			  related          use-markdown-architectural-decision-records
			  body             Context and Problem Statement, Decision Outcome, Links

			Checked with the playbook's rules, as \`npm run check\` does:
			All 2 imported records pass the playbook's rules; none needs a human."
		`);
	});

	it('imports log4brains records, skipping its index and template', () => {
		const { exitCode, report, read } = runImport('adr-log4brains');
		expect(exitCode).toBe(0);
		expect(report).toMatchInlineSnapshot(`
			"Imported 2 decision records from tests/fixtures/adr-log4brains into <site>/content/practices/ (pillar "platform").
			2 complete, 0 with gaps.
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. Every imported record passes \`npm run check\`.

			20210712-use-log4brains-to-manage-the-adrs.md → content/practices/use-log4brains-to-manage-the-adrs.md (log4brains)
			  title            "Use Log4brains to manage the ADRs"
			  status           "accepted" → accepted
			  decided          2021-07-12 (the record's date)
			  owners           thomas-vaillant (from Deciders)
			  summary          the chosen option and its reason
			  justification    1 claim: the reason given with the chosen option
			  alternatives     "adr-tools", each with its "bad, because" points
			  tags             dev-tools, doc
			  body             Context and Problem Statement, Decision Outcome, Pros and Cons of the Options
			  not mapped       1 "good, because" point of "adr-tools" → body, under "adr-tools"

			20220301-use-a-monorepo.md → content/practices/use-a-monorepo.md (log4brains)
			  title            "Use a monorepo"
			  status           "draft" → proposed
			  owners           thomas-vaillant, emma-roux (from Deciders)
			  summary          the chosen option and its reason
			  justification    2 claims: the reason given with the chosen option, 1 decision driver
			  alternatives     "One repository per package", each with its "bad, because" points
			  related          use-log4brains-to-manage-the-adrs
			  tags             repository
			  body             Context and Problem Statement, Decision Outcome, Links, Original metadata
			  not mapped       no Date: the date 2022-03-01 comes from the file name
			  not mapped       date 2022-03-01: a proposed record has no decision date; kept in the body under "Original metadata"

			Skipped index.md, template.md: not decision records.

			Checked with the playbook's rules, as \`npm run check\` does:
			All 2 imported records pass the playbook's rules; none needs a human."
		`);
		expect(read('use-log4brains-to-manage-the-adrs')).toContain('tags: [dev-tools, doc]');
	});

	it('imports an adr-tools superseded chain and lists what each record still needs', () => {
		const { exitCode, report, read } = runImport('adr-nygard', { owner: 'platform-team' });
		expect(exitCode).toBe(0);
		expect(report).toMatchInlineSnapshot(`
			"Imported 4 decision records from tests/fixtures/adr-nygard into <site>/content/practices/ (pillar "platform").
			0 complete, 4 with gaps.
			8 known gaps, recorded in <site>/charter-gaps.json:
			     4  the reasons for the decision
			     2  the options that were considered
			     2  the reason an option was not chosen
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. The playbook passes \`npm run check\` and builds now, and each record page shows its gaps. Fill them in (\`npm run check -- --owner platform-team\` lists them), then run \`npm run check -- --prune\`.

			0001-record-architecture-decisions.md → content/practices/record-architecture-decisions.md (Nygard)
			  title            "Record architecture decisions"
			  status           "Accepted" → accepted
			  decided          2019-01-10 (the record's date)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  sources          2 external links
			  body             Context, Decision, Consequences
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  ! needs a human  alternatives: the record names no other option; a TODO alternative stands in

			0002-use-mysql.md → content/practices/use-mysql.md (Nygard)
			  title            "Use MySQL"
			  status           "Superceded by 3. Use PostgreSQL" → superseded
			  decided          2019-02-01 (the record's date)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  body             Context, Decision, Consequences
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in

			0003-use-postgresql.md → content/practices/use-postgresql.md (Nygard)
			  title            "Use PostgreSQL"
			  status           "Accepted" → accepted
			  decided          2020-06-15 (the record's date)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  related          run-postgresql-on-managed-instances
			  supersedes       use-mysql
			  body             Status, Context, Decision, Consequences
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  ! needs a human  alternatives: the record names no other option; a TODO alternative stands in

			0004-run-postgresql-on-managed-instances.md → content/practices/run-postgresql-on-managed-instances.md (Nygard)
			  title            "Run PostgreSQL on managed instances"
			  status           "Parked" → proposed (unknown status)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  related          use-postgresql
			  body             Status, Context, Decision, Consequences, Original metadata
			  not mapped       date 2021-03-03: a proposed record has no decision date; kept in the body under "Original metadata"
			  ! needs a human  status "Parked" is not a Charter status: set to PROPOSED; the original text is kept in the body under "Status". Pick one of accepted, proposed, rejected, deprecated, superseded
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in

			Checked with the playbook's rules, as \`npm run check\` does:
			4 of 4 imported records need a human (known gaps do not stop \`npm run check\` or the build; other problems do):

			content/practices/record-architecture-decisions.md
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - alternatives: the record names no other option; a TODO alternative stands in
			  - content/practices/record-architecture-decisions.md:9:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text
			  - content/practices/record-architecture-decisions.md:11:13  alternatives[0].option still holds the placeholder "TODO: name an option that was considered; the imported recor…"
			      → replace the placeholder with the real text
			  - content/practices/record-architecture-decisions.md:12:13  alternatives[0].reason still holds the placeholder "TODO: say why this option was not chosen; the imported recor…"
			      → replace the placeholder with the real text

			content/practices/use-mysql.md
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - content/practices/use-mysql.md:9:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text

			content/practices/use-postgresql.md
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - alternatives: the record names no other option; a TODO alternative stands in
			  - content/practices/use-postgresql.md:9:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text
			  - content/practices/use-postgresql.md:11:13  alternatives[0].option still holds the placeholder "TODO: name an option that was considered; the imported recor…"
			      → replace the placeholder with the real text
			  - content/practices/use-postgresql.md:12:13  alternatives[0].reason still holds the placeholder "TODO: say why this option was not chosen; the imported recor…"
			      → replace the placeholder with the real text

			content/practices/run-postgresql-on-managed-instances.md
			  - status "Parked" is not a Charter status: set to PROPOSED; the original text is kept in the body under "Status". Pick one of accepted, proposed, rejected, deprecated, superseded
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - content/practices/run-postgresql-on-managed-instances.md:8:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text"
		`);
		expect(read('use-postgresql')).toContain('supersedes: [use-mysql]');
		expect(read('use-mysql')).toContain('status: superseded');
	});

	it('imports odd records: non-ASCII names, duplicate numbers, a clashing id, no date, an unknown status, an image', () => {
		const { exitCode, report } = runImport('adr-odd', { owner: 'platform-team' });
		expect(exitCode).toBe(0);
		expect(report).toMatchInlineSnapshot(`
			"Imported 6 decision records from tests/fixtures/adr-odd into <site>/content/practices/ (pillar "platform").
			1 complete, 5 with gaps.
			11 known gaps, recorded in <site>/charter-gaps.json:
			     5  the reasons for the decision
			     3  the options that were considered
			     3  the reason an option was not chosen
			Next: commit <site>/content/practices/ and <site>/charter-gaps.json. The playbook passes \`npm run check\` and builds now, and each record page shows its gaps. Fill them in (\`npm run check -- --owner platform-team\` lists them), then run \`npm run check -- --prune\`.

			0001-choisir-un-hébergement-européen.md → content/practices/choisir-un-hebergement-europeen.md (MADR 4)
			  title            "Choisir un hébergement européen"
			  status           "accepted" → accepted
			  decided          2024-01-08 (the record's date)
			  owners           platform-team (from --owner)
			  summary          the chosen option and its reason
			  justification    1 claim: the reason given with the chosen option
			  alternatives     "Un hébergeur américain avec une région européenne", each with its "bad, because" points
			  body             Context and Problem Statement, Decision Outcome, Original metadata
			  not mapped       decision-makers: kept in the body under "Original metadata" (--owner names the owner)

			0002-決定を記録する.md → content/practices/adr-2.md (Nygard)
			  title            "決定を記録する"
			  status           "Accepted" → accepted
			  decided          2022-04-01 (the record's date)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  body             Context, Decision, Consequences
			  ! needs a human  the file name gives no id (no Latin letters or digits after its number): the id is "adr-2"; rename the file if you want another
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  ! needs a human  alternatives: the record names no other option; a TODO alternative stands in

			0003-use-kubernetes.md → content/practices/use-kubernetes.md (Nygard)
			  title            "Use Kubernetes"
			  status           "Accepted" → accepted
			  decided          2026-11-22 (no date in the record: the day git first committed the file)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  body             Context, Decision, Consequences
			  not mapped       link to ../plans/training.md: not an imported record, so its text is kept without the link
			  ! needs a human  image images/cluster.png is not in the imported folder, so it was not copied: put it in the site (like public/) and link it again
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  ! needs a human  alternatives: the record names no other option; a TODO alternative stands in

			0004-use-semantic-versioning.md → content/practices/use-semantic-versioning.md (Nygard)
			  title            "Use semantic versioning"
			  status           "On hold" → proposed (unknown status)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  body             Status, Context, Decision, Consequences, Original metadata
			  note             number 4 is also used by 0004-use-trunk-based-development.md; ids come from names, so both are kept
			  not mapped       date 2023-05-06: a proposed record has no decision date; kept in the body under "Original metadata"
			  ! needs a human  status "On hold" is not a Charter status: set to PROPOSED; the original text is kept in the body under "Status". Pick one of accepted, proposed, rejected, deprecated, superseded
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in

			0004-use-trunk-based-development.md → content/practices/use-trunk-based-development.md (Nygard)
			  title            "Use trunk-based development"
			  status           "Accepted" → accepted
			  decided          2023-05-05 (the record's date)
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  body             Context, Decision, Consequences
			  note             number 4 is also used by 0004-use-semantic-versioning.md; ids come from names, so both are kept
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  ! needs a human  alternatives: the record names no other option; a TODO alternative stands in

			0005-use-kubernetes.md → content/practices/use-kubernetes-2.md (Nygard)
			  title            "Use Kubernetes for batch jobs"
			  status           "Proposed" → proposed
			  owners           platform-team (from --owner)
			  summary          first sentence of the Decision section
			  related          use-kubernetes
			  body             Context, Decision, Consequences, Original metadata
			  not mapped       date 2023-07-01: a proposed record has no decision date; kept in the body under "Original metadata"
			  ! needs a human  id "use-kubernetes" is already the id of 0003-use-kubernetes.md: this record gets "use-kubernetes-2"; rename one of them
			  ! needs a human  justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in

			Checked with the playbook's rules, as \`npm run check\` does:
			5 of 6 imported records need a human (known gaps do not stop \`npm run check\` or the build; other problems do):

			content/practices/adr-2.md
			  - the file name gives no id (no Latin letters or digits after its number): the id is "adr-2"; rename the file if you want another
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - alternatives: the record names no other option; a TODO alternative stands in
			  - content/practices/adr-2.md:9:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text
			  - content/practices/adr-2.md:11:13  alternatives[0].option still holds the placeholder "TODO: name an option that was considered; the imported recor…"
			      → replace the placeholder with the real text
			  - content/practices/adr-2.md:12:13  alternatives[0].reason still holds the placeholder "TODO: say why this option was not chosen; the imported recor…"
			      → replace the placeholder with the real text

			content/practices/use-kubernetes.md
			  - image images/cluster.png is not in the imported folder, so it was not copied: put it in the site (like public/) and link it again
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - alternatives: the record names no other option; a TODO alternative stands in
			  - content/practices/use-kubernetes.md:9:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text
			  - content/practices/use-kubernetes.md:11:13  alternatives[0].option still holds the placeholder "TODO: name an option that was considered; the imported recor…"
			      → replace the placeholder with the real text
			  - content/practices/use-kubernetes.md:12:13  alternatives[0].reason still holds the placeholder "TODO: say why this option was not chosen; the imported recor…"
			      → replace the placeholder with the real text

			content/practices/use-semantic-versioning.md
			  - status "On hold" is not a Charter status: set to PROPOSED; the original text is kept in the body under "Status". Pick one of accepted, proposed, rejected, deprecated, superseded
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - content/practices/use-semantic-versioning.md:8:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text

			content/practices/use-trunk-based-development.md
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - alternatives: the record names no other option; a TODO alternative stands in
			  - content/practices/use-trunk-based-development.md:9:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text
			  - content/practices/use-trunk-based-development.md:11:13  alternatives[0].option still holds the placeholder "TODO: name an option that was considered; the imported recor…"
			      → replace the placeholder with the real text
			  - content/practices/use-trunk-based-development.md:12:13  alternatives[0].reason still holds the placeholder "TODO: say why this option was not chosen; the imported recor…"
			      → replace the placeholder with the real text

			content/practices/use-kubernetes-2.md
			  - id "use-kubernetes" is already the id of 0003-use-kubernetes.md: this record gets "use-kubernetes-2"; rename one of them
			  - justification: the record gives no reasons (no chosen option with "because", no "good, because" points, no decision drivers); a TODO claim stands in
			  - content/practices/use-kubernetes-2.md:8:12  justification[0].claim still holds the placeholder "TODO: state why this choice was made; the imported record gi…"
			      → replace the placeholder with the real text"
		`);
	});
});

describe('refusing an import', () => {
	it('writes nothing when a record would replace an existing one, unless forced', () => {
		const root = createTempDir('import');
		sites.push(root);
		mkdirSync(join(root, 'content/practices'), { recursive: true });
		writeFileSync(join(root, 'content/practices/keep-a-changelog.mdx'), '---\ntitle: Ours\n---\n');
		const refused = runImport('adr-madr3', { root, owner: 'release-team' });
		expect(refused.exitCode).toBe(1);
		expect(refused.written).toEqual([]);
		expect(refused.report).toMatchInlineSnapshot(`
			"1 record already exists in content/practices/ and would change:
			  0002-keep-a-changelog.md → keep-a-changelog
			No record was written. Rename or remove the existing ones, or pass --force to replace them (records edited since they were imported are kept even then)."
		`);
		expect(readdirSync(join(root, 'content/practices'))).toEqual(['keep-a-changelog.mdx']);

		const forced = runImport('adr-madr3', { root, owner: 'release-team', force: true });
		expect(forced.written).toHaveLength(2);
		expect(existsSync(join(root, 'content/practices/keep-a-changelog.mdx'))).toBe(false);
		expect(forced.report).toContain('Replaced existing records (--force): keep-a-changelog.');
	});

	it('asks for an owner when records name no deciders', () => {
		expect(runImport('adr-nygard').report).toMatchInlineSnapshot(`
			"No record names its deciders, so the imported records would have no owner. No record was written.
			Name their owner with --owner, like --owner platform-team."
		`);
		expect(runImport('adr-odd').report).toMatchInlineSnapshot(`
			"5 of 6 records name no deciders (0002-決定を記録する.md, 0003-use-kubernetes.md, 0004-use-semantic-versioning.md, 0004-use-trunk-based-development.md, 0005-use-kubernetes.md), so those records would have no owner. No record was written.
			Name their owner with --owner, like --owner platform-team."
		`);
	});

	it('asks for a pillar when the playbook has several, and rejects one it does not have', () => {
		expect(runImport('adr-madr4', { pillar: undefined }).report).toMatchInlineSnapshot(`
			"Which pillar do the imported records belong to? The playbook has 2: discovery, platform.
			Name one with --pillar, like: --pillar discovery"
		`);
		expect(runImport('adr-madr4', { pillar: 'platfrom' }).report).toMatchInlineSnapshot(`
			"--pillar "platfrom" is not a pillar of this playbook (did you mean "platform"?).
			Use one of discovery, platform, or add the pillar to astro.config.mjs first."
		`);
		expect(runImport('adr-madr4', { pillar: undefined, pillars: ['platform'] }).exitCode).toBe(0);
	});

	it('rejects an owner that is not a handle, a missing folder, and a folder without records', () => {
		expect(runImport('adr-madr4', { owner: 'Platform Team' }).report).toMatchInlineSnapshot(`
			"--owner "Platform Team" is not a handle.
			Owners are kebab-case team or person handles, like --owner platform-team."
		`);
		expect(runImport('adr-missing').report).toMatchInlineSnapshot(`
			"tests/fixtures/adr-missing is not a folder.
			Give the folder that holds the decision records, like: npm run import -- docs/adr --pillar delivery --owner platform-team"
		`);
		expect(runImport('second-site').report).toMatchInlineSnapshot(`
			"tests/fixtures/second-site holds no decision records (.md files).
			Give the folder that holds them, like docs/adr or doc/architecture/decisions."
		`);
	});
});

describe('importing from a git repository, safely', () => {
	/** A folder of decision records in a fresh git repository, each file committed on its own day. */
	function createRepository(files: Record<string, { text: string; day?: string }>): string {
		const folder = createTempDir('adr-repo');
		sites.push(folder);
		const git = (...args: string[]) =>
			execFileSync('git', args, {
				cwd: folder,
				env: {
					...process.env,
					GIT_AUTHOR_NAME: 'A',
					GIT_AUTHOR_EMAIL: 'a@example.org',
					GIT_COMMITTER_NAME: 'A',
					GIT_COMMITTER_EMAIL: 'a@example.org',
				},
				stdio: 'ignore',
			});
		git('init', '-q');
		for (const [name, { text, day }] of Object.entries(files)) {
			mkdirSync(join(folder, name, '..'), { recursive: true });
			writeFileSync(join(folder, name), text);
			if (day === undefined) continue;
			git('add', name);
			git('commit', '-q', '-m', `Add ${name}`, `--date=${day}T12:00:00Z`);
		}
		return folder;
	}

	const chosen = (title: string, extra = '') =>
		`# ${title}\n\n## Considered Options\n\n* Alpha\n* Beta\n\n## Decision Outcome\n\nChosen option: "Alpha", because it is simpler.\n${extra}`;

	it('makes a record with a chosen option accepted, decided the day git first committed it, and says so', () => {
		const folder = createRepository({
			'0001-pick-alpha.md': { text: chosen('Pick Alpha'), day: '2020-05-06' },
			'0002-pick-alpha-again.md': { text: chosen('Pick Alpha again'), day: '2021-07-08' },
		});
		const { exitCode, read, report } = runImport('', { folder, owner: 'platform-team' });
		expect(exitCode).toBe(0);
		expect(read('pick-alpha')).toContain('status: accepted\ndecided: 2020-05-06\n');
		expect(read('pick-alpha-again')).toContain('decided: 2021-07-08\n');
		expect(read('pick-alpha')).toContain(
			'  - option: Beta\n    reason: \'Not chosen: "Alpha" was chosen because it is simpler.\'\n',
		);
		expect(report).toContain(
			'decided          2020-05-06 (no date in the record: the day git first committed the file)',
		);
		expect(report.split('\n').slice(1, 3)).toEqual([
			'2 complete, 0 with gaps.',
			expect.stringMatching(/^Next: commit .* Every imported record passes `npm run check`\.$/),
		]);
	});

	it('copies the images a record shows next to the records, and other files it links to into public/', () => {
		const folder = createRepository({
			'0001-pick-alpha.md': {
				text: chosen(
					'Pick Alpha',
					'\n![The plan](img/plan%20v2.png)\n\nThe [load test](files/load-test.pdf) decided it.\n',
				),
				day: '2020-05-06',
			},
			'img/plan v2.png': { text: 'not really a PNG' },
			'files/load-test.pdf': { text: 'not really a PDF' },
		});
		const { root, read } = runImport('', { folder, owner: 'platform-team' });
		expect(read('pick-alpha')).toContain('![The plan](./assets/img/plan%20v2.png)');
		expect(readFileSync(join(root, 'content/practices/assets/img/plan v2.png'), 'utf8')).toBe('not really a PNG');
		// Other files are published from public/: ../assets/ from a record's page, whatever the base path.
		expect(read('pick-alpha')).toContain('The [load test](../assets/files/load-test.pdf) decided it.');
		expect(readFileSync(join(root, 'public/practices/assets/files/load-test.pdf'), 'utf8')).toBe('not really a PDF');
		expect(checkPlaybook(root, { pillars: PILLARS, root }).problems.filter((p) => p.kind === 'image/missing')).toEqual(
			[],
		);
	});

	it('records its gaps in charter-gaps.json, changes nothing when run again, and never overwrites an edited record', () => {
		const folder = createRepository({
			'0001-pick-alpha.md': { text: chosen('Pick Alpha').replace(', because it is simpler', ''), day: '2020-05-06' },
		});
		const first = runImport('', { folder, owner: 'platform-team' });
		const gaps = () => JSON.parse(readFileSync(join(first.root, 'charter-gaps.json'), 'utf8'));
		expect(gaps().gaps).toEqual([
			{ file: 'content/practices/pick-alpha.md', field: 'alternatives[0].reason', kind: 'content/placeholder' },
			{ file: 'content/practices/pick-alpha.md', field: 'justification[0].claim', kind: 'content/placeholder' },
		]);
		expect(gaps().imported['content/practices/pick-alpha.md'].sha256).toMatch(/^[0-9a-f]{64}$/);

		const again = runImport('', { folder, owner: 'platform-team', root: first.root });
		expect(again.exitCode).toBe(0);
		expect(again.written).toEqual([]);
		expect(again.report.split('\n')[0]).toMatch(
			/^Nothing to import: the 1 record from .* is already in .*, unchanged\.$/,
		);

		const edited = first.read('pick-alpha').replace(/reason: .*TODO:.*/, 'reason: Beta costs more.');
		writeFileSync(join(first.root, 'content/practices/pick-alpha.md'), edited);
		const forced = runImport('', { folder, owner: 'platform-team', root: first.root, force: true });
		expect(forced.exitCode).toBe(0);
		expect(forced.written).toEqual([]);
		expect(forced.report).toContain(
			'Kept 1 record edited since the last import, even with --force: content/practices/pick-alpha.md.',
		);
		expect(first.read('pick-alpha')).toBe(edited);
	});
});
