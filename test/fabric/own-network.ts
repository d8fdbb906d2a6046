import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import { defaultNetworkDir } from '../../scripts/network/src/layout';
import { stopIfOwned } from '../support/network-owner';
import { sha256, St2Client } from '../scenarios/client';
import { fabricBackend } from './fabric-backend';

/**
 * A suite that kills nodes would break the suites sharing the default network in parallel jest workers,
 * so it brings up a network of its own next to it: its own directory (`<default>-<name>`), every port
 * shifted by `portShift` more than the shared network's (pick a shift whose range no other suite uses),
 * stopped at the end if this run started it. Jest gives each test file its own process.env, and the
 * network code reads these variables when called: call this before loading the topology.
 */
export function onOwnNetwork(name: string, portShift: number, log: (line: string) => void): { readonly ledger: () => Ledger; readonly st2: () => St2Client } {
  ownNetworkEnv(name, portShift);
  let ledger: Ledger | undefined;
  let st2: St2Client | undefined;
  beforeAll(async () => {
    ledger = await fabricBackend.open();
    st2 = new St2Client(ledger);
  });
  afterAll(async () => {
    await ledger?.close();
    await stopIfOwned(log);
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the ledger opens in beforeAll');
    return value;
  };
  return { ledger: () => opened(ledger), st2: () => opened(st2) };
}

/** Points the network code at the suite's own directory and port range (see onOwnNetwork); call before loading the topology. */
export function ownNetworkEnv(name: string, portShift: number): void {
  const sharedOffset = Number(process.env.ST2_NETWORK_PORT_OFFSET ?? '0');
  process.env.ST2_NETWORK_DIR = `${defaultNetworkDir()}-${name}`;
  process.env.ST2_NETWORK_PORT_OFFSET = String(sharedOffset + portShift);
}

/** Onboards `investor` (German retail) through `onboarder`'s org, filing the personal record privately. */
export async function onboard(st2: St2Client, onboarder: Caller, investor: Caller): Promise<void> {
  const record = JSON.stringify({ name: `Investor ${investor.id}` });
  await st2.register(onboarder, { identityId: investor.id, investor: investor.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
}
