import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkPlaybook, getCheckOptions } from '../check/check-playbook.ts';
import { applyGapsFile } from '../check/gaps.ts';
import { PAGES_DIR } from '../shared/paths.ts';
import { formatProblems } from '../check/reporters/terminal.ts';
import type { CharterOptions } from '../schemas/config.ts';

/**
 * Re-checks the playbook in `astro dev` whenever a record or another page under `content/` changes,
 * since Astro's own reload does not re-run Charter's rules, and logs what is wrong (or that all is
 * well again).
 */
export function charterDevCheck(root: string, options: CharterOptions, base: string): AstroIntegration {
	return {
		name: 'charter:dev-check',
		hooks: {
			'astro:server:setup'({ server, logger }) {
				let hadProblems = false;
				const recheck = (path: string) => {
					const file = relative(root, path).split(sep).join('/');
					if (!file.startsWith(`${PAGES_DIR}/`) || !/\.mdx?$/i.test(file)) return;
					// Known gaps (charter-gaps.json) are accepted here too; an unreadable file is reported as it is.
					const checked = applyGapsFile(root, checkPlaybook(root, getCheckOptions(options, { base })));
					if ('error' in checked) return logger.error(checked.error);
					const errors = checked.problems.filter((problem) => problem.severity === 'error');
					if (errors.length > 0) logger.error(`The playbook has problems:\n\n${formatProblems(errors)}`);
					else if (hadProblems) logger.info('The playbook has no problems any more.');
					hadProblems = errors.length > 0;
				};
				server.watcher.on('add', recheck);
				server.watcher.on('change', recheck);
				server.watcher.on('unlink', recheck);
			},
		},
	};
}
