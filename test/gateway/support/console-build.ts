import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONSOLE = join(__dirname, '../../../console');

/** Builds the console with its own Vite config into a fresh directory, as `npm run build` does into console/dist. */
export async function buildConsole(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'st2-console-'));
  execFileSync(join(CONSOLE, '../node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: CONSOLE, stdio: 'pipe' });
  return outDir;
}
