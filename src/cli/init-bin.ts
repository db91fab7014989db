import { finishCommand, parseCommandLine } from './command-line.ts';
import { askForStarterAnswers, DEFAULT_PILLARS, INIT_USAGE, parsePillarList, runInitCommand } from './init.ts';

const { values: args, positionals } = parseCommandLine(
	INIT_USAGE,
	{
		name: { type: 'string' },
		pillars: { type: 'string' },
		yes: { type: 'boolean', short: 'y', default: false },
	},
	{ allowPositionals: true },
);

if (positionals.length !== 1) {
	finishCommand({
		exitCode: 2,
		stdout: '',
		stderr: `${positionals.length === 0 ? 'Name the folder to create' : 'Give one folder only'}, like: npx @charter-playbook/charter init my-playbook\n\n${INIT_USAGE}`,
	});
} else {
	const pillars = args.pillars === undefined ? undefined : parsePillarList(args.pillars);
	const interactive = !args.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);
	const answers = interactive
		? await askForStarterAnswers({ organization: args.name, pillars })
		: { organization: args.name ?? '', pillars: pillars ?? DEFAULT_PILLARS };
	finishCommand(answers ? runInitCommand(positionals[0]!, answers) : { exitCode: 1, stdout: '', stderr: '' });
}
