const NUMBER_FORMAT = new Intl.NumberFormat('en-US');

/**
 * A count with its noun in the right number, the count grouped by thousands: "1 practice",
 * "12 practices", "3,000 practices". `pluralNoun` is for nouns that do not just take an "s".
 */
export function formatCount(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${NUMBER_FORMAT.format(count)} ${count === 1 ? noun : pluralNoun}`;
}

/** Text with its first letter in lower case, to continue a sentence with a message that starts one. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
