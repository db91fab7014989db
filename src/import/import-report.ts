import type { Problem } from '../check/problems.ts';
import type { ImportedRecord } from './convert.ts';
import type { ImportNote } from './types.ts';
import { formatCount } from '../shared/text.ts';

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
	const header = `${groups.length} of ${formatCount(total, 'imported record')} need${groups.length === 1 ? 's' : ''} a human before \`npm run check\` and the build pass:`;
	return {
		text: [header, ...groups.map((group) => `\n${group.path}\n${group.lines.join('\n')}`)].join('\n'),
		needHuman: groups.length,
	};
}
