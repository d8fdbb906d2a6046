import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { CIRCUITS_ROOT } from './artifacts';
import type { CircuitName } from './circuits';
import type { CircuitProof } from './proof';

const BUILD_SCRIPT = path.join(CIRCUITS_ROOT, 'scripts', 'build-prover.sh');

/**
 * Builds st2-prover (circuits/native) into its cache when missing and returns the binary's path.
 * Built once per machine (a few seconds, plus the first download of go-rapidsnark); throws with the
 * build script's message when Go or a C++ toolchain is missing.
 */
export async function buildNativeProver(log: (line: string) => void = () => undefined): Promise<string> {
  try {
    // The environment named explicitly: it is where ST2_PROVER_CACHE, GOPROXY and PATH come from.
    const { stdout, stderr } = await promisify(execFile)('bash', [BUILD_SCRIPT], { maxBuffer: 16 << 20, env: process.env });
    for (const line of stderr.split('\n').filter(Boolean)) log(line);
    const binary = stdout.trim().split('\n').pop();
    if (!binary) throw new Error(`${BUILD_SCRIPT} printed no binary path`);
    return binary;
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`the native prover cannot be built: ${detail}`, { cause: error });
  }
}

interface Pending {
  resolve(frame: { ok: boolean; payload: Buffer }): void;
  reject(error: Error): void;
}

/**
 * One st2-prover process (rapidsnark) holding the proving keys in memory. Requests go one at a time:
 * a single proof already uses every core. The process holds the caller's event loop only while a
 * proof is pending, so an idle prover never keeps a script from exiting.
 */
export class NativeProver {
  readonly #child: ChildProcessByStdio<Writable, Readable, Readable>;
  readonly #queue: Pending[] = [];
  #buffer = Buffer.alloc(0);
  #stderr = '';
  #exited: Error | undefined;

  private constructor(child: ChildProcessByStdio<Writable, Readable, Readable>) {
    this.#child = child;
    child.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.#stderr = (this.#stderr + chunk.toString()).slice(-4000)));
    child.on('exit', (code, signal) => this.#fail(new Error(`st2-prover exited (${signal ?? `code ${code}`}): ${this.#stderr.trim()}`)));
    child.on('error', (error) => this.#fail(error));
    // A write to a prover that died fails here (EPIPE) as well as through 'exit'.
    child.stdin.on('error', (error) => this.#fail(error));
    this.#hold(false);
  }

  /** Starts a prover for these circuits' proving keys (paths by circuit). */
  static start(binary: string, zkeys: ReadonlyMap<CircuitName, string>): NativeProver {
    const args = [...zkeys].map(([name, file]) => `${name}=${file}`);
    // Passive OpenMP threads yield their core between proofs' parallel regions instead of spinning,
    // which otherwise stalls a proof for seconds when the machine is shared (2 cores here).
    const env = { ...process.env, OMP_WAIT_POLICY: process.env['OMP_WAIT_POLICY'] ?? 'passive' };
    return new NativeProver(spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], env }));
  }

  /** Proves a witness in the .wtns format (snarkjs's witness calculator writes it). */
  async prove<C extends CircuitName>(circuit: C, witness: Uint8Array): Promise<CircuitProof<C>> {
    if (this.#exited) throw this.#exited;
    const frame = await new Promise<{ ok: boolean; payload: Buffer }>((resolve, reject) => {
      this.#queue.push({ resolve, reject });
      this.#hold(true);
      this.#child.stdin.write(Buffer.concat([lengthPrefixed(Buffer.from(circuit)), lengthPrefixed(witness)]));
    });
    if (!frame.ok) throw new Error(`${circuit}: the native prover refused the witness: ${frame.payload.toString()}`);
    const { proof, publicSignals } = JSON.parse(frame.payload.toString()) as Omit<CircuitProof<C>, 'circuit'>;
    // rapidsnark does not name the curve, which snarkjs's proofs (and the chaincode's schema) do: every
    // st2 circuit is on BN254, which snarkjs calls bn128.
    return { circuit, proof: { ...proof, curve: 'bn128' }, publicSignals };
  }

  /** Ends the process (it exits when its input closes); later proofs are refused. */
  close(): void {
    this.#fail(new Error('st2-prover was closed'));
    this.#child.stdin.end();
  }

  /** Responses are `u8 status, u32 length, payload`, in request order. */
  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    while (this.#buffer.length >= 5) {
      const size = this.#buffer.readUInt32BE(1);
      if (this.#buffer.length < 5 + size) return;
      const ok = this.#buffer[0] === 0;
      const payload = this.#buffer.subarray(5, 5 + size);
      this.#buffer = this.#buffer.subarray(5 + size);
      this.#queue.shift()?.resolve({ ok, payload });
      if (this.#queue.length === 0) this.#hold(false);
    }
  }

  #fail(error: Error): void {
    this.#exited ??= error;
    for (const pending of this.#queue.splice(0)) pending.reject(error);
    this.#hold(false);
  }

  /** Keeps the event loop alive while a proof is pending, and only then. */
  #hold(busy: boolean): void {
    const handles = [this.#child, this.#child.stdin, this.#child.stdout, this.#child.stderr] as { ref(): void; unref(): void }[];
    for (const handle of handles) if (busy) handle.ref(); else handle.unref();
  }
}

function lengthPrefixed(bytes: Uint8Array): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(bytes.length);
  return Buffer.concat([size, bytes]);
}
