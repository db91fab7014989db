import type { TestProject } from 'vitest/node';
import { buildSite, REPO_ROOT } from './helpers/astro.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder holding the built sample playbook, shared by every test file. */
		sampleDist: string;
	}
}

/** Builds the sample playbook once for all test files that read or serve it. */
export default function setup(project: TestProject) {
	project.provide('sampleDist', buildSite(REPO_ROOT));
}
