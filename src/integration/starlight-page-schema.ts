/** The module of Starlight that validates the frontmatter `<StarlightPage>` receives. */
export const STARLIGHT_PAGE_MODULE = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]utils[\\/]starlight-page\.js$/;

const CALL = 'await StarlightPageFrontmatterSchema(';

/**
 * Rewrites Starlight's `starlight-page.js` so that the frontmatter schema of `<StarlightPage>` is
 * built once per build instead of once per page. Starlight rebuilds the whole docs schema for every
 * page (about 0.7 ms each, a sixth of rendering a record page); the schema only depends on the site's
 * content configuration, which does not change during a build. Returns `undefined`, leaving the
 * module as it is, when the code is not the shape this was written for (another Starlight release).
 */
export function memoizeStarlightPageSchema(code: string): string | undefined {
	if (code.split(CALL).length !== 2 || !code.includes('const StarlightPageFrontmatterSchema = ')) return undefined;
	return `${code.replace(CALL, 'await charterMemoizedStarlightPageFrontmatterSchema(')}
let charterStarlightPageSchema;
/** Added by Charter: one schema per build (see memoizeStarlightPageSchema in Charter's src/integration). */
function charterMemoizedStarlightPageFrontmatterSchema(context) {
	return (charterStarlightPageSchema ??= StarlightPageFrontmatterSchema(context));
}
`;
}

/** The Vite plugin that applies {@link memoizeStarlightPageSchema} to Starlight's module during builds. */
export function createStarlightPageSchemaPlugin() {
	return {
		// Every Charter page renders through <StarlightPage>; see memoizeStarlightPageSchema.
		name: 'charter:starlight-page-schema',
		apply: 'build' as const,
		transform: (code: string, id: string) =>
			STARLIGHT_PAGE_MODULE.test(id) ? memoizeStarlightPageSchema(code) : undefined,
	};
}
