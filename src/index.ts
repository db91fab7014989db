/**
 * Charter's package entry: the Starlight plugin and the types of its options and records.
 *
 * @example
 * starlight({ title: 'Acme playbook', plugins: [charter({ organization: 'Acme', pillars: [...] })] })
 */
export { default } from './integration/index.ts';
export type { CharterOptions, CharterUserOptions } from './schemas/config.ts';
export type { RecordData, RecordInput, RecordStatus } from './schemas/record.ts';
