import type { TestProject } from 'vitest/node';
import { buildSite, removeDir, REPO_ROOT } from './helpers/astro.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder holding the built sample playbook, shared by every test file. */
		sampleDist: string;
	}
}

/** Builds the sample playbook once for all test files that read or serve it, and removes it after the run. */
export default function setup(project: TestProject) {
	const sampleDist = buildSite(REPO_ROOT);
	project.provide('sampleDist', sampleDist);
	return () => removeDir(sampleDist);
}
