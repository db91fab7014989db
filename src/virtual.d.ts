declare module 'virtual:charter/config' {
	const options: import('./schemas/config.ts').CharterOptions;
	export default options;
}
