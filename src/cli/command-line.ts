import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command returns for its bin to print. */
export interface CommandResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

/**
 * Parses `process.argv` for a bin: prints the usage and exits 0 on `--help`, prints the parse error
 * and the usage and exits 2 on a bad option.
 */
export function parseCommandLine<const Options extends NonNullable<ParseArgsConfig['options']>>(
	usage: string,
	options: Options,
): ReturnType<typeof parseArgs<{ options: Options }>>['values'] {
	const args = process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		console.log(usage);
		process.exit(0);
	}
	try {
		return parseArgs<{ options: Options }>({ options }).values;
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
