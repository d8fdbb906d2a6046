import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '../../../scripts/browser/ensure-chromium.sh');
const run = (env: Record<string, string> = {}) => spawnSync('bash', [SCRIPT], { env: { ...process.env, ...env }, encoding: 'utf8' });

/** The e2e suites' browser: installed by the project's script, or a loud failure, never a silent skip. */
describe('scripts/browser/ensure-chromium.sh', () => {
  it('names Debian\'s chromium on its last line, installed and running, with its version in the progress', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').pop()).toBe('/usr/bin/chromium');
    expect(result.stderr).toMatch(/\[chromium\] (using|installed) Chromium \d+/);
  });

  it('fails with the reason, exit 1, for a browser it cannot install', () => {
    const result = run({ ST2_CHROMIUM: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[chromium] error: /nonexistent/chromium is missing or does not run');
  });
});
