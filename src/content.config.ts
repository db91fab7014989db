import { charterCollections } from './content.ts';

export const collections = charterCollections();
