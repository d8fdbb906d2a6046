import { execFile } from 'node:child_process';
import { basename } from 'node:path';

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** Text to pass on stdin. */
  readonly input?: string;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** A command that failed, with everything needed to say why: the command line, exit code and output. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly commandLine: string,
    readonly exitCode: number | string | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`${commandLine} failed (exit ${String(exitCode)}):\n${tail(`${stderr}\n${stdout}`.trim(), 25)}`);
  }
}

export function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const commandLine = [basename(file), ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      { env: options.env ?? process.env, cwd: options.cwd, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException & { code?: number | string }).code ?? null;
          reject(new CommandError(commandLine, error.killed ? 'timeout' : code, stdout, stderr));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retries `fn` until it resolves or `timeoutMs` passes; the last error is rethrown. */
export async function retry<T>(what: string, timeoutMs: number, fn: () => Promise<T>, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() >= deadline) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${what}: still failing after ${Math.round(timeoutMs / 1000)}s: ${message}`, { cause: error });
      }
      await sleep(intervalMs);
    }
  }
}
