import { erc1066Status, type Erc1066Code, type Erc1066Status } from './erc1066';

/**
 * The catalog of stable reason codes (in the spirit of ERC-1066). A code never changes meaning once
 * released: clients, the gateway's HTTP mapping and auditors all key on it.
 */
export const REASON_CODES = {
  'ST2-INVALID-INPUT': 'The request is malformed or a value is out of range.',
  'ST2-AMOUNT-LIMIT': 'The command would take an amount or a total (supply, balance, daily total) past the maximum amount, 10^38 - 1.',
  'ST2-UNAUTHORIZED': 'The caller’s role or organisation may not perform this action.',
  'ST2-NOT-FOUND': 'The referenced identity, security or record does not exist.',
  'ST2-ALREADY-EXISTS': 'A record with this id already exists.',
  'ST2-LIMIT-EXCEEDED': 'A list would grow past its documented size limit (claims per topic, trusted issuers, topics per issuer, agents, identities in a party list).',
  'ST2-DUPLICATE-REQUEST': 'A transaction with this client request id was already applied.',
  'ST2-KYC-MISSING': 'An investor lacks a claim required by the security.',
  'ST2-CLAIM-EXPIRED': 'A required claim has expired.',
  'ST2-CLAIM-REVOKED': 'A required claim has been revoked.',
  'ST2-UNTRUSTED-ISSUER': 'The claim issuer is not trusted for this claim topic.',
  'ST2-JURISDICTION-BLOCKED': 'The investor’s jurisdiction is not allowed for this security.',
  'ST2-MAX-HOLDERS': 'The transfer would exceed the maximum number of holders.',
  'ST2-MAX-BALANCE': 'The transfer would exceed the maximum balance per holder.',
  'ST2-LOCKUP': 'The security is in its lock-up period.',
  'ST2-HOLDING-PERIOD': 'Not enough of the holding has been held for the minimum holding period.',
  'ST2-NOT-ACCREDITED': 'The security is for accredited investors only.',
  'ST2-DAILY-LIMIT': 'The transfer would exceed the holder’s daily transfer limit.',
  'ST2-WINDOW-LIMIT': 'The transfer would exceed one of the security’s transfer limits (units or transfers per time window) for the sender.',
  'ST2-VENUE-LIMIT': 'The transfer would exceed what the investor may move to and from this designated counterparty (venue) per window.',
  'ST2-FEE-COLLECTOR-INVALID': 'The security’s transfer fee collector is not an active, verified identity, so no fee-bearing transfer can take place.',
  'ST2-FROZEN': 'The identity or the amount is frozen.',
  'ST2-PAUSED': 'The security is paused.',
  'ST2-NOT-PAUSED': 'The security is not paused (the mirror of ST2-PAUSED for unpause).',
  'ST2-MATURED': 'The security has matured.',
  'ST2-INSUFFICIENT-BALANCE': 'The holder’s free balance is lower than the amount.',
  'ST2-NOT-FROZEN': 'Less than the amount is frozen (the mirror of ST2-INSUFFICIENT-BALANCE for unfreeze).',
  'ST2-SELF-TRANSFER': 'Sender and recipient are the same identity.',
  'ST2-IDENTITY-INACTIVE': 'The identity has been recovered to another identity and can no longer act.',
  'ST2-RECOVERY-MISMATCH': 'The new identity does not belong to the same investor.',
  'ST2-CONVERSION-CLOSED': 'The conversion window is not open.',
  'ST2-MVCC-CONFLICT': 'State the transaction read changed before it committed; it changed nothing and may be resubmitted.',
  'ST2-UNAVAILABLE': 'The ledger could not endorse, order or commit the transaction.',
  'ST2-NOT-CONFIDENTIAL': 'The security is not in confidential mode.',
  'ST2-CONFIDENTIAL-MODE': 'The security is in confidential mode: its units move only as notes, by proof.',
  'ST2-INVALID-PROOF': 'The zero-knowledge proof does not verify for these public inputs.',
  'ST2-NULLIFIER-SPENT': 'A note the transaction spends has already been spent.',
  'ST2-ALREADY-APPLIED': 'Another transaction (its id in the details) already spent these notes into these same new notes: this outcome is applied.',
  'ST2-STALE-ROOT': 'The proof refers to a note root that is no longer recent or an allowlist root that is not current.',
  'ST2-NOTE-EXISTS': 'The ledger already holds a note with this commitment.',
  'ST2-ORG-KEY-EXISTS': 'The organisation already has a different opening key; a registered key never changes.',
  'ST2-NO-ORG-KEY': 'An organisation that must receive a note opening has no registered opening key.',
  'ST2-ALLOWLIST-STALE': 'The KYC allowlist no longer matches the identity registry (a member’s claim changed or expired, or the security’s rules changed): refresh it first.',
  'ST2-DOCUMENT-LIMIT': 'The security already has the most documents it may hold; remove one before setting another name.',
  'ST2-MAX-SUPPLY': 'The issuance would take the supply past the security’s maximum supply.',
  'ST2-CAP-BELOW-CURRENT': 'A cap (maximum supply, holders or balance) would be set below the figure it caps today (named in the details).',
  'ST2-PARTY-BLOCKED': 'The sender or the recipient is not in the security’s allow list, or is in its block list.',
  'ST2-JURISDICTION-CAP': 'The transfer would exceed the maximum number of holders in the recipient’s jurisdiction.',
  'ST2-RULE-UNENFORCEABLE': 'A rule of the security cannot be enforced on hidden amounts, so the security cannot be (or is) in confidential mode with it.',
  'ST2-APPROVAL-REQUIRED': 'The security’s transfers need an agent’s approval: request the transfer instead.',
  'ST2-REQUEST-EXPIRED': 'The conditional transfer’s validity window has passed (or ends before it starts).',
  'ST2-REQUEST-CLOSED': 'The conditional transfer was already approved or rejected.',
  'ST2-RULE-NOT-APPLICABLE': 'A rule that makes no sense for this kind of instrument (a lock-up, accreditation, holder cap, approval, fee or venue limit on cash).',
  'ST2-NOT-OPERATOR': 'The caller is not an authorised operator of the holder for this security (never authorised, or revoked).',
  'ST2-OPERATOR-LIMIT': 'The operator movement would take what the operator has moved for the holder past the limit the holder set.',
  'ST2-CUSTODY-ACCOUNT': 'Units move into, out of and within a custody account only through its custody commands (each with its sub-ledger entry).',
  'ST2-CUSTODY-RULE': 'The security has a rule a custody account cannot keep (a transfer fee, venue limits): it is not held in custody.',
  'ST2-CUSTODY-OWNER': 'The beneficial owner does not fit the account: a segregated account holds for its one owner only, and moves between owners need an omnibus account.',
} as const;

export type ReasonCode = keyof typeof REASON_CODES;

export function isReasonCode(value: string): value is ReasonCode {
  return Object.prototype.hasOwnProperty.call(REASON_CODES, value);
}

/**
 * Each reason code's ERC-1066 equivalent, or null where the standard has none (malformed input, a rule
 * that cannot apply to hidden amounts). Total over the catalog: a new code
 * does not compile until it names its equivalent or says it has none.
 */
export const ERC1066_EQUIVALENTS: Readonly<Record<ReasonCode, Erc1066Code | null>> = {
  'ST2-INVALID-INPUT': null,
  'ST2-AMOUNT-LIMIT': '0x26',
  'ST2-UNAUTHORIZED': '0x10',
  'ST2-NOT-FOUND': '0x20',
  'ST2-ALREADY-EXISTS': '0x28',
  'ST2-LIMIT-EXCEEDED': '0x06',
  'ST2-DUPLICATE-REQUEST': '0x28',
  'ST2-KYC-MISSING': '0x10',
  'ST2-CLAIM-EXPIRED': '0x46',
  'ST2-CLAIM-REVOKED': '0x16',
  'ST2-UNTRUSTED-ISSUER': '0xE4',
  'ST2-JURISDICTION-BLOCKED': '0x10',
  'ST2-MAX-HOLDERS': '0x06',
  'ST2-MAX-BALANCE': '0x06',
  'ST2-LOCKUP': '0x44',
  'ST2-HOLDING-PERIOD': '0x44',
  'ST2-NOT-ACCREDITED': '0x10',
  'ST2-DAILY-LIMIT': '0x56',
  'ST2-WINDOW-LIMIT': '0x56',
  'ST2-VENUE-LIMIT': '0x56',
  'ST2-FEE-COLLECTOR-INVALID': '0x50',
  'ST2-FROZEN': '0x10',
  'ST2-PAUSED': '0x42',
  'ST2-NOT-PAUSED': '0x18',
  'ST2-MATURED': '0x46',
  'ST2-INSUFFICIENT-BALANCE': '0x54',
  'ST2-NOT-FROZEN': '0x04',
  'ST2-SELF-TRANSFER': '0x50',
  'ST2-IDENTITY-INACTIVE': '0x16',
  'ST2-RECOVERY-MISMATCH': '0x20',
  'ST2-CONVERSION-CLOSED': '0x40',
  'ST2-MVCC-CONFLICT': '0x28',
  'ST2-UNAVAILABLE': '0x40',
  'ST2-NOT-CONFIDENTIAL': '0x18',
  'ST2-CONFIDENTIAL-MODE': '0x18',
  'ST2-INVALID-PROOF': '0xE0',
  'ST2-NULLIFIER-SPENT': '0x48',
  'ST2-ALREADY-APPLIED': '0x48',
  'ST2-STALE-ROOT': '0x46',
  'ST2-NOTE-EXISTS': '0x28',
  'ST2-ORG-KEY-EXISTS': '0x28',
  'ST2-NO-ORG-KEY': '0xE2',
  'ST2-ALLOWLIST-STALE': '0x46',
  'ST2-RULE-UNENFORCEABLE': null,
  'ST2-DOCUMENT-LIMIT': '0x06',
  'ST2-MAX-SUPPLY': '0x06',
  'ST2-CAP-BELOW-CURRENT': '0x06',
  'ST2-PARTY-BLOCKED': '0x10',
  'ST2-JURISDICTION-CAP': '0x06',
  'ST2-APPROVAL-REQUIRED': '0x10',
  'ST2-REQUEST-EXPIRED': '0x46',
  'ST2-REQUEST-CLOSED': '0x48',
  'ST2-RULE-NOT-APPLICABLE': null,
  'ST2-NOT-OPERATOR': '0x10',
  'ST2-OPERATOR-LIMIT': '0x56',
  'ST2-CUSTODY-ACCOUNT': '0x18',
  'ST2-CUSTODY-OWNER': '0x10',
  'ST2-CUSTODY-RULE': '0x18',
};

/** A reason code's ERC-1066 equivalent with the standard's description, or null where there is none. */
export function erc1066Of(code: ReasonCode): Erc1066Status | null {
  const equivalent = ERC1066_EQUIVALENTS[code];
  return equivalent === null ? null : erc1066Status(equivalent);
}
