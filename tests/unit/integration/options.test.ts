import { describe, expect, it } from 'vitest';
import { CharterConfigError, parseCharterOptions } from '../../../src/integration/options.ts';
import type { CharterUserOptions } from '../../../src/schemas/config.ts';

const valid: CharterUserOptions = {
	organization: 'Contoso',
	pillars: [{ id: 'discovery', label: 'Discovery', description: 'How we learn what to build.' }],
};

/** The message `parseCharterOptions` throws for these options. */
function errorFor(options: unknown): string {
	try {
		parseCharterOptions(options as CharterUserOptions);
	} catch (error) {
		if (error instanceof CharterConfigError) return error.message;
		throw error;
	}
	throw new Error('the options were accepted');
}

describe('parseCharterOptions', () => {
	it('fills in defaults for every optional setting', () => {
		const options = parseCharterOptions(valid);
		expect(options.reviewIntervalMonths).toBe(12);
		expect(options.ownerHandles).toEqual({});
		expect(options.sidebarRecordLimit).toBe(60);
		expect(options.printRecordLimit).toBe(200);
		expect(options.logo).toBeUndefined();
	});

	it('accepts origins in allowedOrigins and reports anything that is not an origin', () => {
		expect(parseCharterOptions(valid).allowedOrigins).toEqual([]);
		expect(parseCharterOptions({ ...valid, allowedOrigins: ['https://cdn.example.org'] }).allowedOrigins).toEqual([
			'https://cdn.example.org',
		]);
		expect(
			errorFor({ ...valid, allowedOrigins: ['https://cdn.example.org/', 'cdn.example.org', 'ftp://x.example', 42] }),
		).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 4 problems:
			  charter.allowedOrigins[0]  "https://cdn.example.org/" is not an origin: write the scheme and host only, like "https://cdn.example.org", without a path or a trailing /
			  charter.allowedOrigins[1]  "cdn.example.org" is not an origin: write the scheme and host only, like "https://cdn.example.org", without a path or a trailing /
			  charter.allowedOrigins[2]  "ftp://x.example" is not an origin: write the scheme and host only, like "https://cdn.example.org", without a path or a trailing /
			  charter.allowedOrigins[3]  must be an origin, like "https://cdn.example.org"
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
		expect(errorFor({ ...valid, allowedOrigins: 'https://cdn.example.org' })).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 1 problem:
			  charter.allowedOrigins  must be a list of origins, like ["https://cdn.example.org"]
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('accepts a logo for both themes and one per theme', () => {
		expect(parseCharterOptions({ ...valid, logo: { src: './src/assets/logo.svg' } }).logo).toEqual({
			src: './src/assets/logo.svg',
			replacesTitle: false,
		});
		expect(
			parseCharterOptions({
				...valid,
				logo: { light: './light.png', dark: './dark.png', alt: 'Contoso', replacesTitle: true },
			}).logo,
		).toEqual({
			light: './light.png',
			dark: './dark.png',
			alt: 'Contoso',
			replacesTitle: true,
		});
	});

	it('reports every invalid option at once, each with its path and what to write instead', () => {
		expect(
			errorFor({
				organization: '',
				pillars: [
					{ id: 'Discovery', label: 'Discovery', description: 'How we learn.' },
					{ id: 'platform', label: 'Platform' },
				],
				repository: { url: 'gitlab.example.test/contoso', branch: '' },
				reviewIntervalMonths: 0,
				sidebarRecordLimit: 2.5,
				printRecordLimit: 0,
				colour: 'teal',
			}),
		).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 9 problems:
			  charter.organization  must not be empty; give the organization's name
			  charter.pillars[0].id  "Discovery" is not kebab-case (lowercase letters, digits and single hyphens)
			  charter.pillars[1].description  is required
			  charter.repository.url  must be an http:// or https:// address
			  charter.repository.branch  must not be empty; name the branch edit links open, like main
			  charter.reviewIntervalMonths  must be at least 1 month
			  charter.sidebarRecordLimit  must be a whole number of records, like 60
			  charter.printRecordLimit  must be at least 1
			  charter.colour  is not an option; known: organization, description, logo, pillars, repository, reviewIntervalMonths, ownerHandles, allowedImports, allowedOrigins, sidebarRecordLimit, printRecordLimit
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('suggests the option a misspelled key was meant to be', () => {
		expect(
			errorFor({
				...valid,
				reviewIntervalMonth: 6,
				repository: { url: 'https://gitlab.example.test/contoso', brnach: 'trunk' },
			}),
		).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 2 problems:
			  charter.repository.brnach  is not an option (did you mean "branch"?); known: url, branch, path
			  charter.reviewIntervalMonth  is not an option (did you mean "reviewIntervalMonths"?); known: organization, description, logo, pillars, repository, reviewIntervalMonths, ownerHandles, allowedImports, allowedOrigins, sidebarRecordLimit, printRecordLimit
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('says what type a setting needs when it gets another', () => {
		expect(
			errorFor({
				organization: 'Contoso',
				pillars: 'discovery',
				reviewIntervalMonths: '6',
				ownerHandles: { 'platform-team': 7 },
			}),
		).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 3 problems:
			  charter.pillars  must be a list, not a string
			  charter.reviewIntervalMonths  must be a number, not a string
			  charter.ownerHandles.platform-team  must be a handle like "@acme/platform", or a list of handles
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('names the type of a value of the wrong type from the value itself', () => {
		expect(
			errorFor({
				organization: null,
				pillars: {},
				description: new Date(0),
				reviewIntervalMonths: Number.NaN,
				sidebarRecordLimit: Number.NEGATIVE_INFINITY,
			}),
		).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 5 problems:
			  charter.organization  must be a string, not null
			  charter.description  must be a string, not a Date
			  charter.pillars  must be a list, not an object
			  charter.reviewIntervalMonths  must be a number, not a NaN
			  charter.sidebarRecordLimit  must be a number, not a -Infinity
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('reports a logo that names no image, or mixes one image with per-theme images', () => {
		expect(errorFor({ ...valid, logo: { alt: 'Contoso' } })).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 1 problem:
			  charter.logo.src  is required: give the logo image, or both \`light\` and \`dark\` images
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
		expect(errorFor({ ...valid, logo: { src: './logo.svg', dark: './dark.svg' } })).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 1 problem:
			  charter.logo.src  cannot be combined with \`light\` and \`dark\`: give one image, or one per theme
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
		expect(errorFor({ ...valid, logo: { light: './light.svg' } })).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 1 problem:
			  charter.logo.dark  is required when \`light\` is set: give one image per theme, or a single \`src\`
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
		expect(errorFor({ ...valid, logo: { src: 'src/assets/logo.pdf' } })).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 2 problems:
			  charter.logo.src  must be a path relative to the project root, starting with ./, like ./src/assets/logo.svg
			  charter.logo.src  must name an image file: .svg, .png, .jpg, .webp, .avif or .gif
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('reports two pillars with the same id', () => {
		expect(
			errorFor({
				organization: 'Contoso',
				pillars: [
					{ id: 'platform', label: 'Platform', description: 'Shared systems.' },
					{ id: 'platform', label: 'Platforms', description: 'More shared systems.' },
				],
			}),
		).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs have 1 problem:
			  charter.pillars[1].id  "platform" is used by two pillars; give each pillar its own id
			Correct them in the charter({ … }) call in astro.config.mjs."
		`);
	});

	it('explains what to pass when charter() gets no options at all', () => {
		expect(errorFor(undefined)).toMatchInlineSnapshot(`
			"The Charter options in astro.config.mjs are missing: charter() needs an object of options.
			Pass them like charter({ organization: 'Acme', pillars: [{ id: 'delivery', label: 'Delivery', description: '…' }] })."
		`);
	});
});
