import type { Problem } from '../../src/check/problems.ts';

/**
 * The user-visible text of each problem, one line each: where it is, its severity, field and
 * message, then its fix, so tests can lock the wording without depending on a reporter's layout.
 */
export function describeProblems(problems: readonly Problem[]): string[] {
	return problems.map(
		(problem) =>
			`${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.field ? `${problem.field} ` : ''}${problem.message} → ${problem.fix}`,
	);
}
