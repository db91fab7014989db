import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:charter/config';
import { getFeedItems } from '../views/feeds.ts';
import { getTagline } from '../views/home.ts';
import { createPlaybook } from '../views/playbook.ts';
import { createTranslate } from '../shared/translate.ts';

/** The RSS feed of decisions, newest first. Injected only when the site has an address (`site`). */
export async function GET(context: APIContext) {
	const base = import.meta.env.BASE_URL;
	const playbook = createPlaybook(await getCollection('practices'), config);
	const t = createTranslate(context.currentLocale ?? 'en', context.locals.t);
	return rss({
		title: t('charter.feed.title', { organization: config.organization }),
		description: getTagline(config, t),
		site: new URL(base, context.site),
		items: getFeedItems(playbook, base, t),
	});
}
