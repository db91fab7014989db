import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { charterDevCheck } from './dev-check.ts';
import { checkPlaybook } from './lib/check.ts';
import { formatProblems } from './lib/problems.ts';
import { getSidebar } from './lib/sidebar.ts';
import { parseCharterOptions, registerCharterOptions } from './lib/options.ts';
import type { CharterOptions, CharterUserOptions } from './schemas/config.ts';

export type { CharterOptions, CharterUserOptions } from './schemas/config.ts';
export type { RecordData, RecordInput, RecordStatus } from './schemas/record.ts';

const VIRTUAL_CONFIG = 'virtual:charter/config';

/**
 * The Charter Starlight plugin: validates the playbook in `content/practices/`, adds the record
 * pages and browse views, and sets up the sidebar.
 *
 * @example
 * starlight({ title: 'Acme playbook', plugins: [charter({ organization: 'Acme', pillars: [...] })] })
 */
export default function charter(userOptions: CharterUserOptions): StarlightPlugin {
	const options = parseCharterOptions(userOptions);
	registerCharterOptions(options);
	return {
		name: 'charter',
		hooks: {
			'config:setup'({ astroConfig, command, config, logger, updateConfig, addIntegration }) {
				const root = fileURLToPath(astroConfig.root);
				const result = checkPlaybook(root, { pillars: options.pillars.map((pillar) => pillar.id) });
				const errors = result.problems.filter((problem) => problem.severity === 'error');
				if (errors.length > 0) {
					const report = formatProblems(errors);
					if (command === 'build') {
						throw createQuietError(
							`The playbook has ${errors.length} problem${errors.length === 1 ? '' : 's'}; the build stopped before rendering any page.\n\n${report}`,
							'Fix them and build again; `npm run check` lists them without building.',
						);
					}
					logger.error(`The playbook has problems; pages may fail to render until they are fixed.\n\n${report}`);
				}
				updateConfig({
					sidebar: config.sidebar ?? getSidebar(options, result.records.map(({ id, data }) => ({ id, title: data.title, pillar: data.pillar }))),
					customCss: [...(config.customCss ?? []), fileURLToPath(new URL('./styles/charter.css', import.meta.url))],
					markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), './content'] },
				});
				addIntegration(charterIntegration(options));
				if (command === 'dev') addIntegration(charterDevCheck(root, options));
			},
		},
	};
}

/** An error Astro prints as its message and hint only: the report already says where each problem is. */
function createQuietError(message: string, hint: string): AstroError {
	const error = new AstroError(message, hint);
	error.name = 'Charter';
	error.stack = '';
	return error;
}

function charterIntegration(options: CharterOptions): AstroIntegration {
	return {
		name: 'charter:routes',
		hooks: {
			'astro:config:setup'({ injectRoute, updateConfig }) {
				const route = (pattern: string, file: string) =>
					injectRoute({ pattern, entrypoint: fileURLToPath(new URL(`./routes/${file}`, import.meta.url)), prerender: true });
				route('/', 'index.astro');
				route('/practices/[id]', 'practice.astro');
				route('/pillars/[pillar]', 'pillar.astro');
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'charter:config',
								resolveId: (id: string) => (id === VIRTUAL_CONFIG ? `\0${VIRTUAL_CONFIG}` : undefined),
								load: (id: string) => (id === `\0${VIRTUAL_CONFIG}` ? `export default ${JSON.stringify(options)};` : undefined),
							},
						],
					},
				});
			},
		},
	};
}
