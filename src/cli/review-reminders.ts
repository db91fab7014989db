import { execFileSync } from 'node:child_process';
import { formatReviewIssue, getReviewIssueTitle, type ReviewReport } from './review.ts';

/** The label that marks review reminders, so the reminders find their own issues and nobody else's. */
export const REMINDER_LABEL = 'review-reminder';

/** Runs the GitHub CLI and returns what it printed; it fails loudly, as a workflow step should. */
export function runGh(args: readonly string[]): string {
	return execFileSync('gh', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * Files a review as GitHub issues, one per owner, with the `gh` CLI: opens an owner's issue, or
 * updates the open one (found by its label and title), and closes the open issues of owners with
 * nothing due. Owners' handles are mentioned in the body, which notifies people and teams alike.
 * Returns one line per issue touched.
 */
export function openReviewIssues(report: ReviewReport, gh: (args: readonly string[]) => string): string {
	gh([
		'label',
		'create',
		REMINDER_LABEL,
		'--force',
		'--color',
		'FBCA04',
		'--description',
		'Practices due for review (opened by npm run review -- --open-issues)',
	]);
	const open = JSON.parse(
		gh(['issue', 'list', '--label', REMINDER_LABEL, '--state', 'open', '--limit', '500', '--json', 'number,title']),
	) as { number: number; title: string }[];
	const byTitle = new Map(open.map((issue) => [issue.title, issue.number]));
	const lines: string[] = [];
	for (const owner of report.owners) {
		const title = getReviewIssueTitle(owner.owner);
		const body = formatReviewIssue(owner, report);
		const number = byTitle.get(title);
		if (number === undefined) {
			gh(['issue', 'create', '--title', title, '--label', REMINDER_LABEL, '--body', body]);
			lines.push(`Opened an issue for ${owner.owner}: ${owner.records.length} due.`);
		} else {
			gh(['issue', 'edit', String(number), '--body', body]);
			lines.push(`Updated #${number} for ${owner.owner}: ${owner.records.length} due.`);
		}
		byTitle.delete(title);
	}
	for (const [title, number] of byTitle) {
		gh(['issue', 'close', String(number), '--comment', `Nothing is due for review as of ${report.asOf}. Thank you!`]);
		lines.push(`Closed #${number} (${title}): nothing due.`);
	}
	return lines.length > 0 ? lines.join('\n') : 'Nothing is due for review, and no reminder is open.';
}
