import type { ParsedFrontmatter } from '../frontmatter.ts';
import { createProblem, formatFieldPath, type Problem } from '../problems.ts';
import { PLACEHOLDER_MARKER } from '../../shared/placeholders.ts';
import { excerpt, type RecordBody } from './tree.ts';

/** Reports every placeholder left in a body, each at its line and column. */
export function checkBodyPlaceholders(record: RecordBody): Problem[] {
	const problems: Problem[] = [];
	if (!record.body.includes(PLACEHOLDER_MARKER)) return problems;
	record.body.split('\n').forEach((line, index) => {
		for (
			let column = line.indexOf(PLACEHOLDER_MARKER);
			column !== -1;
			column = line.indexOf(PLACEHOLDER_MARKER, column + 1)
		) {
			problems.push(
				createProblem(
					'content/placeholder',
					{ file: record.file, line: record.bodyLine + index, column: column + 1 },
					{ message: `the body still holds the placeholder "${excerpt(line.slice(column))}"` },
				),
			);
		}
	});
	return problems;
}

/** Reports every frontmatter value that still holds a placeholder, at its field's line and column. */
export function checkFrontmatterPlaceholders(
	file: string,
	frontmatter: Pick<ParsedFrontmatter, 'data' | 'locate'>,
): Problem[] {
	return findPlaceholderValues(frontmatter.data).map(({ path, text }) =>
		createProblem(
			'content/placeholder',
			{ file, ...frontmatter.locate(path) },
			{ field: formatFieldPath(path), message: `still holds the placeholder "${text}"` },
		),
	);
}

/** Finds every value under `data` that still holds a placeholder: its field path and an excerpt from the marker on. */
function findPlaceholderValues(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
	if (typeof data === 'string') {
		const at = data.indexOf(PLACEHOLDER_MARKER);
		return at === -1 ? [] : [{ path, text: excerpt(data.slice(at)) }];
	}
	if (Array.isArray(data)) return data.flatMap((item, index) => findPlaceholderValues(item, [...path, index]));
	if (data && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => findPlaceholderValues(value, [...path, key]));
	}
	return [];
}
