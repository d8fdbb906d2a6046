import type { Ledger } from '../../gateway/src/ledger/ledger';

/**
 * A ledger backend the scenario suite runs on. Scenarios are written once against `Ledger` and run
 * unchanged on the embedded ledger and on real Fabric peers.
 */
export interface Backend {
  readonly name: string;
  /** MSP ids by org name, from network/topology.json. */
  readonly msp: Readonly<Record<'bank1' | 'bank2' | 'custodian' | 'regulator', string>>;
  open(): Promise<Ledger>;
  /** Where a client playing every org keeps the orgs' opening keys: as long-lived as the backend's ledger. */
  orgKeysDirectory(): Promise<string>;
}
