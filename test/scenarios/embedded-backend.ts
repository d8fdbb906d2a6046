import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { st2Contracts } from '@st2/chaincode';
import { openEmbeddedLedger, parseTopology, type Topology } from '../../gateway/src/ledger/embedded';
import type { Backend } from './backend';

/** The consortium as described once in network/topology.json (read synchronously: jest builds its tree synchronously). */
export const topology: Topology = parseTopology(JSON.parse(readFileSync(join(__dirname, '../../network/topology.json'), 'utf8')));

/** MSP ids by org name (no MSP id is written in a test). */
export function mspIds(): Backend['msp'] {
  const msp = (name: string) => {
    const org = topology.orgs.find((o) => o.name === name);
    if (!org) throw new Error(`network/topology.json has no org ${name}`);
    return org.mspId;
  };
  return { bank1: msp('bank1'), bank2: msp('bank2'), custodian: msp('custodian'), regulator: msp('regulator') };
}

/** The embedded ledger in a fresh temporary directory, running the real chaincode. */
export const embeddedBackend: Backend = {
  name: 'the embedded ledger',
  msp: mspIds(),
  open: async () => openEmbeddedLedger({ directory: await mkdtemp(join(tmpdir(), 'st2-scenario-')), contracts: st2Contracts, topology }),
  orgKeysDirectory: () => mkdtemp(join(tmpdir(), 'st2-org-keys-')),
};
