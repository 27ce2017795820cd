/**
 * The built site for the journeys (playwright.config.ts's webServer): dist/ (or KMSLAB_DIST) on
 * 127.0.0.1:E2E_PORT, as static hosting serves it.
 */
import { serveDist } from './static-server';

const server = await serveDist(undefined, '/', false, Number(process.env.E2E_PORT));
console.log(`Serving the built site at ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
