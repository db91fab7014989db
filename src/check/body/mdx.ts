import { createProblem, type Problem } from '../problems.ts';
import { suggestClosest } from '../../shared/suggest.ts';
import { lowerFirst } from '../../shared/text.ts';
import { checkEsm, DEFAULT_ALLOWED_IMPORTS, type MdxCheckOptions } from './esm.ts';
import { isPlainExpression, reportExpression } from './expressions.ts';
import { checkAttribute, checkElementName, checkLink } from './html.ts';
import { checkComponentOrigins, checkElementOrigins, createImageChecker } from './origins.ts';
import { createOutlineCollector, type BodyOutline } from './outline.ts';
import { checkBodyPlaceholders } from './placeholders.ts';
import { parseMdx } from './parse-mdx.ts';
import { at, visit, type RecordBody, type TreeNode } from './tree.ts';

/**
 * Checks the body of an `.mdx` record: MDX syntax, imports only from `allowedImports`, no exports or
 * other code, no JavaScript in `{…}` expressions or attributes, components that are imported, and
 * links with a safe protocol. Also reports placeholders.
 */
export function checkMdxBody(record: RecordBody, options: MdxCheckOptions, outline?: BodyOutline): Problem[] {
	const problems = checkBodyPlaceholders(record);
	let tree: TreeNode;
	try {
		tree = parseMdx(record.body);
	} catch (error) {
		problems.push(describeMdxError(record, error));
		return problems;
	}

	const imported = new Set<string>();
	const components: TreeNode[] = [];
	const addToOutline = outline ? createOutlineCollector(outline, record) : undefined;
	const images = createImageChecker(record, options);
	visit(tree, (node) => {
		images.visit(node);
		if (node.type === 'mdxjsEsm') problems.push(...checkEsm(record, node, options, imported));
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			if (!isPlainExpression(String(node.value))) problems.push(reportExpression(record, node, String(node.value)));
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			if (typeof node.name === 'string' && isComponentName(node.name)) components.push(node);
			else if (typeof node.name === 'string') problems.push(...checkElementName(record, node, node.name));
			problems.push(...checkAttributes(record, node, options));
		} else problems.push(...checkLink(record, node));
		addToOutline?.(node);
	});
	problems.push(...images.finish());
	for (const node of components) {
		const name = node.name as string;
		if (imported.has(name.split('.')[0]!)) continue;
		problems.push(reportUnimportedComponent(record, node, name, imported, options));
	}
	return problems;
}

/**
 * Reports a component used without an import. A near miss of an imported component or of one the
 * first allowed module exports is named (`<Asid>` → `<Aside>`); otherwise the fix shows the import.
 */
function reportUnimportedComponent(
	record: RecordBody,
	node: TreeNode,
	name: string,
	imported: ReadonlySet<string>,
	options: MdxCheckOptions,
): Problem {
	const base = name.split('.')[0]!;
	const module = options.allowedImports[0] ?? DEFAULT_ALLOWED_IMPORTS[0]!;
	const exported = [...(options.getModuleExports?.(module) ?? [])].filter((candidate) => candidate !== 'default');
	const closeImport = suggestClosest(base, imported);
	const closeExport = exported.includes(base) ? undefined : suggestClosest(base, exported);
	const message = `uses the component <${name}>, which is not imported`;
	const importLine = (component: string) => `\`import { ${component} } from '${module}';\``;
	if (closeImport !== undefined) {
		return createProblem('mdx/component', at(record, node), {
			message: `${message} (did you mean <${closeImport}>?)`,
			fix: `correct its name to <${closeImport}>, which is imported`,
		});
	}
	if (closeExport !== undefined) {
		return createProblem('mdx/component', at(record, node), {
			message: `${message} (did you mean <${closeExport}>?)`,
			fix: `correct its name to <${closeExport}> and import it after the frontmatter, like ${importLine(closeExport)}`,
		});
	}
	if (exported.length > 0 && !exported.includes(base)) {
		return createProblem('mdx/component', at(record, node), {
			message,
			fix: `"${module}" has no ${base}; use one of its components (${exported.join(', ')}), imported after the frontmatter like ${importLine(exported[0]!)}`,
		});
	}
	return createProblem('mdx/component', at(record, node), {
		message,
		fix: `import it after the frontmatter, like ${importLine(base)}, or correct its name`,
	});
}

function checkAttributes(record: RecordBody, node: TreeNode, options: MdxCheckOptions): Problem[] {
	const problems: Problem[] = [];
	const name = String(node.name ?? '');
	const checkOrigins = (attribute: string, value: string) =>
		typeof node.name === 'string' && isComponentName(node.name)
			? checkComponentOrigins(record, node, name, attribute, value, options)
			: checkElementOrigins(record, node, name, attribute, value, options);
	for (const attribute of (node.attributes ?? []) as TreeNode[]) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			problems.push(reportExpression(record, node, attribute.value as string, `<${node.name ?? ''}>`));
			continue;
		}
		const value = attribute.value as string | TreeNode | null | undefined;
		if (value && typeof value === 'object') {
			if (!isPlainExpression(value.value as string)) {
				problems.push(
					reportExpression(
						record,
						node,
						value.value as string,
						`the attribute ${attribute.name as string} of <${node.name ?? ''}>`,
					),
				);
			} else {
				// A plain value in braces, like onerror={"…"}, is still an event handler.
				const text = String(value.value)
					.trim()
					.replace(/^(["'`])([\s\S]*)\1$/, '$2');
				problems.push(...checkAttribute(record, node, name, String(attribute.name), text));
				problems.push(...checkOrigins(String(attribute.name), text));
			}
		} else {
			problems.push(...checkAttribute(record, node, name, String(attribute.name), value ?? ''));
			problems.push(...checkOrigins(String(attribute.name), value ?? ''));
		}
	}
	return problems;
}

/** Component names start with a capital or hold a dot (`<Card>`, `<icons.Star>`); the rest are HTML elements. */
function isComponentName(name: string): boolean {
	return /^[A-Z]/.test(name) || name.includes('.');
}

function describeMdxError(record: RecordBody, error: unknown): Problem {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(text);
	const line = match ? Number(match[1]) : 1;
	const column = match ? Number(match[2]) : 1;
	let message = match ? match[3]! : text;
	let fix: string | undefined;
	const note = / \(note: ([\s\S]*)\)$/.exec(message);
	if (note) {
		message = message.slice(0, note.index);
		fix = note[1]!;
	}
	message = message.replace(
		/^Could not parse expression with \w+: /,
		'the expression in `{…}` is not valid JavaScript: ',
	);
	// The parser's own positions count from the start of the body; point at the file's lines instead.
	message = message.replace(
		/\((\d+):(\d+)\)/g,
		(_, l: string, c: string) => `(line ${record.bodyLine + Number(l) - 1}, column ${c})`,
	);
	return createProblem(
		'file/mdx',
		{ file: record.file, line: record.bodyLine + line - 1, column },
		{ message: `is not valid MDX: ${lowerFirst(message)}`, fix },
	);
}
