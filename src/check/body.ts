import { parse as parseJavaScript, tokenizer, type Expression, type Node as JsNode } from 'acorn';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { createProblem, type Problem } from './problems.ts';
import { PLACEHOLDER_MARKER } from '../shared/placeholders.ts';
import { didYouMean, suggestClosest } from '../shared/suggest.ts';
import { lowerFirst } from '../shared/text.ts';

/** The modules a record's MDX may import from when the configuration names none. */
export const DEFAULT_ALLOWED_IMPORTS: readonly string[] = ['@astrojs/starlight/components'];

/** A record's body, with where it starts in its file. */
export interface RecordBody {
	/** Path of the file relative to the project root. */
	file: string;
	/** The text after the frontmatter. */
	body: string;
	/** The line of the file where the body starts. */
	bodyLine: number;
}

/** What a record's body links to, and the ids of its headings, for the checks across records. */
export interface BodyOutline {
	/** Every Markdown link, image and link definition, with its address and position in the file. */
	links: { url: string; image: boolean; line: number; column: number }[];
	/** The ids the build gives the body's headings; unset until the body has been parsed. */
	headingIds?: string[];
}

/** What the MDX check needs to know about the site. */
export interface MdxCheckOptions {
	/** Modules a record may import from. */
	allowedImports: readonly string[];
	/** Lists a module's exports, or `undefined` when they cannot be known; without it, imported names are not checked. */
	getModuleExports?: ((specifier: string) => ReadonlySet<string> | undefined) | undefined;
}

/** Link targets a record may use: web and mail addresses; anything without a scheme is a link inside the site. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const SCHEME = /^\s*([a-z][a-z0-9+.-]*:)/i;
/** The parts of an mdast node the checks read; satteri's own types are a union too strict to walk generically. */
interface TreeNode {
	type: string;
	position?: { start: { line: number; column: number } } | undefined;
	children?: TreeNode[];
	value?: unknown;
	name?: unknown;
	url?: unknown;
	attributes?: TreeNode[];
}

/**
 * HTML elements a record may not hold, with what each would do: run code, load another document or
 * plugin into the page, or change where the page's links go and how it loads.
 */
const ACTIVE_ELEMENTS: ReadonlyMap<string, string> = new Map([
	['script', "would run code in readers' browsers"],
	...['iframe', 'frame', 'frameset', 'portal'].map(
		(tag) => [tag, 'would load another document into the page'] as const,
	),
	...['object', 'embed', 'applet'].map((tag) => [tag, 'would load a plugin into the page'] as const),
	...['base', 'meta', 'link'].map((tag) => [tag, 'would change how the page loads or where its links go'] as const),
]);
/** Attributes whose value is an address the browser follows or loads. */
const URL_ATTRIBUTE = /^(?:href|src|action|formaction|poster|cite|data)$/i;

// The same parser options the build uses for records (Starlight's asides are directives).
const FEATURES = { frontmatter: false, gfm: true, directive: true };

/**
 * Checks the body of an `.mdx` record: MDX syntax, imports only from `allowedImports`, no exports or
 * other code, no JavaScript in `{…}` expressions or attributes, components that are imported, and
 * links with a safe protocol. Also reports placeholders.
 */
export function checkMdxBody(record: RecordBody, options: MdxCheckOptions, outline?: BodyOutline): Problem[] {
	const problems = findBodyPlaceholders(record);
	let tree: TreeNode;
	try {
		tree = mdxToMdast(record.body, { features: FEATURES }) as unknown as TreeNode;
	} catch (error) {
		problems.push(describeMdxError(record, error));
		return problems;
	}

	const imported = new Set<string>();
	const components: TreeNode[] = [];
	const addToOutline = outline ? createOutlineCollector(outline, record) : undefined;
	visit(tree, (node) => {
		if (node.type === 'mdxjsEsm') problems.push(...checkEsm(record, node, options, imported));
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			if (!isPlainExpression(String(node.value))) problems.push(reportExpression(record, node, String(node.value)));
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			if (typeof node.name === 'string' && isComponentName(node.name)) components.push(node);
			else if (typeof node.name === 'string') problems.push(...checkElementName(record, node, node.name));
			problems.push(...checkAttributes(record, node));
		} else problems.push(...checkLink(record, node));
		addToOutline?.(node);
	});
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

/**
 * Checks the body of a `.md` record: links with a safe protocol, raw HTML without scripts, event
 * handlers, frames or plugins, and placeholders.
 */
export function checkMarkdownBody(record: RecordBody, outline?: BodyOutline): Problem[] {
	const problems = findBodyPlaceholders(record);
	// Parsing is only needed when the text could hold raw HTML, a link with a scheme other than
	// http(s), or, for the outline, a link at all.
	const mayHoldHtml = /<[a-z!?/]/i.test(record.body);
	const mayHoldLinks = outline !== undefined && /\]\(|\]:|\]\[/.test(record.body);
	if (!mayHoldHtml && !mayHoldLinks && !/[a-z][a-z0-9+.-]*:/i.test(record.body.replace(/\b(?:https?|mailto):/gi, ''))) {
		return problems;
	}
	const tree = markdownToMdast(record.body, { features: FEATURES }) as unknown as TreeNode;
	const addToOutline = outline ? createOutlineCollector(outline, record) : undefined;
	visit(tree, (node) => {
		if (node.type === 'html') problems.push(...checkRawHtml(record, node));
		else problems.push(...checkLink(record, node));
		addToOutline?.(node);
	});
	return problems;
}

/** The ids the build gives the headings of a body (`## Signs it's working` → `signs-its-working`). */
export function getHeadingIds(body: string, mdx: boolean): string[] {
	try {
		const parse = mdx ? mdxToMdast : markdownToMdast;
		return getHeadingIdsOf(parse(body, { features: FEATURES }) as unknown as TreeNode);
	} catch {
		// A body that does not parse is reported on its own; its links are not checked against it.
		return [];
	}
}

function getHeadingIdsOf(tree: TreeNode): string[] {
	const ids: string[] = [];
	visit(tree, createHeadingIdCollector(ids));
	return ids;
}

/** A visitor that adds each heading's id to `ids` as Astro gives it: the same slugs, in the same order, repeats numbered. */
function createHeadingIdCollector(ids: string[]): (node: TreeNode) => void {
	const slugger = new GithubSlugger();
	return (node) => {
		if (node.type === 'heading') ids.push(slugger.slug(toString(node as Parameters<typeof toString>[0])));
	};
}

/** A visitor that adds each link, image and heading of a body to `outline`. */
function createOutlineCollector(outline: BodyOutline, record: RecordBody): (node: TreeNode) => void {
	const addHeading = createHeadingIdCollector((outline.headingIds = []));
	return (node) => {
		addHeading(node);
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
			outline.links.push({ url: node.url, image: node.type === 'image', ...at(record, node) });
		}
	};
}

/** Checks a block or span of raw HTML in Markdown, element by element, reporting at the node's position. */
function checkRawHtml(record: RecordBody, node: TreeNode): Problem[] {
	const problems: Problem[] = [];
	visit(htmlToHast(String(node.value), { fragment: true }) as unknown as TreeNode, (element) => {
		if (element.type !== 'element') return;
		const { tagName, properties } = element as unknown as { tagName: string; properties?: Record<string, unknown> };
		problems.push(...checkElementName(record, node, tagName));
		for (const [name, value] of Object.entries(properties ?? {})) {
			problems.push(
				...checkAttribute(record, node, tagName, name, Array.isArray(value) ? value.join(' ') : String(value)),
			);
		}
	});
	return problems;
}

function checkElementName(record: RecordBody, node: TreeNode, tagName: string): Problem[] {
	const tag = tagName.toLowerCase();
	const effect = ACTIVE_ELEMENTS.get(tag);
	if (!effect) return [];
	const article = /^[aeiou]/.test(tag) ? 'an' : 'a';
	return [
		createProblem('html/active', at(record, node), { message: `holds ${article} <${tag}> element, which ${effect}` }),
	];
}

/** Checks one attribute with a plain string value: no event handlers or inline documents, and safe addresses. */
function checkAttribute(record: RecordBody, node: TreeNode, tagName: string, name: string, value: string): Problem[] {
	if (/^on/i.test(name)) {
		return [
			createProblem('html/active', at(record, node), {
				message: `gives <${tagName}> the event handler ${name.toLowerCase()}="${excerpt(value)}", which would run JavaScript in readers' browsers`,
			}),
		];
	}
	if (/^srcdoc$/i.test(name)) {
		return [
			createProblem('html/active', at(record, node), { message: `gives <${tagName}> an inline document (srcdoc)` }),
		];
	}
	if (URL_ATTRIBUTE.test(name)) {
		const problem = checkUrl(record, node, value);
		if (problem) return [problem];
	}
	return [];
}

/** Reports every placeholder left in a body, each at its line and column. */
export function findBodyPlaceholders(record: RecordBody): Problem[] {
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

/** Finds every frontmatter value that still holds a placeholder: its field path and an excerpt from the marker on. */
export function findFrontmatterPlaceholders(
	data: unknown,
	path: PropertyKey[] = [],
): { path: PropertyKey[]; text: string }[] {
	if (typeof data === 'string') {
		const at = data.indexOf(PLACEHOLDER_MARKER);
		return at === -1 ? [] : [{ path, text: excerpt(data.slice(at)) }];
	}
	if (Array.isArray(data)) return data.flatMap((item, index) => findFrontmatterPlaceholders(item, [...path, index]));
	if (data && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => findFrontmatterPlaceholders(value, [...path, key]));
	}
	return [];
}

/** Whether `specifier` is one of the allowed modules, or under an allowed folder (an entry ending in `/`). */
export function isAllowedImport(specifier: string, allowedImports: readonly string[]): boolean {
	return allowedImports.some((allowed) =>
		allowed.endsWith('/')
			? specifier.startsWith(allowed) && !specifier.split('/').includes('..')
			: specifier === allowed,
	);
}

function checkEsm(record: RecordBody, node: TreeNode, options: MdxCheckOptions, imported: Set<string>): Problem[] {
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

function checkAttributes(record: RecordBody, node: TreeNode): Problem[] {
	const problems: Problem[] = [];
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
				problems.push(...checkAttribute(record, node, String(node.name ?? ''), String(attribute.name), text));
			}
		} else {
			problems.push(...checkAttribute(record, node, String(node.name ?? ''), String(attribute.name), value ?? ''));
		}
	}
	return problems;
}

function checkLink(record: RecordBody, node: TreeNode): Problem[] {
	if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
		const problem = checkUrl(record, node, node.url);
		if (problem) return [problem];
	}
	return [];
}

function checkUrl(record: RecordBody, node: TreeNode, url: string): Problem | undefined {
	const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
	if (!scheme || ALLOWED_PROTOCOLS.has(scheme)) return undefined;
	return createProblem('link/protocol', at(record, node), {
		message: `links to "${excerpt(url)}", which is not an http: or https: address`,
	});
}

function reportExpression(record: RecordBody, node: TreeNode, code: string, where?: string): Problem {
	return createProblem('mdx/expression', at(record, node), {
		message: `runs JavaScript${where ? ` in ${where}` : ''}: {${excerpt(code.trim())}}`,
	});
}

/** Whether an MDX expression is only comments or a plain value (string, number, boolean, null, or lists and objects of them). */
function isPlainExpression(code: string): boolean {
	if (isOnlyComments(code)) return true;
	try {
		const program = parseJavaScript(`(${code}\n)`, { ecmaVersion: 'latest' });
		const [statement] = program.body;
		return program.body.length === 1 && statement?.type === 'ExpressionStatement' && isPlainValue(statement.expression);
	} catch {
		// Not plain JavaScript (JSX inside braces, for example): certainly not a plain value.
		return false;
	}
}

function isOnlyComments(code: string): boolean {
	try {
		for (const _token of tokenizer(code, { ecmaVersion: 'latest' })) return false;
		return true;
	} catch {
		return false;
	}
}

function isPlainValue(node: Expression | JsNode): boolean {
	switch (node.type) {
		case 'Literal':
			return true;
		case 'TemplateLiteral':
			return (node as Extract<Expression, { type: 'TemplateLiteral' }>).expressions.length === 0;
		case 'ArrayExpression':
			return (node as Extract<Expression, { type: 'ArrayExpression' }>).elements.every(
				(element) => element !== null && element.type !== 'SpreadElement' && isPlainValue(element),
			);
		case 'ObjectExpression':
			return (node as Extract<Expression, { type: 'ObjectExpression' }>).properties.every(
				(property) =>
					property.type === 'Property' &&
					!property.computed &&
					!property.method &&
					!property.shorthand &&
					property.kind === 'init' &&
					isPlainValue(property.value),
			);
		case 'UnaryExpression': {
			const unary = node as Extract<Expression, { type: 'UnaryExpression' }>;
			return (
				(unary.operator === '-' || unary.operator === '+') &&
				unary.argument.type === 'Literal' &&
				typeof unary.argument.value === 'number'
			);
		}
		default:
			return false;
	}
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

function at(record: RecordBody, node: TreeNode) {
	const start = node.position?.start ?? { line: 1, column: 1 };
	return { file: record.file, line: record.bodyLine + start.line - 1, column: start.column };
}

function visit(node: TreeNode, callback: (node: TreeNode) => void): void {
	callback(node);
	const children = (node as { children?: TreeNode[] }).children;
	if (children) for (const child of children) visit(child, callback);
}

function sourceOf(code: string, node: JsNode): string {
	return code.slice(node.start, node.end);
}

function excerpt(text: string, length = 60): string {
	const line = text.split('\n')[0]!.trim();
	return line.length > length || text.includes('\n') ? `${line.slice(0, length).trimEnd()}…` : line;
}
