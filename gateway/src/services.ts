import type { Prover } from '@st2/circuits';
import type { OrgKeyring } from './confidential/org-keyring';
import type { CustodyBook } from './custody/custody-book';
import type { Idempotency } from './idempotency/idempotency';
import type { Ledger } from './ledger/ledger';
import type { StreamLimits } from './limits/streams';
import type { Submitter } from './ledger/submitter';
import type { AuditLog } from './projections/audit-log';
import type { Consistency } from './projections/consistency';
import type { Projector } from './projections/projector';
import type { ReadModel } from './projections/read-model';
import type { SanctionsListStore } from './oracles/sanctions-list-store';
import type { RefusalLog } from './refusals/refusal-log';

/** What route handlers work with, built once per app. */
export interface Services {
  readonly ledger: Ledger;
  /** Submits with the bounded MVCC retry. */
  readonly submitter: Submitter;
  readonly projector: Projector;
  readonly readModel: ReadModel;
  readonly audit: AuditLog;
  readonly consistency: Consistency;
  /** The sub-ledgers of the custody accounts of the orgs this gateway serves, re-read after every batch. */
  readonly custodyBook: CustodyBook;
  /** Stored responses of every write route (plain and confidential), as JSON. */
  readonly idempotency: Idempotency<unknown>;
  readonly clock: () => number;
  /** The org opening keys this gateway reads note openings with. */
  readonly orgKeys: OrgKeyring;
  /** The confidential routes' prover, when the process loaded one at start. */
  readonly prover?: Prover;
  /** Open event streams per principal, and how long a write to one may take. */
  readonly streams: StreamLimits;
  /** The sanctions lists this gateway keeps for proofs against their roots. */
  readonly sanctionsLists: SanctionsListStore;
  /** The ledger refusals this gateway answered its callers (a refused proposal reaches no block). */
  readonly refusals: RefusalLog;
  /** Aborted when the app closes: ends open event streams. */
  readonly shutdown: AbortSignal;
}
