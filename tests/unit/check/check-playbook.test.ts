import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlaybook, checkRecords } from '../../../src/check/check-playbook.ts';
import { formatProblems } from '../../../src/check/reporters/terminal.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}/`, import.meta.url));
const options = { pillars: ['outcomes', 'delivery'], reviewIntervalMonths: 12, today: new Date('2026-06-01') };

describe('checkPlaybook', () => {
	it('reports every problem of several broken files in one run, grouped by file, with a count', () => {
		const result = checkPlaybook(fixture('check-broken'), options);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/broken-mdx.mdx
			  content/practices/broken-mdx.mdx:15:1  is not valid MDX: unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`
			    → to create a comment in MDX, use \`{/* text */}\`

			content/practices/broken-yaml.mdx
			  content/practices/broken-yaml.mdx:7:1  is not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ]
			    → fix the YAML syntax at this line
			  content/practices/broken-yaml.mdx:11:28  is not valid MDX: expected a closing tag for \`<Aside>\` (line 11, column 28) before the end of \`paragraph\`
			    → fix the MDX syntax at this line; in text, write \`\\{\` for a literal brace and \`&lt;\` for a literal <

			content/practices/left-placeholders.md
			  content/practices/left-placeholders.md:3:10  summary still holds the placeholder "TODO: one plain sentence that says what the practice is."
			    → replace the placeholder with the real text
			  content/practices/left-placeholders.md:8:12  justification[0].claim still holds the placeholder "TODO: why this is the right choice for us."
			    → replace the placeholder with the real text
			  content/practices/left-placeholders.md:13:1  the body still holds the placeholder "TODO: say what the practice is."
			    → replace the placeholder with the real text

			content/practices/runs-code.mdx
			  content/practices/runs-code.mdx:12:1  imports from "node:child_process", which is not an allowed module
			    → import components only from "@astrojs/starlight/components"; the list is the \`allowedImports\` option in astro.config.mjs
			  content/practices/runs-code.mdx:13:1  exports code: "export const secret = execSync('env').toString();"
			    → remove the export: a record holds prose and data, not code
			  content/practices/runs-code.mdx:15:13  runs JavaScript: {new Date().toISOString()}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed
			  content/practices/runs-code.mdx:17:1  uses the component <Card>, which is not imported
			    → import it after the frontmatter, like \`import { Card } from '@astrojs/starlight/components';\`, or correct its name
			  content/practices/runs-code.mdx:19:1  runs JavaScript in the attribute title of <Aside>: {secret}
			    → write it as plain text: inside \`{…}\` only comments \`{/* … */}\` and plain values such as strings and numbers are allowed
			  content/practices/runs-code.mdx:21:1  links to "javascript:alert(document.cookie)", which is not an http: or https: address
			    → link to an http:// or https:// address, or to a page of the playbook

			content/practices/wrong-fields.mdx
			  content/practices/wrong-fields.mdx:2:1  summary is required
			    → add \`summary:\` with one plain sentence summarizing the practice
			  content/practices/wrong-fields.mdx:3:1  sumary is not a field of a record (did you mean "summary"?)
			    → remove "sumary" or correct its spelling; known fields: title, summary, pillar, status, decided, reviewed, owners, tags, justification, alternatives, sources, related, supersedes, amendments, aliases
			  content/practices/wrong-fields.mdx:4:9  pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)
			    → use one of outcomes, delivery, or add the pillar to astro.config.mjs
			  content/practices/wrong-fields.mdx:5:9  status is "acepted", which is not a status (did you mean "accepted"?)
			    → use one of proposed, accepted, deprecated, superseded, rejected
			  content/practices/wrong-fields.mdx:6:10  decided "2026-02-30" is not a date written YYYY-MM-DD
			    → write the date as YYYY-MM-DD, like decided: 2025-03-14
			  content/practices/wrong-fields.mdx:7:9  owners names no owner
			    → list at least one team or person handle, like owners: [product-leadership]
			  content/practices/wrong-fields.mdx:14:10  sources[0].url "ftp://example.com/outcomes" is not a full http:// or https:// address
			    → use the full address of the source, starting with https://
			  content/practices/wrong-fields.mdx:15:11  related[0] names "output-vs-outcomes", but no record has that id (did you mean "output-vs-outcome"?)
			    → use the id of an existing record (its file name without extension)

			20 errors in 5 files."
		`);
	});

	it('finds nothing wrong in a valid playbook and returns its records sorted by id', () => {
		const result = checkPlaybook(fixture('check-valid'), options);
		expect(result.problems).toEqual([]);
		expect(result.records.map((record) => record.id)).toEqual([
			'output-vs-outcome',
			'quarterly-releases',
			'ship-small-batches',
		]);
	});
});

describe('checkPlaybook with files it cannot read as records, and the other pages', () => {
	it('reports records in a subfolder or with another extension, an empty file, an unclosed frontmatter, missing images and the mistakes of other pages, and leaves drafts and images alone', () => {
		const result = checkPlaybook(fixture('check-files'), options);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/about.md
			  content/about.md:2:1  title is required (is "titel" a misspelling of it?)
			    → add \`title:\` to the frontmatter, like title: About this playbook
			  content/about.md:6:50  links to "./practices/gone.md", but no record file is named gone.md
			    → link to an existing record by its file, like \`./output-vs-outcome.mdx\`, or correct the record's id

			content/guides/intro.md
			  content/guides/intro.md:4:10  sidebar.order is "first", which is not a number
			    → write a number there; Starlight's frontmatter reference lists what each field takes

			content/practices/byte-order-mark.md
			  content/practices/byte-order-mark.md:6:9  pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)
			    → use one of outcomes, delivery, or add the pillar to astro.config.mjs

			content/practices/empty.md
			  content/practices/empty.md:1:1  is empty
			    → write the record, or let \`npm run new\` write its frontmatter for you; delete the file if it is not meant to be a record

			content/practices/kept.md
			  content/practices/kept.md:15:36  shows the image "./images/missing.png", but content/practices/images/missing.png does not exist
			    → add the image there, or correct the path: it is relative to the record's file
			  content/practices/kept.md:15:69  shows the image "/logo.svg", but public/logo.svg does not exist
			    → add the image to public/, or correct the path: an address from the site's root is a file in public/

			content/practices/Old Notes.markdown
			  content/practices/Old Notes.markdown:1:1  has the extension .markdown, which Charter does not read, so it is not in the site
			    → rename it to old-notes.md

			content/practices/outcomes/nested-record.mdx
			  content/practices/outcomes/nested-record.mdx:1:1  is in a subfolder of content/practices/, where Charter does not look for records, so it is not in the site
			    → move it to content/practices/nested-record.mdx, or start its name with \`_\` to keep it out of the site on purpose

			content/practices/unclosed.md
			  content/practices/unclosed.md:1:1  opens its frontmatter with \`---\` but never closes it
			    → add a line holding only \`---\` after the last frontmatter field

			content/practices/upper-case.MD
			  content/practices/upper-case.MD:1:1  has the extension .MD, which Charter does not read, so it is not in the site
			    → rename it to upper-case.md

			11 errors in 9 files."
		`);
	});

	it('reads a record after a byte-order mark and blank lines, as Astro does, with lines counted from the top of the file', () => {
		const result = checkPlaybook(fixture('check-files'), options);
		expect(result.records.map((record) => record.id)).toEqual(['byte-order-mark', 'kept']);
		expect(result.problems.filter((problem) => problem.file.endsWith('byte-order-mark.md'))).toMatchObject([
			{ kind: 'pillar/unknown', line: 6, column: 9 },
		]);
	});
});

describe('checkRecords', () => {
	const record = (frontmatter: string, body = 'Body.') =>
		`---\ntitle: A record\nsummary: One sentence.\npillar: outcomes\nstatus: proposed\nowners: [product-leadership]\njustification:\n  - claim: A reason.\n${frontmatter}---\n\n${body}\n`;

	it('reports an import of a name Starlight does not export, and names the component a misspelt one is close to', () => {
		const body = [
			"import { Callout, Aside } from '@astrojs/starlight/components';",
			'',
			'<Asid>Imported, but misspelt.</Asid>',
			'',
			'<Crd title="Not imported">Close to a component.</Crd>',
			'',
			'<Widget>Close to nothing.</Widget>',
		].join('\n');
		const root = fileURLToPath(new URL('../../../', import.meta.url));
		const result = checkRecords([{ file: 'content/practices/a.mdx', source: record('', body) }], { ...options, root });
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/a.mdx
			  content/practices/a.mdx:11:1  imports Callout from "@astrojs/starlight/components", which exports no Callout
			    → import one of its exports instead: Aside, Badge, Card, CardGrid, Icon, Tabs, TabItem, LinkCard, Steps, FileTree, LinkButton, Code
			  content/practices/a.mdx:13:1  uses the component <Asid>, which is not imported (did you mean <Aside>?)
			    → correct its name to <Aside>, which is imported
			  content/practices/a.mdx:15:1  uses the component <Crd>, which is not imported (did you mean <Card>?)
			    → correct its name to <Card> and import it after the frontmatter, like \`import { Card } from '@astrojs/starlight/components';\`
			  content/practices/a.mdx:17:1  uses the component <Widget>, which is not imported
			    → "@astrojs/starlight/components" has no Widget; use one of its components (Aside, Badge, Card, CardGrid, Icon, Tabs, TabItem, LinkCard, Steps, FileTree, LinkButton, Code), imported after the frontmatter like \`import { Aside } from '@astrojs/starlight/components';\`

			4 errors in 1 file."
		`);
	});

	it('still checks the fields that are valid in a record whose other fields are not', () => {
		const source = record('related: [b]\n')
			.replace('pillar: outcomes', 'pillar: outcome')
			.replace('status: proposed', 'status: maybe');
		const result = checkRecords([{ file: 'content/practices/a.mdx', source }], options);
		expect(result.problems.map((problem) => `${problem.field}: ${problem.kind}`).sort()).toEqual([
			'pillar: pillar/unknown',
			'related[0]: reference/unknown',
			'status: field/invalid',
		]);
	});

	it('reports a file name that is not a kebab-case id, and still checks the record', () => {
		const source = record('').replace('pillar: outcomes', 'pillar: outcome');
		const result = checkRecords([{ file: 'content/practices/Output_vs_Outcome.md', source }], options);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/Output_vs_Outcome.md
			  content/practices/Output_vs_Outcome.md:1:1  "Output_vs_Outcome" is not a valid record id
			    → rename the file to output-vs-outcome.md: ids are kebab-case
			  content/practices/Output_vs_Outcome.md:4:9  pillar is "outcome", which is not a configured pillar (did you mean "outcomes"?)
			    → use one of outcomes, delivery, or add the pillar to astro.config.mjs

			2 errors in 1 file."
		`);
	});

	it('rejects a date that does not exist instead of moving it to the next month', () => {
		const result = checkRecords([{ file: 'content/practices/a.md', source: record('decided: 2026-02-30\n') }], options);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/a.md
			  content/practices/a.md:9:10  decided "2026-02-30" is not a date written YYYY-MM-DD
			    → write the date as YYYY-MM-DD, like decided: 2025-03-14

			1 error in 1 file."
		`);
	});

	it('reports a repeated key as a YAML error at its line', () => {
		const result = checkRecords([{ file: 'content/practices/a.md', source: record('title: Again\n') }], options);
		expect(formatProblems(result.problems)).toMatchInlineSnapshot(`
			"content/practices/a.md
			  content/practices/a.md:9:1  is not valid YAML: repeats a key that is already set above
			    → fix the YAML syntax at this line

			1 error in 1 file."
		`);
	});

	it('reads `{…}` and `<` in a Markdown record as text, and checks them in an MDX record', () => {
		const body = 'Costs {about 3} days when a < b.';
		const markdown = checkRecords([{ file: 'content/practices/a.md', source: record('', body) }], options);
		const mdx = checkRecords([{ file: 'content/practices/a.mdx', source: record('', body) }], options);
		expect(markdown.problems).toEqual([]);
		expect(formatProblems(mdx.problems)).toMatchInlineSnapshot(`
			"content/practices/a.mdx
			  content/practices/a.mdx:11:14  is not valid MDX: the expression in \`{…}\` is not valid JavaScript: Expected \`,\` or \`)\` but found \`decimal\`
			    → fix the MDX syntax at this line; in text, write \`\\{\` for a literal brace and \`&lt;\` for a literal <

			1 error in 1 file."
		`);
	});
});
