import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A person who signs in at the provider's login form, and the claims their access tokens carry. */
export interface ProviderUser {
  readonly username: string;
  readonly password: string;
  readonly claims: Readonly<Record<string, string>>;
}

export interface ProviderOptions {
  /** The resource (gateway audience) the provider mints JWT access tokens for. */
  readonly audience: string;
  /** The provider's port; default a free one (its issuer URL must be known before it starts). */
  readonly port?: number;
  /** Redirect URIs of the console's public client `st2-console`; none: no console client. */
  readonly consoleRedirectUris?: readonly string[];
  readonly users?: readonly ProviderUser[];
}

export interface RunningProvider {
  readonly issuer: string;
  stop(): void;
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The issuer URL a provider on this port will have. */
export const issuerAt = (port: number): string => `http://127.0.0.1:${port}`;

/** Starts the real oidc-provider of ../oidc-server.mjs in a child process; resolves once it listens. */
export async function startProvider(options: ProviderOptions): Promise<RunningProvider> {
  const port = options.port ?? (await freePort());
  const env = {
    ...process.env,
    OIDC_PORT: String(port),
    OIDC_AUDIENCE: options.audience,
    OIDC_CONSOLE_REDIRECT_URIS: (options.consoleRedirectUris ?? []).join(','),
    OIDC_USERS: JSON.stringify(options.users ?? []),
  };
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '../oidc-server.mjs')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { issuer: (JSON.parse(line) as { issuer: string }).issuer, stop: () => void child.kill() };
}
