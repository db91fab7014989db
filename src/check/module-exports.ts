import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parse } from 'acorn';

/**
 * Lists what a package module exports, by reading its source (never running it), so that the check
 * can report `import { Callout } from '@astrojs/starlight/components'` before the build fails on it.
 * Returns `undefined` when the list cannot be known: a relative or unresolvable specifier, a source
 * that is not plain JavaScript, or an `export * from` whose names would need following.
 */
export function createModuleExportReader(root: string): (specifier: string) => ReadonlySet<string> | undefined {
	const require = createRequire(resolve(root, 'package.json'));
	const cache = new Map<string, ReadonlySet<string> | undefined>();
	return (specifier) => {
		if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
		if (!cache.has(specifier)) cache.set(specifier, readExports(require, specifier));
		return cache.get(specifier);
	};
}

function readExports(require: NodeJS.Require, specifier: string): ReadonlySet<string> | undefined {
	let program;
	try {
		const file = require.resolve(specifier);
		if (!/\.(?:m?js|ts)$/.test(file)) return undefined;
		program = parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' });
	} catch {
		return undefined;
	}
	const names = new Set<string>();
	for (const statement of program.body) {
		if (statement.type === 'ExportDefaultDeclaration') names.add('default');
		else if (statement.type === 'ExportAllDeclaration') {
			if (!statement.exported) return undefined;
			names.add(nameOf(statement.exported));
		} else if (statement.type === 'ExportNamedDeclaration') {
			for (const specifier of statement.specifiers) names.add(nameOf(specifier.exported));
			const declaration = statement.declaration;
			if (declaration?.type === 'VariableDeclaration') {
				for (const declarator of declaration.declarations) {
					if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
					else return undefined;
				}
			} else if (declaration?.id) names.add(declaration.id.name);
		}
	}
	return names;
}

function nameOf(node: { type: string; name?: string; value?: unknown }): string {
	return node.type === 'Identifier' ? String(node.name) : String(node.value);
}
