import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SERVER = join(__dirname, '../../gateway/dist/server.js');

/** Starts the built server with `args` and returns how it failed (it must not start). */
async function startFailure(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  const run = promisify(execFile)(process.execPath, [SERVER, ...args], { env: { ...process.env, ST2_DATA: '/nonexistent/st2' } });
  return run.then(() => { throw new Error('the server started'); }, (error: { code: number; stderr: string }) => error);
}

describe('st2-gateway options', () => {
  it.each([
    ['no sign-in method', [], 'choose how callers sign in'],
    ['a console client without an OpenID Connect issuer', ['--dev-identity', '--oidc-console-client-id', 'console'], '--oidc-console-client-id names the console\'s client'],
    ['production sign-in without served orgs', ['--oidc-issuer', 'https://idp.example', '--oidc-audience', 'st2'], 'a production gateway names the org(s) it serves: --served-orgs <org>'],
    ['an unknown option', ['--dev-identity', '--prot', '8080'], "unknown option '--prot'"],
  ])('refuses %s with one line naming the fix, a pointer to --help and no stack trace', async (_case, args, message) => {
    const { code, stderr } = await startFailure(args);
    expect(code).toBe(1);
    expect(stderr).toContain(`error: ${message}`);
    expect(stderr).toContain('st2-gateway --help lists every option');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
