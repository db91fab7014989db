// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'lib/',
			// Templates with {{placeholders}}, filled in by `charter init`.
			'templates/',
			'**/.*.building/',
			'**/.*.previous/',
			'.astro/',
			'.bench/',
			'node_modules/',
			'tests/fixtures/**/dist/',
			'tests/fixtures/**/.astro/',
			'screenshots/',
			'.tmp/',
		],
	},
	...tseslint.configs.recommended,
	...eslintPluginAstro.configs.recommended,
	{
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
);
