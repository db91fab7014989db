/** A date as `YYYY-MM-DD` in UTC, the form record dates are written in. */
export function formatIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * Adds whole calendar months to a `YYYY-MM-DD` date. A day that the target month lacks becomes
 * its last day (2024-01-31 plus one month is 2024-02-29), so a review never slips into the month after.
 */
export function addMonths(isoDate: string, months: number): string {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(year, month - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(day, lastDay));
	return formatIsoDate(target);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return formatIsoDate(date);
}

/**
 * A `YYYY-MM-DD` date (or a `YYYY-MM` month, or a `YYYY` year) as readers of `lang` write it:
 * "March 1, 2024", "1. März 2024", "1 mars 2024". Anything else is returned as written.
 */
export function formatDate(isoDate: string, lang: string): string {
	const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate);
	if (!match) return isoDate;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
	if (Number.isNaN(date.getTime())) return isoDate;
	const precision = day ? 'day' : month ? 'month' : 'year';
	return getDateFormat(lang, precision).format(date);
}

const DATE_PARTS: Readonly<Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions>> = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	year: { year: 'numeric' },
};

// Making an Intl.DateTimeFormat costs far more than using one, and a catalog formats thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function getDateFormat(lang: string, precision: keyof typeof DATE_PARTS): Intl.DateTimeFormat {
	const cacheKey = `${lang} ${precision}`;
	let format = dateFormats.get(cacheKey);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { ...DATE_PARTS[precision], timeZone: 'UTC' });
		dateFormats.set(cacheKey, format);
	}
	return format;
}
