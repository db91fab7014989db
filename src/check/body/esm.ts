import { parse as parseJavaScript, type Node as JsNode } from 'acorn';
import { createProblem, type Problem } from '../problems.ts';
import { didYouMean } from '../../shared/suggest.ts';
import { lowerFirst } from '../../shared/text.ts';
import type { OriginCheckOptions } from './origins.ts';
import { excerpt, type RecordBody, type TreeNode } from './tree.ts';

/** The modules a record's MDX may import from when the configuration names none. */
export const DEFAULT_ALLOWED_IMPORTS: readonly string[] = ['@astrojs/starlight/components'];

/** What the MDX check needs to know about the site. */
export interface MdxCheckOptions extends OriginCheckOptions {
	/** Modules a record may import from. */
	allowedImports: readonly string[];
	/** Lists a module's exports, or `undefined` when they cannot be known; without it, imported names are not checked. */
	getModuleExports?: ((specifier: string) => ReadonlySet<string> | undefined) | undefined;
}

/** Whether `specifier` is one of the allowed modules, or under an allowed folder (an entry ending in `/`). */
export function isAllowedImport(specifier: string, allowedImports: readonly string[]): boolean {
	return allowedImports.some((allowed) =>
		allowed.endsWith('/')
			? specifier.startsWith(allowed) && !specifier.split('/').includes('..')
			: specifier === allowed,
	);
}

/**
 * Checks one block of ESM in an MDX body, statement by statement: imports only from allowed modules
 * and of names they export, and no exports or other code. Adds the names it imports to `imported`.
 */
export function checkEsm(
	record: RecordBody,
	node: TreeNode,
	options: MdxCheckOptions,
	imported: Set<string>,
): Problem[] {
	const { allowedImports } = options;
	const start = node.position?.start ?? { line: 1, column: 1 };
	const atStatement = (statement: JsNode) => {
		const line = statement.loc?.start.line ?? 1;
		const column = (statement.loc?.start.column ?? 0) + 1;
		return {
			file: record.file,
			line: record.bodyLine + start.line - 1 + line - 1,
			column: line === 1 ? start.column + column - 1 : column,
		};
	};
	let program;
	try {
		program = parseJavaScript(node.value as string, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
	} catch (error) {
		const loc = (error as { loc?: { line: number; column: number } }).loc ?? { line: 1, column: 0 };
		const message = (error as Error).message.replace(/ \(\d+:\d+\)$/, '');
		return [
			createProblem('file/mdx', atStatement({ loc: { start: loc } } as JsNode), {
				message: `is not valid JavaScript: ${lowerFirst(message)}`,
				fix: 'fix the import line; a record may hold only `import { … } from "…";` lines besides its text',
			}),
		];
	}
	const problems: Problem[] = [];
	for (const statement of program.body) {
		if (statement.type === 'ImportDeclaration') {
			for (const specifier of statement.specifiers) imported.add(specifier.local.name);
			const from = String(statement.source.value);
			if (!isAllowedImport(from, allowedImports)) {
				problems.push(
					createProblem('mdx/import', atStatement(statement), {
						message: `imports from "${from}", which is not an allowed module`,
						fix: `import components only from ${allowedImports.map((allowed) => `"${allowed}"`).join(', ') || 'nowhere: no module is allowed'}; the list is the \`allowedImports\` option in astro.config.mjs`,
					}),
				);
			} else {
				const exported = options.getModuleExports?.(from);
				for (const specifier of statement.specifiers) {
					if (!exported || specifier.type !== 'ImportSpecifier') continue;
					const name =
						specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
					if (exported.has(name)) continue;
					const names = [...exported].filter((candidate) => candidate !== 'default');
					problems.push(
						createProblem('mdx/missing-export', atStatement(statement), {
							message: `imports ${name} from "${from}", which exports no ${name}${didYouMean(name, names)}`,
							fix: `import one of its exports instead: ${names.join(', ')}`,
						}),
					);
				}
			}
		} else if (statement.type.startsWith('Export')) {
			problems.push(
				createProblem('mdx/export', atStatement(statement), {
					message: `exports code: "${excerpt(sourceOf(node.value as string, statement))}"`,
				}),
			);
		} else {
			problems.push(
				createProblem('mdx/code', atStatement(statement), {
					message: `runs code: "${excerpt(sourceOf(node.value as string, statement))}"`,
				}),
			);
		}
	}
	return problems;
}

function sourceOf(code: string, node: JsNode): string {
	return code.slice(node.start, node.end);
}
