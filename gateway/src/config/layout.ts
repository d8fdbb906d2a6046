import { join, resolve } from 'node:path';

/** The consortium description every tool reads unless told otherwise (this file sits in gateway/{src,dist}/config). */
export const DEFAULT_TOPOLOGY = resolve(__dirname, '../../../network/topology.json');

/** What lives where in a data directory: the ledger, the gateway's own store, the dev signing keys, the org opening keys and the development clock's offset. */
export function dataLayout(directory: string): { readonly ledger: string; readonly gateway: string; readonly devKeys: string; readonly orgKeys: string; readonly devClock: string } {
  return {
    ledger: join(directory, 'ledger'), gateway: join(directory, 'gateway'), devKeys: join(directory, 'dev-keys'), orgKeys: join(directory, 'org-keys'),
    devClock: join(directory, 'dev-clock.json'),
  };
}
