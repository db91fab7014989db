import type { Element, ElementContent, Properties } from 'hast';
import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
	createSatteriAnchorIconPlugin,
	registerLightAnchorIcons,
	rehypeLightAnchorIcons,
} from '../../../src/markdown/anchor-icons.ts';

// Stands in for Starlight's heading-link plugin: the markup it gives every heading with an id.
type Child = ElementContent;
const element = (tagName: string, properties: Properties, children: Child[]): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const starlightLikeHeadingLinks: HastPluginDefinition = {
	name: 'starlight-like-heading-links',
	element: {
		filter: ['h2'],
		visit(node) {
			const id = 'what-we-do';
			return element('div', { class: 'sl-heading-wrapper level-h2' }, [
				{ ...node, properties: { ...node.properties, id } },
				element('a', { class: 'sl-anchor-link', href: `#${id}` }, [
					element('span', { 'aria-hidden': 'true', class: 'sl-anchor-icon' }, [
						element('svg', { viewBox: '0 0 24 24' }, []),
					]),
					element('span', { class: 'sr-only' }, [{ type: 'text', value: 'Section titled “What we do”' }]),
				]),
			]);
		},
	},
};

const MARKDOWN = '## What we do\n\nWe fund teams, not projects.\n';

describe('lighter heading anchor links', () => {
	it('keeps each anchor link, its target and its label, without the inline icon, in Markdown', async () => {
		const { html } = await markdownToHtml(MARKDOWN, {
			hastPlugins: [starlightLikeHeadingLinks, createSatteriAnchorIconPlugin()],
		});
		expect(html.trim()).toMatchInlineSnapshot(`
			"<div class="sl-heading-wrapper level-h2"><h2 id="what-we-do">What we do</h2><a class="sl-anchor-link" href="#what-we-do"><span aria-hidden="true" class="sl-anchor-icon"></span><span class="sr-only">Section titled “What we do”</span></a></div>
			<p>We fund teams, not projects.</p>"
		`);
	});

	it('removes the inline icon from records compiled as MDX too', async () => {
		const { code } = await mdxToJs(`import { Aside } from '@astrojs/starlight/components';\n\n${MARKDOWN}`, {
			hastPlugins: [starlightLikeHeadingLinks, createSatteriAnchorIconPlugin()],
		});
		expect(code).toContain('sl-anchor-link');
		expect(code).toContain('Section titled “What we do”');
		expect(code).not.toContain('svg');
	});

	it('leaves other spans, and an icon the site replaced with its own, alone', () => {
		const tree = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['note'] },
					children: [{ type: 'text', value: 'x' }],
				},
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['sl-anchor-icon'] },
					children: [{ type: 'element', tagName: 'svg' }],
				},
			],
		};
		rehypeLightAnchorIcons()(tree);
		expect(tree.children.map((child) => child.children.length)).toEqual([1, 0]);
	});

	it('joins whichever Markdown processor the site uses, after the plugins already there', () => {
		const satteri = { options: { hastPlugins: ['starlight'] as unknown[] } };
		const unified = { options: { rehypePlugins: ['starlight'] as unknown[] } };
		expect(registerLightAnchorIcons(satteri)).toBe(true);
		expect(registerLightAnchorIcons(unified)).toBe(true);
		expect(satteri.options.hastPlugins).toHaveLength(2);
		expect(satteri.options.hastPlugins[0]).toBe('starlight');
		expect(unified.options.rehypePlugins[1]).toBe(rehypeLightAnchorIcons);
		expect(registerLightAnchorIcons({ options: {} })).toBe(false);
	});
});
