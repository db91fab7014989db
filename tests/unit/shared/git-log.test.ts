import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/shared/git-log.ts';

// Captured from `git log --first-parent --diff-merges=first-parent -p -U0 -M --format=<GIT_LOG_FORMAT>` on a
// scripted repository: a record proposed, then renamed and accepted in a pull request merged with a merge
// commit, then a record whose name git quotes without core.quotePath=false.
const c = '\u0001';
const f = '\u001f';
const e = '\u001e';
const LOG = `${c}0525b41b199a15caf0598078be87331ee30eb0fb${f}2026-03-04T11:00:00+00:00${f}d87df8615a2482ec8e6b0201bbcc256c3f37941e${f}Add café${f}${e}

diff --git "a/content/practices/caf\\303\\251.md" "b/content/practices/caf\\303\\251.md"
new file mode 100644
index 0000000..bd2d0b9
--- /dev/null
+++ "b/content/practices/caf\\303\\251.md"
@@ -0,0 +1,4 @@
+---
+title: Café
+status: proposed
+---
${c}d87df8615a2482ec8e6b0201bbcc256c3f37941e${f}2026-03-03T11:00:00+00:00${f}112418691188b3d8662fb481af1df5c9b9aa31dc 0d6e4cd012d9094411ba46d116df988ea86a4264${f}Merge pull request #15 from fixture/accept${f}Accept shipping in small batches
${e}

diff --git a/content/practices/small.md b/content/practices/ship-small.md
similarity index 60%
rename from content/practices/small.md
rename to content/practices/ship-small.md
index 742f764..1485430 100644
--- a/content/practices/small.md
+++ b/content/practices/ship-small.md
@@ -3 +3 @@ title: Small
-status: proposed
+status: "accepted" # decided in March
${c}112418691188b3d8662fb481af1df5c9b9aa31dc${f}2026-01-05T09:00:00+00:00${f}${f}Propose small batches${f}${e}

diff --git a/content/practices/small.md b/content/practices/small.md
new file mode 100644
index 0000000..742f764
--- /dev/null
+++ b/content/practices/small.md
@@ -0,0 +1,6 @@
+---
+title: Small
+status: proposed
+---
+
+status: accepted is not frontmatter
`;

describe('parseGitLog', () => {
	it('reads each commit with its files, and the status an added record starts with from its frontmatter only', () => {
		const commits = parseGitLog(LOG);
		expect(
			commits.map(({ hash, date, parents }) => ({ hash: hash.slice(0, 7), date, parents: parents.length })),
		).toEqual([
			{ hash: '0525b41', date: '2026-03-04T11:00:00+00:00', parents: 1 },
			{ hash: 'd87df86', date: '2026-03-03T11:00:00+00:00', parents: 2 },
			{ hash: '1124186', date: '2026-01-05T09:00:00+00:00', parents: 0 },
		]);
		expect(commits[2]?.changes).toEqual([
			{ kind: 'added', path: 'content/practices/small.md', statusAfter: 'proposed' },
		]);
	});

	it('reads a rename with the status it changed, quoted and commented', () => {
		expect(parseGitLog(LOG)[1]?.changes).toEqual([
			{
				kind: 'renamed',
				path: 'content/practices/ship-small.md',
				previousPath: 'content/practices/small.md',
				statusBefore: 'proposed',
				statusAfter: 'accepted',
			},
		]);
	});

	it('titles a GitHub merge commit with its pull request’s title and number', () => {
		expect(parseGitLog(LOG)[1]).toMatchObject({ title: 'Accept shipping in small batches', pullRequest: 15 });
	});

	it('reads a squashed pull request’s number from its subject, and a GitLab merge request’s from its body', () => {
		const log = (subject: string, body = '') => `${c}abc${f}2026-01-01T00:00:00Z${f}${f}${subject}${f}${body}${e}\n`;
		expect(parseGitLog(log('Accept the thing (#42)'))[0]).toMatchObject({
			title: 'Accept the thing (#42)',
			pullRequest: 42,
		});
		expect(
			parseGitLog(log("Merge branch 'x' into 'main'", 'Accept\n\nSee merge request acme/playbook!9\n'))[0],
		).toMatchObject({
			pullRequest: 9,
		});
		expect(parseGitLog(log('Fix a typo'))[0]).not.toHaveProperty('pullRequest');
	});

	it('unquotes a path git wrote in C quotes', () => {
		expect(parseGitLog(LOG)[0]?.changes).toEqual([
			{ kind: 'added', path: 'content/practices/café.md', statusAfter: 'proposed' },
		]);
	});

	it('reads a deleted file, and nothing from an empty log', () => {
		const log = `${c}abc${f}2026-01-01T00:00:00Z${f}def${f}Remove${f}${e}\n\ndiff --git a/x.md b/x.md\ndeleted file mode 100644\nindex 1..0\n--- a/x.md\n+++ /dev/null\n@@ -1,3 +0,0 @@\n----\n-status: accepted\n----\n`;
		expect(parseGitLog(log)[0]?.changes).toEqual([{ kind: 'deleted', path: 'x.md', statusBefore: 'accepted' }]);
		expect(parseGitLog('')).toEqual([]);
	});
});
