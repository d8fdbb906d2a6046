import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a file atomically (temp + rename), creating its directory; a reader never sees half a file. */
export function writeFile(path: string, content: string | Buffer, mode?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content, mode === undefined ? undefined : { mode });
  renameSync(tmp, path);
}

/** Writes only when the content differs, so regenerating is cheap and mtimes mean something. */
export function writeIfChanged(path: string, content: string, mode?: number): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  writeFile(path, content, mode);
  return true;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readJson<T>(path: string, check: (value: unknown) => value is T): T | undefined {
  if (!existsSync(path)) return undefined;
  const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return check(value) ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A YAML double-quoted scalar: JSON string syntax is valid YAML, and paths may hold any character. */
export function q(value: string): string {
  return JSON.stringify(value);
}
