import { charterCollections } from '{{charterPackage}}/content';

export const collections = charterCollections();
