import type { CharterOptions } from '../schemas/config.ts';
import { RECORD_STATUSES, type RecordData, type RecordStatus } from '../schemas/record.ts';
import { sortPillars } from './playbook.ts';
import { getPillarUrl } from '../shared/routes.ts';
import { translateEnglish, type Translate } from '../shared/translate.ts';

/** The playbook's one-line introduction: the configured description, or one made from the organization's name. */
export function getTagline(
	options: Pick<CharterOptions, 'organization' | 'description'>,
	t: Translate = translateEnglish,
): string {
	return options.description ?? t('charter.home.tagline', { organization: options.organization });
}

/** What the home page shows: the introduction, the pillars with their record counts, and the statuses. */
export function getHomeView(
	entries: readonly { data: Pick<RecordData, 'pillar'> }[],
	options: Pick<CharterOptions, 'organization' | 'pillars' | 'description'>,
	base: string,
	t: Translate = translateEnglish,
) {
	const counts = new Map<string, number>();
	for (const { data } of entries) counts.set(data.pillar, (counts.get(data.pillar) ?? 0) + 1);
	return {
		title: t('charter.home.title', { organization: options.organization }),
		tagline: getTagline(options, t),
		intro: t('charter.home.intro', {
			organization: options.organization,
			pillars: t('charter.count.pillar', { count: options.pillars.length }),
			practices: t('charter.count.practice', { count: entries.length }),
		}),
		pillars: sortPillars(options.pillars).map((pillar) => ({
			...pillar,
			url: getPillarUrl(base, pillar.id),
			count: counts.get(pillar.id) ?? 0,
		})),
		statuses: RECORD_STATUSES.map((status: RecordStatus) => ({
			label: t(`charter.status.${status}`),
			meaning: t(`charter.statusMeaning.${status}`),
		})),
	};
}
