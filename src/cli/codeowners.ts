import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readRecordFiles } from '../check/files.ts';
import { getRecordOwners, mergeCodeowners, renderCodeownersSection } from './codeowners-section.ts';
import { getRepositoryRoot } from '../shared/git.ts';
import type { CommandResult } from './command-line.ts';
import { loadCharterOptions } from '../integration/site-config.ts';
import { formatCount } from '../shared/text.ts';

/**
 * Runs `npm run codeowners`: writes the records' section of `.github/CODEOWNERS` (at the top of the
 * repository) from each record's `owners` and the `ownerHandles` option, keeping any other lines of
 * the file. Reports owners without a handle. With `check`, writes nothing and exits 1 when the file is
 * out of date.
 */
export async function runCodeownersCommand(options: {
	root: string;
	check: boolean;
	out?: string | undefined;
}): Promise<CommandResult> {
	const loaded = await loadCharterOptions(options.root);
	if ('error' in loaded) return { exitCode: 2, stdout: '', stderr: loaded.error };
	const charterOptions = loaded.options;
	const root = resolve(options.root);
	const repository = getRepositoryRoot(root) ?? root;
	const section = renderCodeownersSection(getRecordOwners(readRecordFiles(root)), charterOptions.ownerHandles, {
		pathPrefix: relative(repository, root).split('\\').join('/'),
	});
	if (section.invalidHandles.length > 0) {
		return {
			exitCode: 2,
			stdout: '',
			stderr: `ownerHandles in astro.config.mjs has handles a code host does not accept: ${section.invalidHandles.map((handle) => `"${handle}"`).join(', ')}.\nWrite each as @user, @organization/team or an email address.`,
		};
	}

	const out = options.out ? resolve(options.out) : join(repository, '.github/CODEOWNERS');
	const fromHere = relative(process.cwd(), out);
	const shown = fromHere && !fromHere.startsWith('..') ? fromHere : out;
	const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
	const next = mergeCodeowners(current, section.text);
	const notes = describeGaps(section);
	if (options.check) {
		if (current === next) return { exitCode: 0, stdout: `${shown} is up to date.`, stderr: notes };
		return {
			exitCode: 1,
			stdout: '',
			stderr: `${shown} is out of date with the records' owners.\nRun \`npm run codeowners\` and commit the file.${notes ? `\n\n${notes}` : ''}`,
		};
	}
	if (current !== next) {
		mkdirSync(dirname(out), { recursive: true });
		writeFileSync(out, next);
	}
	const lines = section.text.split('\n').length - 2;
	return {
		exitCode: 0,
		stdout: `${current === next ? 'Already up to date' : 'Wrote'}: ${shown}, ${formatCount(lines, 'record')} with owners.`,
		stderr: notes,
	};
}

function describeGaps(section: ReturnType<typeof renderCodeownersSection>): string {
	if (section.unmappedOwners.size === 0) return '';
	const owners = [...section.unmappedOwners].map(
		([owner, files]) =>
			`  ${owner}: ${formatCount(files.length, 'record')} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`,
	);
	const [first] = section.unmappedOwners.keys();
	const lines = [
		'These owners have no handle in the ownerHandles option of astro.config.mjs, so CODEOWNERS leaves them out:',
		...owners,
		`Map each to a code-host handle, like ownerHandles: { '${first}': '@your-org/${first}' }.`,
	];
	if (section.filesWithoutHandles.length > 0) {
		lines.push(`No reviewer is assigned to: ${section.filesWithoutHandles.join(', ')}.`);
	}
	return lines.join('\n');
}
