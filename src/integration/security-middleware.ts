import { defineMiddleware } from 'astro:middleware';
import options from 'virtual:charter/config';
import { addContentSecurityPolicy } from './content-security-policy.ts';

/**
 * Gives every HTML page the build renders its Content Security Policy, with the hashes of its own
 * inline scripts and styles, as the page is written: rewriting thousands of written files afterwards
 * cost seconds of disk time at scale.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = addContentSecurityPolicy(await response.text(), options.allowedOrigins);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
