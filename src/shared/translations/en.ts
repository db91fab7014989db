/**
 * Every string Charter shows readers, in English: the table the German and French ones follow, and
 * the fallback for a language Charter does not ship. Keys start with `charter.` so they never clash
 * with Starlight's own or another plugin's. `{{name}}` is filled in by the page; a key ending in
 * `_one` / `_other` (also `_zero`, `_two`, `_few`, `_many`) is a plural, chosen with `Intl.PluralRules`.
 * See CONTRIBUTING.md, "Strings readers see".
 */
export const EN = {
	// Record statuses, and what each means (home page).
	'charter.status.proposed': 'Proposed',
	'charter.status.accepted': 'Accepted',
	'charter.status.deprecated': 'Deprecated',
	'charter.status.superseded': 'Superseded',
	'charter.status.rejected': 'Rejected',
	'charter.statusMeaning.proposed': 'under discussion; not yet how we work.',
	'charter.statusMeaning.accepted': 'how we work now.',
	'charter.statusMeaning.deprecated': 'still described, but on its way out; do not start new work this way.',
	'charter.statusMeaning.superseded': 'replaced by a newer record, linked from its page.',
	'charter.statusMeaning.rejected': 'considered and turned down; kept so the reasoning is not lost.',

	// Counts.
	'charter.count.practice_one': '{{count}} practice',
	'charter.count.practice_other': '{{count}} practices',
	'charter.count.pillar_one': '{{count}} pillar',
	'charter.count.pillar_other': '{{count}} pillars',
	'charter.count.record_one': '{{count}} record',
	'charter.count.record_other': '{{count}} records',
	'charter.count.source_one': '{{count}} source',
	'charter.count.source_other': '{{count}} sources',
	'charter.count.tag_one': '{{count}} tag',
	'charter.count.tag_other': '{{count}} tags',
	'charter.count.month_one': '{{count}} month',
	'charter.count.month_other': '{{count}} months',

	// A record's page: its facts, sections and banners.
	'charter.meta.status': 'Status',
	'charter.meta.pillar': 'Pillar',
	'charter.meta.owners': 'Owners',
	'charter.meta.decided': 'Decided',
	'charter.meta.reviewed': 'Reviewed',
	'charter.meta.tags': 'Tags',
	'charter.section.justification': 'Justification',
	'charter.section.alternatives-not-chosen': 'Alternatives not chosen',
	'charter.section.amendments': 'Amendments',
	'charter.section.sources': 'Sources',
	'charter.section.related-records': 'Related records',
	'charter.section.supersedes': 'Supersedes',
	'charter.section.referenced-by': 'Referenced by',
	'charter.section.record-history': 'History',
	'charter.record.reasonMissing': 'Reason not recorded yet.',
	'charter.record.amendmentsIntro': 'Changes to the decision since it was taken on {{date}}, oldest first.',
	'charter.record.allReferences': 'All {{count}} records that reference this one',
	'charter.record.sourceLabel': 'Source {{number}}: {{title}}',
	'charter.superseded.title': 'Superseded',
	'charter.superseded.titleOf': 'Superseded: {{title}}',
	'charter.superseded.body': 'This record is no longer in force. It was superseded by {{records}}.',
	'charter.superseded.current_one': 'The record in force now, at the end of the chain of successors: {{records}}.',
	'charter.superseded.current_other': 'The records in force now, at the end of the chain of successors: {{records}}.',
	'charter.review.title': 'Due for review',
	'charter.review.lastReviewed': 'This practice was last reviewed on {{date}}.',
	'charter.review.neverReviewed': 'This practice was decided on {{date}} and has not been reviewed since.',
	'charter.review.dueOn': 'Practices are reviewed every {{interval}}, so it was due on {{date}}.',
	'charter.review.owners': 'Its owners ({{owners}}) should confirm that it still holds, or update it.',
	'charter.review.allDue': 'All practices due for review',
	'charter.incomplete.title': 'Incomplete record',
	'charter.incomplete.one': 'This record is incomplete: {{gap}}.',
	'charter.incomplete.many': 'This record is incomplete:',
	'charter.incomplete.owners':
		'The decision record it was imported from does not say. Its owners ({{owners}}) can complete it.',
	'charter.incomplete.all': 'All incomplete records',
	'charter.gap.summary': 'its title or summary is not written yet',
	'charter.gap.justification': 'the reasons this decision was made are missing',
	'charter.gap.alternatives': 'the other options that were considered are missing',
	'charter.gap.reason': 'the reason option “{{option}}” was not chosen is missing',
	'charter.translation.of': 'This is a translation of {{record}}.',
	'charter.translation.outdated':
		'The original has changed since this translation was made (translated {{translated}}, original changed {{changed}}). Check the original for what is new.',
	'charter.translation.list': 'Translations: {{languages}}',

	// History.
	'charter.history.added': 'Added',
	'charter.history.addedAs': 'Added as {{status}}',
	'charter.history.marked': 'Marked {{status}}',
	'charter.history.renamedFrom': 'Renamed from {{file}}',
	'charter.history.edited': 'Edited',
	'charter.history.amended': 'Amended',
	'charter.history.incomplete':
		'This history is incomplete: the site was built from a shallow clone of its repository, so older changes and the date this record was added are missing.',
	'charter.history.incompleteShort':
		'This history is incomplete: the site was built from a shallow clone of its repository.',
	'charter.history.notCommitted': 'Not committed yet.',
	'charter.history.all': 'All {{count}} changes to this record',
	'charter.history.pageTitle': 'History of “{{title}}”',
	'charter.history.pageDescription': 'Every change to the practice “{{title}}”, newest first.',
	'charter.history.pageSummary_one': '{{count}} change to {{record}}, newest first.',
	'charter.history.pageSummary_other': '{{count}} changes to {{record}}, newest first.',
	'charter.history.commit': 'Commit {{hash}}',

	// Lists of records.
	'charter.list.noPractices': 'No practices yet.',
	'charter.list.owners': 'Owners: {{owners}}',
	'charter.list.decided': 'Decided {{date}}',
	'charter.list.reviewed': 'Reviewed {{date}}',
	'charter.list.amended': 'Amended {{date}}',
	'charter.list.supersededBy': 'Superseded by {{records}}',
	'charter.list.dueSince': 'Due since {{date}}; last reviewed {{since}}.',
	'charter.list.dueSinceNever': 'Due since {{date}}; decided {{since}}, never reviewed.',

	// Home page.
	'charter.home.title': '{{organization}} playbook',
	'charter.home.tagline': 'How {{organization}} builds and runs products: our practices, and why we chose them.',
	'charter.home.intro':
		'This playbook records how {{organization}} works. It is organized in {{pillars}}, and holds {{practices}}.',
	'charter.home.pillars': 'Pillars',
	'charter.home.howToRead': 'How to read a record',
	'charter.home.howToReadBody':
		'Each practice is a decision record: what we do, why we chose it, with the sources behind each claim, and the alternatives we did not choose. Its status tells whether it is in force:',
	'charter.home.pillarLink': '{{practices}} in {{pillar}}',

	// Catalog.
	'charter.catalog.title': 'Catalog',
	'charter.catalog.description': 'Every practice of the {{organization}} playbook, by pillar.',
	'charter.catalog.atAGlance': 'At a glance',
	'charter.catalog.incomplete': 'Incomplete records',
	'charter.catalog.summary': 'Every practice of the playbook: {{practices}} in {{pillars}}.',
	'charter.catalog.stillIncomplete': '{{records}} still incomplete',
	'charter.catalog.printPerPillar': '{{link}}, one page per pillar, or to save as PDF.',
	'charter.catalog.printPerPillarLink': 'The playbook to print',
	'charter.catalog.printOnePage': '{{link}}, to print or save as PDF.',
	'charter.catalog.printOnePageLink': 'The whole playbook on one page',
	'charter.catalog.followFeed': 'Follow new decisions with the {{link}}.',
	'charter.catalog.feedLink': 'RSS feed',
	'charter.catalog.asData': 'Every record as data: {{link}}.',
	'charter.catalog.matrixCaption': 'Practices by pillar and status',
	'charter.catalog.pillarLink': '{{pillar}}: practices by status',
	'charter.catalog.pillarCaption': 'Practices of the {{pillar}} pillar',
	'charter.catalog.incompleteIntro':
		'Imported records whose original does not say everything a record holds, with what each is missing.',
	'charter.matrix.pillar': 'Pillar',
	'charter.matrix.total': 'Total',
	'charter.matrix.allPillars': 'All pillars',
	'charter.matrix.cell': '{{status}} in {{pillar}}',

	// Pillar, tag and source pages.
	'charter.pillar.summary': '{{practices}} in this pillar, by status.',
	'charter.pillar.summaryEmpty': '{{practices}} in this pillar.',
	'charter.pillar.caption': '{{status}} practices of the {{pillar}} pillar',
	'charter.tags.title': 'Tags',
	'charter.tags.description': 'Every tag used in the playbook, with its practices.',
	'charter.tags.none': 'No practice has tags yet.',
	'charter.tags.summary': '{{tags}} across the playbook. Each leads to the practices that carry it.',
	'charter.tag.title': 'Tag: {{tag}}',
	'charter.tag.description': 'Practices tagged {{tag}}.',
	'charter.tag.summary': '{{practices}} tagged {{tag}}.',
	'charter.tag.all': 'All tags',
	'charter.tag.caption': 'Practices tagged {{tag}}',
	'charter.sources.title': 'Sources',
	'charter.sources.description': 'Every source the playbook cites, with the practices that cite it.',
	'charter.sources.none': 'No practice cites a source yet.',
	'charter.sources.summary': '{{sources}} cited across the playbook, each listed once with the practices that cite it.',
	'charter.sources.citedBy': 'Cited by {{records}}',
	'charter.referencedBy.title': 'Records that reference “{{title}}”',
	'charter.referencedBy.description': 'The {{count}} practices that name “{{title}}” as related or superseded.',
	'charter.referencedBy.summary': '{{count}} practices name {{record}} as related or as superseded.',

	// Decision log, changes, review.
	'charter.log.title': 'Decision log',
	'charter.log.description': 'Every decision in the playbook, newest first.',
	'charter.log.summary': 'Every practice by the date it was decided, newest first. Open proposals come first.',
	'charter.log.undecided': 'Not yet decided',
	'charter.log.undecidedCaption': 'Practices not yet decided',
	'charter.log.yearCaption': 'Practices decided in {{year}}',
	'charter.changes.title': 'Changes',
	'charter.changes.description':
		'What changed in the playbook: practices added, decided, amended, deprecated, superseded and renamed.',
	'charter.changes.summary': 'Practices added, decided, amended, deprecated, superseded and renamed, newest first.',
	'charter.changes.follow': 'Follow the changes by RSS.',
	'charter.changes.incomplete':
		'This list is incomplete: the site was built from a shallow clone of its repository, so older changes are missing.',
	'charter.changes.noGit':
		"No changes to list: this site was not built from a git repository, which holds the playbook's history.",
	'charter.changes.none': 'No change to list yet.',
	'charter.changes.limited':
		"The latest {{limit}} of {{count}} changes. Each record's page has its whole history, and {{link}} has every record's.",
	'charter.change.added': 'Added',
	'charter.change.decided': 'Decided',
	'charter.change.amended': 'Amended',
	'charter.change.deprecated': 'Deprecated',
	'charter.change.superseded': 'Superseded',
	'charter.change.rejected': 'Rejected',
	'charter.change.renamed': 'Renamed',
	'charter.review.pageDescription': 'Practices whose review date has passed.',
	'charter.review.pageSummary':
		'Practices are reviewed every {{interval}}, counted from their last review, or from the decision if they have never been reviewed. Superseded and rejected practices are not reviewed.',
	'charter.review.asOfNone': 'As of {{date}}, when this site was built, no practice is due for review.',
	'charter.review.asOf_one':
		'As of {{date}}, when this site was built, {{count}} practice is due, longest overdue first.',
	'charter.review.asOf_other':
		'As of {{date}}, when this site was built, {{count}} practices are due, longest overdue first.',
	'charter.review.caption': 'Practices due for review',

	// Feeds.
	'charter.feed.title': '{{organization}} playbook',
	'charter.feed.changesTitle': 'Changes to the {{organization}} playbook',
	'charter.feed.changesDescription': 'Practices added, decided, amended, deprecated, superseded and renamed.',
	'charter.feed.amendedOn': 'Amended on {{date}}: {{summary}} {{recordSummary}}',
	'charter.feed.amended': 'Amended',

	// Print pages.
	'charter.print.title': 'The {{organization}} playbook',
	'charter.print.pillarTitle': 'The {{organization}} playbook: {{pillar}}',
	'charter.print.description': 'Every practice of the playbook on one page, to print or save as PDF.',
	'charter.print.descriptionPerPillar': 'The practices of the playbook, one page per pillar, to print or save as PDF.',
	'charter.print.pillarDescription': 'Every practice of the pillar {{pillar}} on one page, to print or save as PDF.',
	'charter.print.hint':
		"Every practice of the playbook on one page. Use your browser's Print command to print it or save it as PDF.",
	'charter.print.pillarHint':
		"Every practice of the pillar {{pillar}} on one page. Use your browser's Print command to print it or save it as PDF.",
	'charter.print.otherPillars': 'The other pillars',
	'charter.print.tooMany':
		"The playbook holds {{practices}}, too many for one page. Each pillar has a page that holds all of its practices; open one, then use your browser's Print command to print it or save it as PDF.",
	'charter.print.contents': 'Contents',

	// The map of the playbook, a pillar's map and a record's neighbourhood.
	'charter.map.title': 'Map of the playbook',
	'charter.map.description': 'How the decisions of the playbook relate: which supersede which, and which are related.',
	'charter.map.pillarTitle': 'Map of {{pillar}}',
	'charter.map.pillarDescription': 'How the decisions of the {{pillar}} pillar relate.',
	'charter.map.pillarCount': '{{link}}: {{records}}.',
	'charter.map.pictureLabel': 'Map of the records and how they relate',
	'charter.map.pillarPictureLabel': 'Map of the records of {{pillar}} and how they relate',
	'charter.map.overviewLabel': 'Map of the pillars and the relations between their records',
	'charter.map.legend': 'Legend',
	'charter.map.legendSupersedes': 'Supersedes (the arrow points at the older record)',
	'charter.map.legendRelated': 'Related',
	'charter.map.textVersion': 'The same relations as a list',
	'charter.map.supersedes': 'supersedes {{records}}',
	'charter.map.relatedTo': 'related to {{records}}',
	'charter.map.tooltip': '{{title}} ({{status}})',
	'charter.map.between': '{{pillar}}: {{related}} and {{supersessions}}',
	'charter.map.relatedPairs_one': '{{count}} related pair',
	'charter.map.relatedPairs_other': '{{count}} related pairs',
	'charter.map.supersessions_one': '{{count}} supersession',
	'charter.map.supersessions_other': '{{count}} supersessions',
	'charter.map.neighbourhoodLabel': 'How this record relates to others',
	'charter.map.neighbourhoodCaption':
		'Left: records naming this one. Right: records it names. Arrows point at the superseded record.',
	'charter.map.moreBefore_one': '{{count}} more record names this one.',
	'charter.map.moreBefore_other': '{{count}} more records name this one.',
	'charter.map.moreAfter_one': 'It names {{count}} more record.',
	'charter.map.moreAfter_other': 'It names {{count}} more records.',
	'charter.map.pillarMap': 'Map of the pillar',

	// The 404 page, the old address of a renamed record, the sidebar.
	'charter.notFound.title': 'Page not found',
	'charter.notFound.description': 'There is no page at this address.',
	'charter.notFound.body':
		'There is no page at this address. It may have moved, or the address may be mistyped. Search the playbook for what you were looking for; the search starts with the words of the address.',
	'charter.notFound.search': 'Search the playbook',
	'charter.notFound.noScript': 'Search needs JavaScript. Browse the catalog instead.',
	'charter.notFound.browse': 'Or browse',
	'charter.notFound.home': 'Home',
	'charter.alias.moved': 'The practice “{{alias}}” has a new address: {{link}}.',
	'charter.nav.catalog': 'Catalog',
	'charter.nav.map': 'Map',
	'charter.nav.log': 'Decision log',
	'charter.nav.changes': 'Changes',
	'charter.nav.review': 'Due for review',
	'charter.nav.tags': 'Tags',
	'charter.nav.sources': 'Sources',
	'charter.nav.pillarOverview': '{{pillar}} overview',
	'charter.nav.browse': 'Browse',
	'charter.nav.pillars': 'Pillars',
} as const;

/** The key of a string Charter shows readers. */
export type CharterStringKey = keyof typeof EN;

/** A table of Charter's strings in one language: every key of the English table. */
export type CharterStrings = Record<CharterStringKey, string>;
