import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:charter/config';
import { getRecordsExport } from '../views/feeds.ts';
import { createPlaybook } from '../views/playbook.ts';

/** `records.json`: every record's frontmatter, id, URL and computed links, for other tools. */
export async function GET(context: APIContext) {
	const playbook = createPlaybook(await getCollection('practices'), config);
	const data = getRecordsExport(playbook, config, import.meta.env.BASE_URL, context.site);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
