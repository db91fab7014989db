import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { applyGapsFile } from '../check/gaps.ts';
import { getChangeEffect, type FileEvent, type IncrementalCheck } from '../check/incremental.ts';
import type { Problem } from '../check/problems.ts';
import { formatProblems } from '../check/reporters/terminal.ts';
import { formatCount } from '../shared/text.ts';

// Astro's content layer reacts to the same file events; checking just after it has read the file
// keeps the check off the path of the page update, and takes changes that come together at once.
const RECHECK_DELAY_MS = 50;

/**
 * Checks the playbook again in `astro dev` whenever a file under `content/` or `public/` is added,
 * changed or deleted, since Astro's own reload does not re-run Charter's rules. Only the changed
 * file is read and checked again on its own; the rules across files run over what the check kept
 * (see {@link IncrementalCheck}). Problems are logged and shown in the browser's error overlay,
 * until they are fixed.
 */
export function charterDevCheck(root: string, playbookCheck: IncrementalCheck): AstroIntegration {
	return {
		name: 'charter:dev-check',
		hooks: {
			'astro:server:setup'({ server, logger }) {
				const client = server.environments.client.hot;
				let hadProblems = false;
				let overlay: { type: 'error'; err: { message: string; stack: string; hint: string } } | undefined;
				let timer: ReturnType<typeof setTimeout> | undefined;
				const recheck = () => {
					timer = undefined;
					// Known gaps (charter-gaps.json) are accepted here too; an unreadable file is reported as it is.
					const checked = applyGapsFile(root, playbookCheck.check());
					if ('error' in checked) return logger.error(checked.error);
					const errors = checked.problems.filter((problem) => problem.severity === 'error');
					if (errors.length > 0) logger.error(`The playbook has problems:\n\n${formatProblems(errors)}`);
					else if (hadProblems) logger.info('The playbook has no problems any more.');
					hadProblems = errors.length > 0;
					overlay = errors.length > 0 ? createOverlayError(errors) : undefined;
					if (overlay) client.send(overlay);
				};
				const watch = (event: FileEvent) => (path: string) => {
					const file = relative(root, path).split(sep).join('/');
					if (!getChangeEffect(file, event)) return;
					playbookCheck.notify(file, event);
					timer ??= setTimeout(recheck, RECHECK_DELAY_MS);
				};
				server.watcher.on('add', watch('add'));
				server.watcher.on('change', watch('change'));
				server.watcher.on('unlink', watch('unlink'));
				// A changed record reloads the page, which clears the overlay: show it again on the new page.
				client.on('vite:client:connect', () => {
					if (overlay) client.send(overlay);
				});
			},
		},
	};
}

/** The error the browser's overlay shows for the playbook's problems: the terminal's report, whole. */
export function createOverlayError(errors: readonly Problem[]) {
	const files = new Set(errors.map((problem) => problem.file)).size;
	return {
		type: 'error' as const,
		err: {
			message: `The playbook has ${formatCount(errors.length, 'problem')} in ${formatCount(files, 'file')}; pages may fail to render until they are fixed.\n\n${formatProblems(errors)}`,
			hint: '`npm run check` lists them too; the overlay goes once they are fixed.',
			stack: '',
		},
	};
}
