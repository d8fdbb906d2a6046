import '../config/chaincode-logging';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../..');
/** gateway/src/client/schema.ts, as client-types.ts names it (not imported here: loading the app takes seconds). */
const TYPES_FILE = join(ROOT, 'gateway/src/client/schema.ts');
/** What the last generation was made from, kept with the build output (a clean clone always generates). */
const STAMP_FILE = join(ROOT, 'gateway/dist/client/schema.inputs');

/**
 * Part of `npm run build`: writes the typed client's types from the document the gateway serves, so they are
 * never stale. Making the document means loading the whole gateway, so it is skipped when no source it comes
 * from changed since the last build; the file itself is rewritten only when its text changes.
 */
async function main(): Promise<void> {
  const inputs = await fingerprint();
  const [stamp, current] = await Promise.all([readFile(STAMP_FILE, 'utf8').catch(() => undefined), readFile(TYPES_FILE, 'utf8').catch(() => undefined)]);
  if (stamp === inputs && current !== undefined) return;
  const { clientTypesOf, servedOpenApi } = await import('../client/client-types.js');
  const types = await clientTypesOf(await servedOpenApi());
  if (current !== types) {
    await writeFile(TYPES_FILE, types);
    process.stdout.write(`client types written to ${relative(process.cwd(), TYPES_FILE)}\n`);
  }
  await writeFile(STAMP_FILE, inputs);
}

/** A digest of every source the document comes from: the gateway's and the chaincode's, and the locked dependencies. */
async function fingerprint(): Promise<string> {
  const files = [...(await sources(join(ROOT, 'gateway/src'))), ...(await sources(join(ROOT, 'chaincode/src'))), join(ROOT, 'package-lock.json')]
    .filter((file) => file !== TYPES_FILE)
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

async function sources(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

main().catch((error: unknown) => {
  process.stderr.write(`client types: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
