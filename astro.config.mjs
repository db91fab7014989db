// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import charter from './src/index.ts';

export default defineConfig({
	site: 'https://playbook.example.org',
	cacheDir: './.astro',
	devToolbar: { enabled: false },
	integrations: [
		starlight({
			title: 'Northwind Playbook',
			plugins: [
				charter({
					organization: 'Northwind',
					description:
						'How Northwind funds, owns and measures its products: each practice, why we chose it, and what we chose against.',
					pillars: [
						{
							id: 'product-thinking',
							label: 'Products over projects',
							description:
								'Framing technology work as long-lived products with users, not deliverables with an end date.',
							order: 1,
						},
						{
							id: 'outcomes',
							label: 'Outcomes and evidence',
							description: 'What we measure, and how we decide what to do next.',
							order: 2,
						},
						{
							id: 'ownership',
							label: 'Ownership and roles',
							description: 'Who decides, who is accountable, and how responsibilities are split.',
							order: 3,
						},
						{
							id: 'delivery',
							label: 'Funding and delivery',
							description: 'How work is funded, started and shipped.',
							order: 4,
						},
					],
					repository: { url: 'https://github.com/northwind/playbook', branch: 'main' },
					reviewIntervalMonths: 12,
					// Who reviews changes to a record, for the generated .github/CODEOWNERS (`npm run codeowners`).
					ownerHandles: {
						'product-leadership': '@northwind/product-leadership',
						'engineering-leadership': '@northwind/engineering-leadership',
						'delivery-office': '@northwind/delivery-office',
						'design-research': '@northwind/design-research',
						'finance-partners': '@northwind/finance-partners',
						'platform-team': '@northwind/platform-team',
					},
				}),
			],
		}),
	],
});
