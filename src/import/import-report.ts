import type { Problem } from '../check/problems.ts';
import type { ImportedRecord } from './convert.ts';
import type { ImportNote } from './types.ts';
import { formatCount } from '../shared/text.ts';
import { countGapsByLabel } from '../check/gaps.ts';

const LABEL_WIDTH = 17;
const NOTE_LABELS: Record<ImportNote['kind'], string> = {
	note: 'note',
	'not-mapped': 'not mapped',
	'needs-human': 'needs a human',
};
const NOTE_ORDER: ImportNote['kind'][] = ['note', 'not-mapped', 'needs-human'];

/** What one imported file became, as the report prints it: each mapped field, then what could not be mapped. */
export function formatRecordReport(record: ImportedRecord, path: string): string {
	const lines = [`${record.file} → ${path} (${record.format})`];
	for (const [label, text] of record.mapped) lines.push(`  ${label.padEnd(LABEL_WIDTH)}${text}`);
	for (const kind of NOTE_ORDER) {
		for (const note of record.notes.filter((candidate) => candidate.kind === kind)) {
			lines.push(
				`  ${(kind === 'needs-human' ? `! ${NOTE_LABELS[kind]}` : NOTE_LABELS[kind]).padEnd(LABEL_WIDTH)}${note.text}`,
			);
		}
	}
	return lines.join('\n');
}

/**
 * The closing part of the report: which imported records need a human and why, from the import
 * itself and from the playbook's validator, grouped by file.
 */
export function formatReviewList(
	records: readonly { record: ImportedRecord; path: string }[],
	problems: readonly Problem[],
): { text: string; needHuman: number } {
	const groups = records
		.map(({ record, path }) => {
			const reasons = record.notes.filter((note) => note.kind === 'needs-human').map((note) => `  - ${note.text}`);
			const found = problems
				.filter((problem) => problem.file === path)
				.sort((a, b) => a.line - b.line || a.column - b.column)
				.map(
					(problem) =>
						`  - ${problem.file}:${problem.line}:${problem.column}  ${problem.field ? `${problem.field} ` : ''}${problem.message}\n      → ${problem.fix}`,
				);
			return { path, lines: [...reasons, ...found] };
		})
		.filter((group) => group.lines.length > 0);
	const total = records.length;
	if (groups.length === 0) {
		return {
			text: `All ${formatCount(total, 'imported record')} pass the playbook's rules; none needs a human.`,
			needHuman: 0,
		};
	}
	const header = `${groups.length} of ${formatCount(total, 'imported record')} need${groups.length === 1 ? 's' : ''} a human (known gaps do not stop \`npm run check\` or the build; other problems do):`;
	return {
		text: [header, ...groups.map((group) => `\n${group.path}\n${group.lines.join('\n')}`)].join('\n'),
		needHuman: groups.length,
	};
}

/** What the summary at the top of an import's report needs. */
export interface ImportSummary {
	records: number;
	from: string;
	into: string;
	pillar: string;
	written: number;
	unchanged: number;
	/** Records edited since an earlier import, kept as they are. */
	kept: readonly string[];
	/** The known gaps of the imported records, now in the gaps file. */
	gaps: readonly Problem[];
	/** Problems of the imported records that are not gaps: the check and the build fail on them. */
	blocking: readonly Problem[];
	owner?: string | undefined;
	/** The gaps file as the report shows it. */
	gapsFile: string;
}

/** The first lines of the report: how many records, how many complete, the gaps by kind, and what to do next. */
export function formatImportSummary(summary: ImportSummary): string {
	const withGaps = new Set([...summary.gaps, ...summary.blocking].map((problem) => problem.file)).size;
	const complete = summary.records - summary.kept.length - withGaps;
	const done =
		summary.written === 0
			? `Nothing to import: the ${formatCount(summary.unchanged, 'record')} from ${summary.from} ${summary.unchanged === 1 ? 'is' : 'are'} already in ${summary.into}/, unchanged.`
			: `Imported ${formatCount(summary.records, 'decision record')} from ${summary.from} into ${summary.into}/ (pillar "${summary.pillar}")${summary.unchanged > 0 ? `; ${summary.unchanged} were already there, unchanged` : ''}.`;
	const lines = [done, `${complete} complete, ${withGaps} with gaps.`];
	if (summary.kept.length > 0)
		lines.push(
			`Kept ${formatCount(summary.kept.length, 'record')} edited since the last import, even with --force: ${summary.kept.join(', ')}.`,
		);
	if (summary.gaps.length > 0) {
		lines.push(`${formatCount(summary.gaps.length, 'known gap')}, recorded in ${summary.gapsFile}:`);
		for (const [label, count] of countGapsByLabel(summary.gaps)) lines.push(`  ${String(count).padStart(4)}  ${label}`);
	}
	if (summary.blocking.length > 0)
		lines.push(
			`${formatCount(summary.blocking.length, 'problem')} that ${summary.blocking.length === 1 ? 'is' : 'are'} not a gap: \`npm run check\` and the build fail until ${summary.blocking.length === 1 ? 'it is' : 'they are'} fixed (listed at the end).`,
		);
	const owner = summary.owner ? ` --owner ${summary.owner}` : '';
	const commit = `commit ${summary.into}/ and ${summary.gapsFile}`;
	if (summary.blocking.length > 0) lines.push(`Next: fix the problems listed at the end, then ${commit}.`);
	else if (summary.gaps.length > 0)
		lines.push(
			`Next: ${commit}. The playbook passes \`npm run check\` and builds now, and each record page shows its gaps. Fill them in (\`npm run check --${owner}\` lists them), then run \`npm run check -- --prune\`.`,
		);
	else lines.push(`Next: ${commit}. Every imported record passes \`npm run check\`.`);
	return lines.join('\n');
}
