import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the synthetic history's commits carry: a fixed author, a day apart from this date on. */
const AUTHOR = 'Bench <bench@example.org>';
const FIRST_DAY = Date.UTC(2018, 0, 1) / 1000;

/**
 * Gives the site written in `dir` a git history of its own: one commit with everything but the
 * records, then one commit per record adding it (in file-name order, a day apart), as a playbook
 * grown one pull request at a time would have. `git fast-import` writes the commits in one process,
 * so 3,000 of them take about a second. Replaces any repository already in `dir`.
 */
export function commitSiteHistory(dir: string): number {
	rmSync(join(dir, '.git'), { recursive: true, force: true });
	execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir]);
	const files = listFiles(dir).map((path) => relative(dir, path).split('\\').join('/'));
	const records = files.filter((path) => path.startsWith('content/practices/')).sort();
	const others = files.filter((path) => !path.startsWith('content/practices/'));
	const chunks: Buffer[] = [];
	const write = (text: string) => chunks.push(Buffer.from(text, 'utf8'));
	let day = 0;
	const commit = (message: string, paths: readonly string[]) => {
		const time = `${FIRST_DAY + day * 86_400} +0000`;
		day += 1;
		write(`commit refs/heads/main\nauthor ${AUTHOR} ${time}\ncommitter ${AUTHOR} ${time}\n`);
		write(`data ${Buffer.byteLength(message)}\n${message}\n`);
		for (const path of paths) {
			const content = readFileSync(join(dir, path));
			write(`M 100644 inline ${path}\ndata ${content.length}\n`);
			chunks.push(content, Buffer.from('\n'));
		}
	};
	commit('Set up the playbook', others);
	for (const path of records) commit(`Add ${path.slice('content/practices/'.length)}`, [path]);
	execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks) });
	// fast-import writes the commits but leaves the index empty: read it from the last commit.
	execFileSync('git', ['reset', '--quiet', 'main'], { cwd: dir });
	return day;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (['.git', '.astro', 'dist', 'node_modules'].includes(entry.name)) return [];
		const path = join(dir, entry.name);
		return entry.isDirectory() ? listFiles(path) : [path];
	});
}
