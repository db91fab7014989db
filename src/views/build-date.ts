/**
 * The day a build counts as "today" (for review dates): the time in `SOURCE_DATE_EPOCH` when it is
 * set, as reproducible builds do, otherwise now. Setting it, for example to the time of the commit
 * being built (`git log -1 --format=%ct`), makes builds of the same commit on different days
 * byte-identical.
 */
export function getBuildDate(env: Readonly<Record<string, string | undefined>> = process.env): Date {
	const epoch = env['SOURCE_DATE_EPOCH'];
	if (epoch === undefined || epoch === '') return new Date();
	if (!/^\d+$/.test(epoch)) {
		throw new Error(
			`SOURCE_DATE_EPOCH is "${epoch}", which is not a time. Set it to a number of seconds since 1970, like the commit time from \`git log -1 --format=%ct\`, or unset it.`,
		);
	}
	return new Date(Number(epoch) * 1000);
}
