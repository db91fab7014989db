import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:charter/config';
import gitHistory from 'virtual:charter/history';
import { getChangeFeedItems, getPlaybookChanges } from '../views/changes.ts';
import type { RecordData } from '../schemas/record.ts';
import { createTranslate } from '../shared/translate.ts';

/** The RSS feed of changes to the playbook, newest first. Injected only when the site has an address (`site`). */
export async function GET(context: APIContext) {
	const base = import.meta.env.BASE_URL;
	const t = createTranslate(context.currentLocale ?? 'en', context.locals.t);
	// Typed here because the package is built without the site's content configuration.
	const entries: { id: string; filePath?: string; data: RecordData }[] = await getCollection('practices');
	const changes = getPlaybookChanges(entries, gitHistory, config, base, t);
	return rss({
		title: t('charter.feed.changesTitle', { organization: config.organization }),
		description: t('charter.feed.changesDescription'),
		site: new URL(base, context.site),
		items: getChangeFeedItems(changes),
	});
}
