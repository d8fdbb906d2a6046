import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../errors/api-error';
import type { ConsoleSignIn } from './sign-in';
import { connectSources, type ConsoleOidcClient } from './sign-in-config';

/** Where `npm run build` puts the console (console/dist), from gateway/{src,dist}/console alike. */
export const BUILT_CONSOLE = join(__dirname, '../../../console/dist');

/** Given without its slash: @fastify/static then redirects /console to /console/. */
export const CONSOLE_PREFIX = '/console';

/** Where the member's OpenID Connect provider sends the browser back with the authorization code (a console page). */
export const CONSOLE_CALLBACK = `${CONSOLE_PREFIX}/callback`;

/**
 * The console's own policy: its scripts, styles and API calls come from this gateway and nowhere else (and, with
 * OIDC sign-in, its calls to the provider: `connect`), no inline script or style element, no framing. The API's
 * JSON needs none (app.ts), Swagger UI sets its own.
 */
export function consoleCsp(connect: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(' '),
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of a console that signs in without a provider (development sign-in). */
export const CONSOLE_CSP = consoleCsp();

export interface ConsoleOptions {
  /** The built console (index.html and assets/); default BUILT_CONSOLE. */
  readonly directory?: string;
  /** The console's client at the member's OpenID Connect provider, for a gateway that accepts its tokens. */
  readonly oidcClient?: ConsoleOidcClient;
}

interface ConsolePluginOptions extends ConsoleOptions {
  /** How the console signs people in: app.ts derives it from the gateway's own sign-in (sign-in-config.ts). */
  readonly signIn: ConsoleSignIn;
}

/**
 * Serves the built console at /console/ (/console redirects there). Its assets are content-hashed, so they are
 * cached for good; index.html is revalidated so a rebuilt console is seen at once. A gateway whose console was
 * not built still starts, and /console says how to build it. `/console/config.json` tells the console how to sign
 * in, and `/console/callback` is the console's page again, where the provider returns the browser.
 */
export async function consolePlugin(app: FastifyInstance, options: ConsolePluginOptions): Promise<void> {
  const root = options.directory ?? BUILT_CONSOLE;
  const { signIn } = options;
  const policy = consoleCsp(connectSources(signIn));
  app.get(`${CONSOLE_PREFIX}/config.json`, { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return { signIn };
  });
  if (!existsSync(join(root, 'index.html'))) {
    const notBuilt = async () => {
      throw new NotFoundError('The console is not built: run npm run build (npm start does).', { directory: root });
    };
    app.get('/console', { schema: { hide: true } }, notBuilt);
    app.get('/console/*', { schema: { hide: true } }, notBuilt);
    return;
  }
  app.get(CONSOLE_CALLBACK, { schema: { hide: true } }, async (_request, reply) => {
    // The code and state ride in this URL's query: the page takes them out of the address bar at once (session/oidc.ts).
    reply.header('content-security-policy', policy).header('cache-control', 'no-store').type('text/html');
    return readFile(join(root, 'index.html'));
  });
  await app.register(fastifyStatic, {
    root,
    prefix: CONSOLE_PREFIX,
    redirect: true,
    // Swagger UI registers its own copy of the plugin; this one needs no reply decorators.
    decorateReply: false,
    schemaHide: true,
    setHeaders: (reply, path) => {
      reply.header('content-security-policy', policy);
      reply.header('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
  });
}
