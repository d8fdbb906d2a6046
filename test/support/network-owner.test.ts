import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Layout } from '../../scripts/network/src/layout';
import { startRun, stopIfOwned } from './network-owner';

/**
 * The global teardown's decision, on a network directory of its own: a real process recorded as a
 * network node stands in for a peer, so "stopped" and "left alone" are facts about a process.
 */
describe('test-run ownership of the Fabric network', () => {
  const saved = { dir: process.env.ST2_NETWORK_DIR, token: process.env.ST2_TEST_RUN_TOKEN };
  let layout: Layout;
  let node: ChildProcess;
  const alive = () => node.exitCode === null && node.signalCode === null;
  const ownerFile = () => join(layout.root, 'test-run-owner.json');

  beforeEach(() => {
    layout = new Layout(mkdtempSync(join(tmpdir(), 'st2-owner-')));
    process.env.ST2_NETWORK_DIR = layout.root;
    node = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    mkdirSync(layout.run, { recursive: true });
    const record = { name: 'peer0.fake', pid: node.pid, command: process.execPath, args: [], startedAt: new Date().toISOString(), log: '/dev/null', readiness: { kind: 'tcp', host: '127.0.0.1', port: 1 } };
    writeFileSync(layout.pidRecord('peer0.fake'), JSON.stringify(record));
    startRun();
  });

  afterEach(() => {
    if (alive()) node.kill('SIGKILL');
    rmSync(layout.root, { recursive: true, force: true });
    for (const [name, value] of [['ST2_NETWORK_DIR', saved.dir], ['ST2_TEST_RUN_TOKEN', saved.token]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('leaves a network alone that another run started', async () => {
    writeFileSync(ownerFile(), JSON.stringify({ token: 'another-run', pid: process.pid }));
    expect(await stopIfOwned(() => undefined)).toBe(false);
    expect(alive()).toBe(true);
    expect(existsSync(ownerFile())).toBe(true);
  });

  it('leaves a network alone that nobody recorded (an operator started it)', async () => {
    expect(await stopIfOwned(() => undefined)).toBe(false);
    expect(alive()).toBe(true);
  });

  it('stops the network this run started, and forgets the owner', async () => {
    writeFileSync(ownerFile(), process.env.ST2_TEST_RUN_TOKEN ?? '');
    const exited = new Promise((resolve) => node.once('exit', resolve));
    expect(await stopIfOwned(() => undefined)).toBe(true);
    await exited;
    expect(alive()).toBe(false);
    expect(existsSync(ownerFile())).toBe(false);
  });
});
