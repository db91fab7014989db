declare module 'virtual:charter/config' {
	import type { CharterOptions } from './schemas/config.ts';

	const options: CharterOptions;
	export default options;
}
