import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { artifactPaths, CIRCUITS_ROOT, DEFAULT_ARTIFACTS_DIR } from './artifacts';
import { CIRCUIT_NAMES, type CircuitName } from './circuits';

/**
 * What the committed artifacts were built from. A circuit source edited without re-running
 * `npm run circuits:setup` leaves the proving keys proving the old circuit; comparing this
 * manifest with the sources catches that.
 */
export interface Manifest {
  /** sha256 of every circom file the main circuits include, st2's and circomlib's, by path. */
  sources: Record<string, string>;
  circomlibVersion: string;
  compiler: string;
  circuits: Record<CircuitName, { constraints: number; artifacts: Record<string, string> }>;
}

export const MANIFEST_PATH = path.join(DEFAULT_ARTIFACTS_DIR, 'manifest.json');

const SOURCE_DIR = path.join(CIRCUITS_ROOT, 'src');

/** Where circom resolves `include "circomlib/..."`: the `-l node_modules` the setup script passes. */
function circomlibRoot(): string {
  return path.dirname(path.dirname(require.resolve('circomlib/package.json')));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Resolves an include the way circom does: next to the including file, then in the library path. */
function resolveInclude(name: string, from: string): string {
  for (const candidate of [path.resolve(path.dirname(from), name), path.join(circomlibRoot(), name)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${from}: cannot resolve include "${name}"`);
}

/** Every file a main circuit is built from: itself and its includes, transitively. */
export function includeClosure(mainFile: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const match of text.matchAll(/include\s+"([^"]+)"/g)) visit(resolveInclude(match[1] as string, file));
  };
  visit(mainFile);
  return [...seen].sort();
}

/** Path of a main circuit's source. */
export function circuitSource(circuit: CircuitName): string {
  return path.join(SOURCE_DIR, `${circuit}.circom`);
}

/** A stable, machine-independent name for a source file in the manifest. */
function sourceKey(file: string): string {
  const lib = circomlibRoot();
  return file.startsWith(lib + path.sep) ? path.relative(lib, file) : path.relative(CIRCUITS_ROOT, file);
}

/** sha256 of every source file of every circuit, keyed like the manifest. */
export function hashSources(): Record<string, string> {
  const files = new Set(CIRCUIT_NAMES.flatMap((c) => includeClosure(circuitSource(c))));
  return Object.fromEntries([...files].sort().map((f) => [sourceKey(f), sha256(f)]));
}

/** sha256 of one circuit's artifacts, keyed by file name. */
export function hashArtifacts(circuit: CircuitName, artifactsDir: string = DEFAULT_ARTIFACTS_DIR): Record<string, string> {
  return Object.fromEntries(Object.values(artifactPaths(circuit, artifactsDir)).map((f) => [path.basename(f), sha256(f)]));
}

export function readManifest(file: string = MANIFEST_PATH): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/**
 * Differences between the manifest and the files on disk: changed, added or removed circuit
 * sources, and artifacts that are not the ones the setup produced. Empty when all is in step.
 */
export function manifestMismatches(manifest: Manifest = readManifest(), artifactsDir: string = DEFAULT_ARTIFACTS_DIR): string[] {
  const problems = diff('source', manifest.sources, hashSources());
  for (const circuit of CIRCUIT_NAMES) {
    const recorded = manifest.circuits[circuit]?.artifacts ?? {};
    problems.push(...diff(`${circuit} artifact`, recorded, hashArtifacts(circuit, artifactsDir)));
  }
  return problems;
}

function diff(what: string, recorded: Record<string, string>, actual: Record<string, string>): string[] {
  const names = new Set([...Object.keys(recorded), ...Object.keys(actual)]);
  return [...names].sort().flatMap((name) => {
    if (recorded[name] === actual[name]) return [];
    if (recorded[name] === undefined) return [`${what} ${name} is not in the manifest`];
    if (actual[name] === undefined) return [`${what} ${name} is in the manifest but missing`];
    return [`${what} ${name} changed since the artifacts were built`];
  });
}
