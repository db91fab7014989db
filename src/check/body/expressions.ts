import { parse as parseJavaScript, tokenizer, type Expression, type Node as JsNode } from 'acorn';
import { createProblem, type Problem } from '../problems.ts';
import { at, excerpt, type RecordBody, type TreeNode } from './tree.ts';

/** Reports JavaScript in an MDX expression, `where` naming the attribute or element it is in. */
export function reportExpression(record: RecordBody, node: TreeNode, code: string, where?: string): Problem {
	return createProblem('mdx/expression', at(record, node), {
		message: `runs JavaScript${where ? ` in ${where}` : ''}: {${excerpt(code.trim())}}`,
	});
}

/** Whether an MDX expression is only comments or a plain value (string, number, boolean, null, or lists and objects of them). */
export function isPlainExpression(code: string): boolean {
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
