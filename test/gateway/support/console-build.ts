import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from './harness';

const CONSOLE = join(__dirname, '../../../console');

/** Builds the console with its own Vite config into a fresh directory, as `npm run build` does into console/dist. */
export async function buildConsole(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'st2-console-'));
  execFileSync(join(CONSOLE, '../node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: CONSOLE, stdio: 'pipe' });
  return outDir;
}

/** A suite's gateway serving a freshly built console (its directory in `built`), made before and removed after the suite. */
export function useConsoleHarness(): { readonly h: Harness; readonly built: string } {
  let h: Harness | undefined;
  let built: string | undefined;
  beforeAll(async () => {
    built = await buildConsole();
    h = await startHarness({ app: { console: { directory: built } } });
  });
  afterAll(async () => {
    await h?.close();
    if (built) await rm(built, { recursive: true, force: true });
  });
  return {
    get h() { if (!h) throw new Error('the console harness starts in beforeAll'); return h; },
    get built() { if (!built) throw new Error('the console is built in beforeAll'); return built; },
  };
}
