import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import gitHistory from 'virtual:charter/history';
import locales from 'virtual:charter/locales';
import { formatDate } from '../shared/dates.ts';
import { getRecordUrl } from '../shared/routes.ts';
import { createTranslate, fillTemplate } from '../shared/translate.ts';
import { getOutdatedTranslation, getTranslatedRecord } from '../views/translations.ts';

/**
 * Starlight route middleware for a translation of a record, a page at `content/<locale>/practices/<id>.md`:
 * its banner links the record it translates, and says so when the record changed after the
 * translation's last commit.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const target = getTranslatedRecord(route.id, Object.keys(locales));
	if (!target) return;
	const records: { id: string; filePath?: string; data: { title: string } }[] = await getCollection('practices');
	const record = records.find((candidate) => candidate.id === target.recordId);
	if (!record) return;
	const t = createTranslate(route.lang, context.locals.t);
	const link = `<a href="${escapeHtml(getRecordUrl(import.meta.env.BASE_URL, record.id))}">${escapeHtml(record.data.title)}</a>`;
	const outdated = getOutdatedTranslation(gitHistory ?? undefined, record.filePath ?? '', route.entry.filePath);
	const notes = [fillTemplate(escapeHtml(t('charter.translation.of')), { record: link })];
	if (outdated) {
		const values = {
			translated: formatDate(outdated.translated, t.lang),
			changed: formatDate(outdated.changed, t.lang),
		};
		notes.push(escapeHtml(t('charter.translation.outdated', values)));
	}
	route.entry.data.banner = { content: notes.join(' ') };
});

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
