import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const site = join(repo, 'tests/fixtures/check-valid');
const recordFile = join(site, 'content/practices/output-vs-outcome.mdx');

/**
 * A minimal language client for Astro's language server, the one the Astro VS Code extension runs.
 * It starts the server as the extension does with `"astro.content-intellisense": true`.
 */
class AstroLanguageClient {
	private server: ChildProcessWithoutNullStreams;
	private buffer = Buffer.alloc(0);
	private nextId = 0;
	private pending = new Map<number, (result: unknown) => void>();
	private diagnosticListeners: ((params: {
		uri: string;
		diagnostics: { message: string; range: { start: { line: number } } }[];
	}) => void)[] = [];

	constructor() {
		this.server = spawn(process.execPath, [
			join(repo, 'node_modules/@astrojs/language-server/bin/nodeServer.js'),
			'--stdio',
		]);
		this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
	}

	async initialize(root: string) {
		await this.request('initialize', {
			processId: process.pid,
			rootUri: pathToFileURL(root).href,
			workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'site' }],
			capabilities: {
				textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} },
			},
			initializationOptions: {
				typescript: { tsdk: join(repo, 'node_modules/typescript/lib') },
				contentIntellisense: true,
			},
		});
		this.notify('initialized', {});
	}

	open(file: string, text: string) {
		this.notify('textDocument/didOpen', {
			textDocument: { uri: pathToFileURL(file).href, languageId: 'mdx', version: 1, text },
		});
	}

	async complete(file: string, line: number, character: number): Promise<string[]> {
		const result = (await this.request('textDocument/completion', {
			textDocument: { uri: pathToFileURL(file).href },
			position: { line, character },
		})) as { items: { label: string }[] } | null;
		return (result?.items ?? []).map((item) => item.label);
	}

	waitForDiagnostics(file: string): Promise<string[]> {
		return new Promise((resolve) => {
			this.diagnosticListeners.push(({ uri, diagnostics }) => {
				if (uri === pathToFileURL(file).href && diagnostics.length > 0) {
					resolve(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`));
				}
			});
		});
	}

	stop() {
		this.server.kill();
	}

	private request(method: string, params: unknown): Promise<unknown> {
		const id = ++this.nextId;
		return new Promise((resolve) => {
			this.pending.set(id, resolve);
			this.send({ jsonrpc: '2.0', id, method, params });
		});
	}

	private notify(method: string, params: unknown) {
		this.send({ jsonrpc: '2.0', method, params });
	}

	private send(message: unknown) {
		const text = JSON.stringify(message);
		this.server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
	}

	private receive(chunk: Buffer) {
		this.buffer = Buffer.concat([this.buffer, chunk]);
		for (;;) {
			const headerEnd = this.buffer.indexOf('\r\n\r\n');
			if (headerEnd === -1) return;
			const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
			if (this.buffer.length < headerEnd + 4 + length) return;
			const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
			this.buffer = this.buffer.subarray(headerEnd + 4 + length);
			if (message.method === 'textDocument/publishDiagnostics')
				for (const listener of this.diagnosticListeners) listener(message.params);
			else if (message.method && message.id !== undefined) {
				// Requests from the server (configuration, progress): answer with nothing.
				this.send({
					jsonrpc: '2.0',
					id: message.id,
					result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null,
				});
			} else if (message.id !== undefined) {
				this.pending.get(message.id)?.(message.result);
				this.pending.delete(message.id);
			}
		}
	}
}

let client: AstroLanguageClient;
beforeAll(async () => {
	// `astro sync` (also run by `astro dev` and `astro build`) writes the collection schemas the server reads.
	const sync = runAstro(['sync', '--root', site]);
	if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.output}`);
	client = new AstroLanguageClient();
	await client.initialize(site);
});
afterAll(() => client?.stop());

describe('VS Code with the Astro extension', () => {
	it('completes and checks the frontmatter of a record from the record schema', async () => {
		const text = readFileSync(recordFile, 'utf8').replace('title:', 'titel:').replace('status: accepted', 'status: ');
		const diagnostics = client.waitForDiagnostics(recordFile);
		client.open(recordFile, text);
		expect((await diagnostics).sort()).toEqual([
			'1: Missing property "title".',
			'2: Property titel is not allowed.',
			'5: Incorrect type. Expected "string".',
			'5: Value is not accepted. Valid values: "proposed", "accepted", "deprecated", "superseded", "rejected".',
		]);
		const statusLine = text.split('\n').findIndex((line) => line.startsWith('status:'));
		expect((await client.complete(recordFile, statusLine, 8)).sort()).toEqual([
			'accepted',
			'deprecated',
			'proposed',
			'rejected',
			'superseded',
		]);
	});
});
