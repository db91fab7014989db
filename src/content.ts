/** Charter's `@charter-playbook/charter/content` entry: the content collections for the site's `src/content.config.ts`. */
export { charterCollections } from './integration/collections.ts';
