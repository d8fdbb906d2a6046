import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isRole } from '../../chaincode/src/domain/roles';
import { loadOrCreateDevKeys } from '../../gateway/src/auth/dev-keys';
import { DEV_TOKEN_TTL_SECONDS, signDevToken } from '../../gateway/src/auth/dev-tokens';
import { dataLayout } from '../../gateway/src/config/layout';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { defaultNetworkDir, Layout, REPO_ROOT } from '../../scripts/network/src/layout';
import { CONNECTION_LOST, eventually } from './keyed-writes';

/** The built gateway, as `npm start` runs it. */
const SERVER = join(REPO_ROOT, 'gateway', 'dist', 'server.js');
const STARTUP_MS = 180_000;
/** A request the gateway has not answered in this long counts as lost: the client resends it. */
const REQUEST_MS = 60_000;
const STOP_MS = 15_000;

/**
 * The st2 gateway as a process of its own (`node gateway/dist/server.js --fabric ... --dev-identity`) on
 * the current network, so a fault suite can kill it with -9 and start it again on the same data
 * directory (its idempotency store and read model checkpoint) and port, as a supervisor would.
 * Callers speak HTTP to it with dev tokens signed by the data directory's key.
 */
export class GatewayProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly data: string,
    private readonly privateKey: string,
    readonly url: string,
  ) {}

  /** Builds the gateway from this checkout (`tsc -b`: nothing to do when dist/ is current, as after `npm test`'s typecheck). */
  static async build(): Promise<void> {
    await promisify(execFile)(join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'gateway'], { cwd: REPO_ROOT });
  }

  /** Starts a gateway on `data` (port 0: any free one) and waits for its banner. */
  static async start(data: string, port = 0): Promise<GatewayProcess> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the gateway first (GatewayProcess.build)`);
    const { privateKey } = await loadOrCreateDevKeys(dataLayout(data).devKeys);
    const layout = new Layout(defaultNetworkDir());
    const args = [SERVER, '--fabric', layout.connectionProfile, '--dev-identity', '--data', data, '--host', '127.0.0.1', '--port', String(port)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ST2_DEMO: '', ST2_LOG_LEVEL: 'warn' } });
    const log = createWriteStream(layout.log('st2-gateway'), { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`the gateway printed no banner in ${STARTUP_MS / 1000}s:\n${output}`)), STARTUP_MS);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const listening = /st2 gateway listening on (http:\/\/\S+),/.exec(output);
        if (listening?.[1]) {
          clearTimeout(timer);
          resolve(listening[1]);
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the gateway exited (${code}) before its banner:\n${output}`));
      });
    });
    return new GatewayProcess(child, data, privateKey, url);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Waits (bounded) until `/ready` answers 200: the read model caught up and the process not overloaded. */
  async ready(timeoutMs = 120_000): Promise<void> {
    const answered = async (): Promise<boolean> => (await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(REQUEST_MS) }).catch(() => undefined))?.ok === true;
    if (!(await eventually(answered, timeoutMs))) throw new Error(`the gateway at ${this.url} was not ready in ${timeoutMs / 1000}s`);
  }

  /** kill -9: no shutdown hook runs, requests in flight are cut. */
  async kill(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await exited;
  }

  /** A new process on the same data directory and port. */
  restart(): Promise<GatewayProcess> {
    return GatewayProcess.start(this.data, Number(new URL(this.url).port));
  }

  /** SIGTERM (the gateway closes its ledger and store), waiting for the exit; -9 if it has not exited in STOP_MS. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_MS);
    await exited;
    clearTimeout(timer);
  }

  /**
   * A write as `caller`: resolves with the body of a 2xx; otherwise throws an error whose `code` is the
   * answer's reason code, or CONNECTION_LOST when no answer came (refused, reset, timed out).
   */
  async post(caller: Caller, path: string, body: object, idempotencyKey: string): Promise<unknown> {
    return this.request(caller, path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey } });
  }

  /** A read as `caller`, answered like `post`. */
  async get(caller: Caller, path: string): Promise<unknown> {
    return this.request(caller, path, { method: 'GET' });
  }

  private async request(caller: Caller, path: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<unknown> {
    if (!isRole(caller.role)) throw new Error(`no st2 role ${caller.role}`);
    const token = signDevToken(this.privateKey, { role: caller.role, sub: caller.id, org: caller.org }, DEV_TOKEN_TTL_SECONDS);
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${this.url}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(REQUEST_MS) });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw Object.assign(new Error(`${init.method} ${path}: no answer (${cause})`), { code: CONNECTION_LOST });
    }
    const body = text === '' ? {} : (JSON.parse(text) as { error?: { code?: string; message?: string } });
    if (status < 300) return body;
    throw Object.assign(new Error(`${init.method} ${path}: ${status} ${body.error?.code ?? ''} ${body.error?.message ?? text}`), { code: body.error?.code ?? `HTTP-${status}` });
  }
}
