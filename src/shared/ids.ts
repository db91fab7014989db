/** A record id, pillar id or owner handle: lowercase letters and digits in single-hyphen-separated words. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that Unicode normalization does not split into a base letter and an accent.
const SPECIAL_LETTERS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
};

/** Text as a kebab-case id: accents dropped (`é` → `e`), other characters turned into single hyphens. */
export function toKebabCase(text: string): string {
	return text
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
