import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command returns for its bin to print. */
export interface CommandResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

/**
 * Parses `process.argv` for a bin: prints the usage and exits 0 on `--help` (even beside a bad option),
 * prints the parse error and the usage and exits 2 on a bad option, or on a positional argument unless
 * `allowPositionals`.
 */
export function parseCommandLine<const Options extends NonNullable<ParseArgsConfig['options']>>(
	usage: string,
	options: Options,
	{ allowPositionals = false }: { allowPositionals?: boolean } = {},
): { values: ReturnType<typeof parseArgs<{ options: Options }>>['values']; positionals: string[] } {
	const args = process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		console.log(usage);
		process.exit(0);
	}
	try {
		const { values, positionals } = parseArgs<{ options: Options; allowPositionals: boolean }>({
			options,
			allowPositionals,
		});
		return { values, positionals };
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		process.exit(2);
	}
}

/** Prints a command's result and sets the exit code. */
export function finishCommand(result: CommandResult): void {
	if (result.stdout) console.log(result.stdout);
	if (result.stderr) console.error(result.stderr);
	process.exitCode = result.exitCode;
}
