import type { CharterOptions } from '../schemas/config.ts';
import { RECORD_STATUSES, type RecordData, type RecordStatus } from '../schemas/record.ts';
import { sortPillars, STATUS_LABELS } from './playbook.ts';
import { getPillarUrl } from '../shared/routes.ts';
import { formatCount } from '../shared/text.ts';

const STATUS_MEANINGS: Record<RecordStatus, string> = {
	proposed: 'under discussion; not yet how we work.',
	accepted: 'how we work now.',
	deprecated: 'still described, but on its way out; do not start new work this way.',
	superseded: 'replaced by a newer record, linked from its page.',
	rejected: 'considered and turned down; kept so the reasoning is not lost.',
};

/** The playbook's one-line introduction: the configured description, or one made from the organization's name. */
export function getTagline(options: Pick<CharterOptions, 'organization' | 'description'>): string {
	return (
		options.description ?? `How ${options.organization} builds and runs products: our practices, and why we chose them.`
	);
}

/** What the home page shows: the introduction, the pillars with their record counts, and the statuses. */
export function getHomeView(
	entries: readonly { data: Pick<RecordData, 'pillar'> }[],
	options: Pick<CharterOptions, 'organization' | 'pillars' | 'description'>,
	base: string,
) {
	const counts = new Map<string, number>();
	for (const { data } of entries) counts.set(data.pillar, (counts.get(data.pillar) ?? 0) + 1);
	return {
		tagline: getTagline(options),
		intro: `This playbook records how ${options.organization} works. It is organized in ${formatCount(options.pillars.length, 'pillar')}, and holds ${formatCount(entries.length, 'practice')}.`,
		pillars: sortPillars(options.pillars).map((pillar) => ({
			...pillar,
			url: getPillarUrl(base, pillar.id),
			count: counts.get(pillar.id) ?? 0,
		})),
		statuses: RECORD_STATUSES.map((status) => ({ label: STATUS_LABELS[status], meaning: STATUS_MEANINGS[status] })),
	};
}
