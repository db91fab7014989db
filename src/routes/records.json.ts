import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:charter/config';
import gitHistory from 'virtual:charter/history';
import { getRecordsExport } from '../views/feeds.ts';
import { getAmendments, getHistoryEntries } from '../views/history.ts';
import { createPlaybook } from '../views/playbook.ts';
import type { RecordData } from '../schemas/record.ts';

/** `records.json`: every record's frontmatter, id, URL, computed links and history, for other tools. */
export async function GET(context: APIContext) {
	// Typed here because the package is built without the site's content configuration.
	const entries: { id: string; filePath?: string; data: RecordData }[] = await getCollection('practices');
	const playbook = createPlaybook(entries, config);
	const files = new Map(entries.map((entry) => [entry.id, (entry.filePath ?? '').split('\\').join('/')]));
	const data = getRecordsExport(playbook, config, import.meta.env.BASE_URL, context.site, (id) =>
		getHistoryEntries(
			gitHistory?.files[files.get(id) ?? ''] ?? [],
			config.repository,
			getAmendments(playbook.byId.get(id)!.data),
		),
	);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
