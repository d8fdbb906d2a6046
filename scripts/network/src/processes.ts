import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { request } from 'node:https';
import { createConnection, createServer } from 'node:net';
import { basename } from 'node:path';
import { isRecord, readJson, writeFile } from './files';
import { sleep, tail } from './exec';
import type { Layout } from './layout';

/** How `up` knows a process is ready: its operations /healthz (TLS), or a TCP port accepting connections. */
export type Readiness = { readonly kind: 'healthz'; readonly url: string; readonly ca: string } | { readonly kind: 'tcp'; readonly host: string; readonly port: number };

export interface ProcessSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly readiness: Readiness;
  /** Ports the process will bind: checked free before start, so a clash is named, not a mystery. */
  readonly ports: readonly { readonly host: string; readonly port: number; readonly what: string }[];
}

export interface PidRecord {
  readonly name: string;
  readonly pid: number;
  readonly command: string;
  readonly args: readonly string[];
  readonly startedAt: string;
  readonly log: string;
  readonly readiness: Readiness;
  /** Free-form facts the starter wants back later (e.g. the chaincode build it serves). */
  readonly tag?: string;
}

/** A process failed to start or become ready; the message names it and its log file. */
export class ProcessError extends Error {
  override readonly name = 'ProcessError';
  constructor(
    readonly processName: string,
    readonly logFile: string,
    problem: string,
  ) {
    super(`${processName} ${problem}\n  log: ${logFile}\n${indent(logTail(logFile, 20))}`);
  }
}

function isPidRecord(value: unknown): value is PidRecord {
  return isRecord(value) && typeof value.pid === 'number' && typeof value.name === 'string' && typeof value.command === 'string';
}

export function readPidRecord(layout: Layout, name: string): PidRecord | undefined {
  return readJson(layout.pidRecord(name), isPidRecord);
}

export function allPidRecords(layout: Layout): PidRecord[] {
  if (!existsSync(layout.run)) return [];
  return readdirSync(layout.run)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readPidRecord(layout, basename(f, '.json')))
    .filter((r): r is PidRecord => r !== undefined);
}

/**
 * Whether the recorded process is alive *and* is still the program we started (the pid could have
 * been reused by an unrelated process after a reboot or crash). Never signal a pid that fails this.
 */
export function isAlive(record: PidRecord): boolean {
  try {
    process.kill(record.pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${record.pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes(record.command) || cmdline.some((part) => part.endsWith(`/${basename(record.command)}`));
  } catch {
    // No /proc (not Linux): trust the pid.
    return true;
  }
}

export async function startProcess(layout: Layout, spec: ProcessSpec, tag?: string): Promise<PidRecord> {
  for (const p of spec.ports) {
    if (!(await portFree(p.host, p.port))) {
      throw new ProcessError(spec.name, layout.log(spec.name), `cannot start: ${p.host}:${p.port} (${p.what}) is already in use by another program. Stop it, or shift every port with ST2_NETWORK_PORT_OFFSET.`);
    }
  }
  mkdirSync(layout.logs, { recursive: true });
  const log = layout.log(spec.name);
  const fd = openSync(log, 'a');
  writeSync(fd, `\n===== ${new Date().toISOString()} starting ${spec.name}: ${spec.command} ${spec.args.join(' ')}\n`);
  // Detached, own process group, output to the log file: the network outlives the command that started it.
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new ProcessError(spec.name, log, `could not be spawned (${spec.command})`);
  child.unref();
  const record: PidRecord = { name: spec.name, pid, command: spec.command, args: spec.args, startedAt: new Date().toISOString(), log, readiness: spec.readiness, ...(tag === undefined ? {} : { tag }) };
  writePidRecord(layout, record);
  return record;
}

/** Records a started process under its name (a replacement started beside its predecessor records itself again once that one is stopped). */
export function writePidRecord(layout: Layout, record: PidRecord): void {
  writeFile(layout.pidRecord(record.name), `${JSON.stringify(record, null, 2)}\n`);
}

/** Waits until the process is ready; fails fast, naming its log, if it exits first. */
export async function waitReady(record: PidRecord, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isAlive(record)) throw new ProcessError(record.name, record.log, 'exited during start-up');
    const problem = await readinessProblem(record.readiness);
    if (problem === undefined) return;
    if (Date.now() >= deadline) throw new ProcessError(record.name, record.log, `is not ready after ${Math.round(timeoutMs / 1000)}s (${problem})`);
    await sleep(200);
  }
}

/** undefined when ready, else a short reason. */
export async function readinessProblem(readiness: Readiness): Promise<string | undefined> {
  if (readiness.kind === 'tcp') return (await tcpOpen(readiness.host, readiness.port)) ? undefined : `nothing listens on ${readiness.host}:${readiness.port}`;
  try {
    const { status, body } = await httpsGet(readiness.url, readiness.ca);
    return status === 200 ? undefined : `${readiness.url} answered ${status}: ${body.trim()}`;
  } catch (error) {
    return `${readiness.url}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** SIGTERM, then SIGKILL after a grace period. Only signals a pid that is still the recorded program. */
export async function stopProcess(layout: Layout, record: PidRecord, graceMs = 10_000): Promise<boolean> {
  let stopped = false;
  if (isAlive(record)) {
    try {
      process.kill(record.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + graceMs;
    while (isAlive(record) && Date.now() < deadline) await sleep(100);
    if (isAlive(record)) {
      try {
        process.kill(record.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      while (isAlive(record)) await sleep(50);
    }
    stopped = true;
  }
  rmSync(layout.pidRecord(record.name), { force: true });
  return stopped;
}

/** GET over TLS, trusting only `caFile`; `client` adds a client certificate (Fabric's /metrics wants one). */
export function httpsGet(url: string, caFile: string, client?: { cert: string; key: string }, timeoutMs = 3000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const tls = client ? { cert: readFileSync(client.cert), key: readFileSync(client.key) } : {};
    const req = request(url, { ca: readFileSync(caFile), ...tls, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

function tcpOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function logTail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log yet)';
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return tail(buffer.toString('utf8').trimEnd(), lines);
  } finally {
    closeSync(fd);
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
