import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { recordSchema } from '../../../src/schemas/record.ts';
import { RECORD_SECTIONS } from '../../../src/schemas/record-sections.ts';

describe('record sections', () => {
	it('shows only fields a record can set in its frontmatter', () => {
		const fields = Object.keys(recordSchema.shape);
		for (const section of RECORD_SECTIONS) {
			if (section.field !== undefined) expect(fields, section.id).toContain(section.field);
		}
	});

	it('gives each section the id a heading with its label would get, so links to it read like the heading', () => {
		for (const section of RECORD_SECTIONS) expect(section.id).toBe(slug(section.label));
	});
});
