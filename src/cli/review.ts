import { checkPlaybook, getCheckOptions } from '../check/check-playbook.ts';
import { loadCharterOptions } from '../integration/site-config.ts';
import { addDays, formatIsoDate } from '../shared/dates.ts';
import { getRecordUrl } from '../shared/routes.ts';
import { formatCount } from '../shared/text.ts';
import { createPlaybook } from '../views/playbook.ts';
import { getReviewsByOwner, type OwnerReviews, type ReminderRecord } from '../views/review.ts';
import type { CommandResult } from './command-line.ts';
import { openReviewIssues, runGh } from './review-reminders.ts';

export const REVIEW_USAGE = `Usage: npm run review -- [--as-of YYYY-MM-DD] [--within 30d] [--format text|json|markdown] [--root <folder>] [--open-issues]

Lists the records due for review, grouped by owner.
  --as-of        the day to count from (default: today)
  --within       also list records falling due within this many days, like 30d
  --format       text (default), json, or markdown: the body of one issue per owner
  --root         the site's folder (default: the current folder)
  --open-issues  open or update one GitHub issue per owner with the gh CLI, and close the issues
                 of owners with nothing due (as the review-reminders workflow does)`;

/** Options of `npm run review`. */
export interface ReviewCommandOptions {
	root: string;
	format: string;
	asOf?: string | undefined;
	within?: string | undefined;
	openIssues?: boolean;
	/** Runs the gh CLI; tests and the default both run the real `gh` found on the PATH. */
	gh?: (args: readonly string[]) => string;
}

/** What a review lists: the day it counts from, the last due day it includes, and each owner's records. */
export interface ReviewReport {
	asOf: string;
	dueBy: string;
	owners: OwnerReviews[];
}

/**
 * Runs `npm run review`: loads the site's records and prints those due for review by owner, or, with
 * `openIssues`, files them as issues. Exits 0, or 2 when an option or the site's configuration cannot be used.
 */
export async function runReviewCommand(options: ReviewCommandOptions): Promise<CommandResult> {
	const fail = (message: string): CommandResult => ({ exitCode: 2, stdout: '', stderr: message });
	if (!['text', 'json', 'markdown'].includes(options.format)) {
		return fail(`--format is "${options.format}"; use text, json or markdown.\n\n${REVIEW_USAGE}`);
	}
	const asOf = options.asOf ?? formatIsoDate(new Date());
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
		return fail(`--as-of is "${asOf}"; write the date as YYYY-MM-DD.`);
	}
	const days = options.within === undefined ? 0 : Number(/^(\d+)d?$/.exec(options.within)?.[1] ?? NaN);
	if (Number.isNaN(days)) return fail(`--within is "${options.within}"; write a number of days, like 30d.`);
	const loaded = await loadCharterOptions(options.root);
	if ('error' in loaded) return fail(loaded.error);
	const { records } = checkPlaybook(options.root, getCheckOptions(loaded.options, { base: loaded.base }));
	const dueBy = addDays(asOf, days);
	const getUrl = (id: string) => {
		const path = getRecordUrl(loaded.base, id);
		return loaded.site ? new URL(path, loaded.site).href : path;
	};
	const report: ReviewReport = {
		asOf,
		dueBy,
		owners: getReviewsByOwner(createPlaybook(records, loaded.options), loaded.options, { asOf, dueBy, getUrl }),
	};
	if (options.openIssues) {
		const stdout = openReviewIssues(report, options.gh ?? runGh);
		return { exitCode: 0, stdout, stderr: '' };
	}
	const stdout =
		options.format === 'json'
			? JSON.stringify(report, null, '\t')
			: options.format === 'markdown'
				? report.owners
						.map((owner) => `## ${getReviewIssueTitle(owner.owner)}\n\n${formatReviewIssue(owner, report)}`)
						.join('\n\n')
				: formatReviewText(report);
	return { exitCode: 0, stdout, stderr: '' };
}

/** The title of an owner's review issue; the reminders find an owner's open issue by it. */
export function getReviewIssueTitle(owner: string): string {
	return `Practices due for review: ${owner}`;
}

/** The body of an owner's review issue: a checklist of their records with links, then how to mark a review done. */
export function formatReviewIssue(owner: OwnerReviews, { asOf, dueBy }: Pick<ReviewReport, 'asOf' | 'dueBy'>): string {
	const window = dueBy === asOf ? `as of ${asOf}` : `as of ${asOf}, or falling due by ${dueBy}`;
	return [
		`${formatCount(owner.records.length, 'practice')} owned by **${owner.owner}** ${owner.records.length === 1 ? 'is' : 'are'} due for review ${window}:`,
		'',
		...owner.records.map((record) => `- [ ] [${record.title}](${record.url}): ${describeDue(record)}`),
		'',
		'For each, check that the practice still holds. If it does, record the review with one line in its frontmatter, `reviewed: YYYY-MM-DD`; if it does not, propose an amendment or a new record that supersedes it.',
		...(owner.handles.length > 0 ? ['', `cc ${owner.handles.join(' ')}`] : []),
	].join('\n');
}

function formatReviewText({ asOf, dueBy, owners }: ReviewReport): string {
	const window = dueBy === asOf ? `as of ${asOf}` : `as of ${asOf} or by ${dueBy}`;
	if (owners.length === 0) return `No practice is due for review ${window}.`;
	const count = new Set(owners.flatMap((owner) => owner.records.map((record) => record.id))).size;
	const lines = [`${formatCount(count, 'practice')} due for review ${window}, by owner:`];
	for (const owner of owners) {
		lines.push('', owner.handles.length > 0 ? `${owner.owner} (${owner.handles.join(', ')})` : owner.owner);
		for (const record of owner.records) lines.push(`  ${record.title}: ${describeDue(record)}`, `    ${record.url}`);
	}
	return lines.join('\n');
}

function describeDue(record: ReminderRecord): string {
	const since =
		record.basis === 'reviewed' ? `last reviewed ${record.since}` : `decided ${record.since}, never reviewed`;
	return `${record.overdue ? 'due since' : 'due on'} ${record.dueOn} (${since})`;
}
