import { distance } from 'fastest-levenshtein';

/**
 * Picks the candidate closest to a mistyped value, for "did you mean" hints. Returns `undefined`
 * when nothing is close enough to be a plausible typo.
 */
export function suggestClosest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const d = distance(value, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	const limit = Math.max(2, Math.floor(value.length / 3));
	return bestDistance <= limit ? best : undefined;
}

/** `did you mean "x"?` for the closest candidate, or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const closest = suggestClosest(value, candidates);
	return closest === undefined ? '' : ` (did you mean "${closest}"?)`;
}
