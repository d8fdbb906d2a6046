/**
 * Every tag an operation may carry, with what it groups, in the order the documentation lists them. The route
 * table refuses an operation whose tag is not here and a tag no operation carries, so the OpenAPI document
 * defines exactly the tags it uses.
 */
export const TAGS = [
  { name: 'identities', description: 'Investor identities: onboarding, claims (KYC, AML, accreditation...) and whether one is verified for a security.' },
  { name: 'agent actions', description: 'A transfer agent\'s powers over an identity: freeze, unfreeze, and recovery of a lost wallet.' },
  { name: 'claim issuers', description: 'The claim issuers the consortium trusts, and the claim topics each may sign.' },
  { name: 'holder votes', description: 'Proposals put to a security\'s holders, their votes weighted by holdings at the record time (a custody account\'s split by its custodian), and the result.' },
  { name: 'corporate actions', description: 'Cash distributions (dividends) paid in a cash token at record-time balances, in batches, with the rounding remainder to a named account; a security\'s calendar of coupons, maturity and record dates; calls and redemptions of debt.' },
  { name: 'consortium', description: 'The consortium\'s policy: each org\'s roles, the admins, and changes awaiting the admins\' approval.' },
  { name: 'securities', description: 'Equity, debt and hybrid securities: creation, transfer rules, transfer agents, pause.' },
  { name: 'documents', description: 'Documents attached to a security or one of its partitions (ERC-1643): name, URI and content hash.' },
  { name: 'movements', description: 'Issuance, redemption, transfers (checked, forced, batched) and their dry run.' },
  { name: 'holdings', description: 'Balances: a holder\'s positions, a security\'s holders.' },
  { name: 'partitions', description: 'Partitions of a holding (ERC-1410): moving units between them.' },
  { name: 'conditional transfers', description: 'Transfers an agent must approve before they happen (ERC-1400 style requests).' },
  { name: 'operators', description: 'Parties a holder authorises to move its units, for all partitions or one.' },
  { name: 'holds', description: 'Part of a holding set aside until it is released, executed or expires.' },
  { name: 'settlements', description: 'Delivery versus payment between two investors, and netted settlement of several.' },
  { name: 'confidential', description: 'Securities in confidential mode: notes whose owners and amounts the ledger does not show, moved by zero-knowledge proofs.' },
  { name: 'cash', description: 'Tokenised deposits issued by a cash issuer (a bank), the payment leg of settlements.' },
  { name: 'custody', description: 'A custodian\'s omnibus accounts: beneficial owners, their positions, reconciliation against the ledger.' },
  { name: 'audit', description: 'The regulator\'s view: every event and transaction, any security\'s holders.' },
  { name: 'events', description: 'Committed transactions as they happen, over Server-Sent Events.' },
  { name: 'analytics', description: 'Figures computed from the ledger\'s data by the deterministic pricing and analytics libraries: a bond\'s price or yield from its terms, holder concentration (HHI, top-ten share) and turnover, no holder named; a security\'s supply, holders and volume over time; settlement instructions by status; the refusals this gateway answered, by reason code.' },
  { name: 'oracles', description: 'Oracle feeds the consortium approved (prices, rates, indices, FX, NAV, sanctions-list roots): rounds of signed observations, values read with a status (ok, stale, out of band, market closed, low confidence).' },
  { name: 'network', description: 'The member\'s view of the ledger for its operators: peers\' heights and health, the chaincode definition, the read model\'s lag.' },
] as const;
