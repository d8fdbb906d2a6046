import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError } from '../errors/api-error';

/** Where `npm run build` puts the console (console/dist), from gateway/{src,dist}/console alike. */
export const BUILT_CONSOLE = join(__dirname, '../../../console/dist');

/** Given without its slash: @fastify/static then redirects /console to /console/. */
export const CONSOLE_PREFIX = '/console';

/**
 * The console's own policy: its scripts, styles and API calls come from this gateway and nowhere else, no inline
 * script or style element, no framing. The API's JSON needs none (app.ts), Swagger UI sets its own.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ConsoleOptions {
  /** The built console (index.html and assets/); default BUILT_CONSOLE. */
  readonly directory?: string;
}

/**
 * Serves the built console at /console/ (/console redirects there). Its assets are content-hashed, so they are
 * cached for good; index.html is revalidated so a rebuilt console is seen at once. A gateway whose console was
 * not built still starts, and /console says how to build it.
 */
export async function consolePlugin(app: FastifyInstance, options: ConsoleOptions): Promise<void> {
  const root = options.directory ?? BUILT_CONSOLE;
  if (!existsSync(join(root, 'index.html'))) {
    const notBuilt = async () => {
      throw new NotFoundError('The console is not built: run npm run build (npm start does).', { directory: root });
    };
    app.get('/console', { schema: { hide: true } }, notBuilt);
    app.get('/console/*', { schema: { hide: true } }, notBuilt);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: CONSOLE_PREFIX,
    redirect: true,
    // Swagger UI registers its own copy of the plugin; this one needs no reply decorators.
    decorateReply: false,
    schemaHide: true,
    setHeaders: (reply, path) => {
      reply.header('content-security-policy', CONSOLE_CSP);
      reply.header('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
}
