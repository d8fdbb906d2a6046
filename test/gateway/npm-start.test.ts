import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');

/** `npm start` as a newcomer runs it (here on a free port and its own data directory), until its banner is out. */
async function npmStart(data: string): Promise<{ npm: ChildProcessByStdio<null, Readable, Readable>; pid: number; banner: string }> {
  const npm = spawn('npm', ['start', '--', '--port', '0', '--data', data], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ST2_DEMO: '' } });
  const { pid } = npm;
  if (pid === undefined) throw new Error('npm could not be started');
  let output = '';
  const banner = await new Promise<string>((resolve, reject) => {
    npm.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/^More: npm run token .*$/m.test(output)) resolve(output);
    });
    npm.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    npm.once('exit', (code) => reject(new Error(`npm start exited (${code}) before its banner:\n${output}`)));
  });
  return { npm, pid, banner };
}

/** Every process under `root` now, from /proc (pid -> command line). */
async function descendants(root: number): Promise<Map<number, string>> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name (in parentheses) may hold spaces: the parent pid is the second field after it.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(entry), ppid);
  }
  const found = new Map<number, string>();
  const visit = async (pid: number): Promise<void> => {
    for (const [child, parent] of parents) {
      if (parent !== pid) continue;
      found.set(child, (await readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' '));
      await visit(child);
    }
  };
  await visit(root);
  return found;
}

function alive(pid: number): boolean {
  // kill(0 or a negative pid) would signal a whole process group: only a real pid is asked about.
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` runs (a child reparented to init and left behind keeps this waiting: the test fails). */
async function gone(pids: readonly number[]): Promise<void> {
  while (pids.some(alive)) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('npm start', () => {
  let data: string;
  let started: Awaited<ReturnType<typeof npmStart>>;
  let children = new Map<number, string>();

  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), 'st2-npm-start-'));
    started = await npmStart(data);
  }, 180_000);
  afterAll(async () => {
    // Whatever a failed run left behind is not left to the next one.
    for (const pid of [(started as typeof started | undefined)?.pid ?? 0, ...children.keys()].filter(alive)) process.kill(pid, 'SIGKILL');
    await rm(data, { recursive: true, force: true });
  });

  it('hints at `npm run token` with the data directory whose key the gateway trusts, and that token is accepted', async () => {
    const hint = /^More: npm run token -- (.*)$/m.exec(started.banner)?.[1] ?? '';
    expect(hint).toContain(`--data ${data}`);
    const url = /listening on (http:\/\/\S+),/.exec(started.banner)?.[1];
    const args = hint.replace('<role>', 'regulator').replace('<identity>', 'regulator-auditor').replace('<org or MSP id>', 'regulator').split(' ');
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'token', '--', ...args], { cwd: ROOT });
    const response = await fetch(`${url}/v1/securities`, { headers: { authorization: `Bearer ${stdout.trim()}` } });
    expect(response.status).toBe(200);
  }, 120_000);

  it('serves the console it built at the address the banner names, and its script', async () => {
    const url = /console: (http:\/\/\S+\/console)/.exec(started.banner)?.[1];
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(await page.text())?.[1];
    expect(script).toMatch(/^\/console\/assets\//);
    const response = await fetch(new URL(script ?? '', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  }, 60_000);

  it('stops npm, the gateway and its native prover on SIGTERM to npm', async () => {
    children = await descendants(started.pid);
    const commands = [...children.values()];
    expect(commands).toContainEqual(expect.stringContaining('gateway/dist/server.js'));
    if (started.banner.includes('made by rapidsnark')) expect(commands).toContainEqual(expect.stringContaining('st2-prover'));
    const exited = new Promise((resolve) => started.npm.once('exit', (code, signal) => resolve({ code, signal })));
    started.npm.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    await gone([...children.keys()]);
    expect([...children.keys()].filter(alive)).toEqual([]);
  }, 60_000);
});

describe('npm scripts', () => {
  it('build before they run what the build makes (npm run token works after npm ci alone)', async () => {
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // `build` itself compiles first, then generates the client's types with what it compiled.
    const runsBuilt = Object.entries(scripts).filter(([name, command]) => name !== 'build' && /node .*\bgateway\/dist\//.test(command));
    expect(scripts['build']).toMatch(/^tsc -b [^&]*\bgateway && node gateway\/dist\//);
    expect(runsBuilt.map(([name]) => name)).toContain('token');
    expect(runsBuilt.filter(([, command]) => !command.startsWith('npm run build --silent && '))).toEqual([]);
  });
});
