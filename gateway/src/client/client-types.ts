import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { st2Contracts } from '@st2/chaincode';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app';
import { loadOrCreateDevKeys } from '../auth/dev-keys';
import { Consortium } from '../config/consortium';
import { DEFAULT_TOPOLOGY } from '../config/layout';
import { loadTopology, openEmbeddedLedger } from '../ledger/embedded';

/** Where the generated types live, beside the client that uses them (this file sits in gateway/{src,dist}/client). */
export const CLIENT_TYPES_FILE = join(__dirname, '../../src/client/schema.ts');

const HEADER = [
  '// Generated from the gateway\'s /openapi.json by `npm run build` (gateway/src/cli/client-types.ts); do not edit.',
  '// test/gateway/client/schema.test.ts fails when it no longer matches the document the gateway serves.',
  '',
].join('\n');

/** The TypeScript types openapi-typescript derives from an OpenAPI document, as the typed client imports them. */
export async function clientTypesOf(document: string): Promise<string> {
  return HEADER + astToString(await openapiTS(document));
}

/**
 * The document a gateway serves, from a real one (its routes and schemas as they are) over a throwaway embedded
 * ledger: the routes table is the source, nothing is written twice.
 */
export async function servedOpenApi(topologyFile = DEFAULT_TOPOLOGY): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'st2-openapi-'));
  try {
    const [topology, consortium, keys] = await Promise.all([loadTopology(topologyFile), Consortium.load(topologyFile), loadOrCreateDevKeys(join(directory, 'keys'))]);
    const ledger = await openEmbeddedLedger({ directory: join(directory, 'ledger'), contracts: st2Contracts, topology });
    try {
      const app = await buildApp({ ledger, storeDirectory: join(directory, 'gateway'), auth: { tokens: { kind: 'dev', publicKey: keys.publicKey }, servedOrgs: consortium.orgs } });
      try {
        return (await app.inject({ method: 'GET', url: '/openapi.json' })).body;
      } finally {
        await app.close();
      }
    } finally {
      await ledger.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
