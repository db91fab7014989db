// @ts-check
import starlight from '@astrojs/starlight';
import charter from '{{charterPackage}}';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// The address the playbook is published at; it also turns on the RSS feed. See docs/publish.md in Charter.
	// site: 'https://playbook.example.org',
	integrations: [
		starlight({
			title: {{titleLiteral}},
			plugins: [
				charter({
					organization: {{organizationLiteral}},
					description: {{descriptionLiteral}},
					pillars: {{pillars}},
					// Where the playbook's source lives, for "Edit this page" links.
					// repository: { url: 'https://github.com/your-organization/playbook', branch: 'main' },
					// Who reviews changes to a record, for .github/CODEOWNERS (`npm run codeowners`).
					ownerHandles: { 'playbook-owners': '@your-organization/playbook-owners' },
				}),
			],
		}),
	],
});
