import { partyOf, type CommandKind } from '@st2/chaincode';
import { submitCommand } from '../ledger/identity-record';
import { LedgerError, type Ledger } from '../ledger/ledger';
import { privateJson } from '../routes/private-data';
import type { WireInput } from '../routes/write';
import { callerOf, type DemoActor, type DemoCast } from './cast';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

interface Step<K extends CommandKind = CommandKind> {
  readonly by: DemoActor;
  readonly kind: K;
  readonly input: WireInput<K>;
  readonly transient?: Readonly<Record<string, Uint8Array>>;
}

function step<K extends CommandKind>(by: DemoActor, kind: K, input: WireInput<K>, transient?: Record<string, Uint8Array>): Step {
  return { by, kind, input, ...(transient ? { transient } : {}) } as Step;
}

export interface DemoResult {
  readonly applied: number;
  /** Steps a previous run had already applied (their request ids are on the ledger). */
  readonly skipped: number;
}

/**
 * Loads the demo through the same chaincode as any client: two banks' investors in three jurisdictions, a
 * trusted KYC provider, one equity and one bond with rules, and some holdings. Each step carries a fixed
 * request id, so running it again on the same ledger changes nothing.
 */
export async function loadDemo(ledger: Ledger, cast: DemoCast, now: number): Promise<DemoResult> {
  let applied = 0;
  let skipped = 0;
  for (const [index, { by, kind, input, transient }] of demoSteps(cast, now).entries()) {
    try {
      await submitCommand(ledger, callerOf(by), kind, { ...input, requestId: `demo-${index}` }, transient);
      applied++;
    } catch (error) {
      if (!(error instanceof LedgerError && error.code === 'ST2-DUPLICATE-REQUEST')) throw error;
      skipped++;
    }
  }
  return { applied, skipped };
}

function demoSteps(cast: DemoCast, now: number): Step[] {
  const investors = [
    { who: cast.alice, by: cast.agent, jurisdiction: 'FR', investorType: 'retail', name: 'Alice Martin', topics: ['kyc', 'aml'] },
    { who: cast.bob, by: cast.agent, jurisdiction: 'DE', investorType: 'professional', name: 'Bob Schmidt', topics: ['kyc', 'aml', 'accredited'] },
    { who: cast.carol, by: cast.agent2, jurisdiction: 'US', investorType: 'institutional', name: 'Carol Fund LP', topics: ['kyc', 'aml', 'accredited'] },
    { who: cast.dmitri, by: cast.custodian, jurisdiction: 'DE', investorType: 'retail', name: 'Dmitri Weber', topics: ['kyc', 'aml'] },
  ] as const;
  const onboarding = investors.flatMap(({ who, by, jurisdiction, investorType, name, topics }) => {
    const record = privateJson({ name, documents: [{ kind: 'passport', reference: `${jurisdiction}-${who.id}-0001` }] });
    return [
      step(by, 'RegisterIdentity', { identityId: who.id, investor: who.id, jurisdiction, investorType, recordHash: record.sha256 }, { record: record.bytes }),
      ...topics.map((topic) => {
        const evidence = privateJson({ method: 'document-check', reference: `${topic}-${who.id}` });
        return step(cast.kyc, 'AddClaim', { identityId: who.id, topic, expiresAt: now + YEAR, evidenceHash: evidence.sha256 }, { evidence: evidence.bytes });
      }),
    ];
  });
  const prospectus = privateJson('ACME plc prospectus, 2025 edition').sha256;
  return [
    // A consortium change: proposed by the first bank, executed by the second's approval.
    step(cast.admin, 'TrustClaimIssuer', { issuer: partyOf(callerOf(cast.kyc)), topics: ['kyc', 'aml', 'accredited'] }),
    step(cast.admin2, 'TrustClaimIssuer', { issuer: partyOf(callerOf(cast.kyc)), topics: ['kyc', 'aml', 'accredited'] }),
    ...onboarding,
    step(cast.issuer, 'CreateSecurity', {
      securityId: 'ACME-EQ', name: 'ACME plc ordinary shares', isin: 'GB00ACME0001', decimals: 0,
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      rules: { requiredClaims: ['kyc'], allowedJurisdictions: ['FR', 'DE', 'US'], maxHolders: 500 },
      agents: [partyOf(callerOf(cast.agent))],
    }),
    step(cast.issuer, 'CreateSecurity', {
      securityId: 'ACME-BOND-2030', name: 'ACME plc 4.25% notes 2030', isin: 'GB00ACME0027', decimals: 2,
      terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 425, couponFrequency: 'semiannual', maturityDate: now + 5 * YEAR },
      rules: { requiredClaims: ['kyc', 'aml'], accreditedOnly: true, blockedJurisdictions: ['US'], minHoldingPeriodMs: 30 * DAY },
      agents: [partyOf(callerOf(cast.agent))],
    }),
    step(cast.issuer, 'AttachDocument', { securityId: 'ACME-EQ', name: 'Prospectus', uri: 'https://docs.acme.example/equity/prospectus-2025.pdf', hash: prospectus }),
    step(cast.issuer, 'Issue', { securityId: 'ACME-EQ', to: cast.alice.id, amount: '1000' }),
    step(cast.issuer, 'Issue', { securityId: 'ACME-EQ', to: cast.bob.id, amount: '500' }),
    step(cast.issuer, 'Issue', { securityId: 'ACME-EQ', to: cast.carol.id, amount: '250' }),
    step(cast.agent, 'Issue', { securityId: 'ACME-BOND-2030', to: cast.bob.id, amount: '10000' }),
    step(cast.alice, 'Transfer', { securityId: 'ACME-EQ', from: cast.alice.id, to: cast.dmitri.id, amount: '10' }),
    // Later steps go last: each step's request id is its index, so a ledger loaded by an earlier demo skips what it has.
    step(cast.issuer, 'AttachDocument', { securityId: 'ACME-EQ', name: 'Articles of association', uri: 'https://docs.acme.example/equity/articles.pdf', hash: privateJson('ACME plc articles of association').sha256 }),
    step(cast.issuer, 'AttachDocument', { securityId: 'ACME-BOND-2030', name: 'Offering memorandum', uri: 'https://docs.acme.example/notes-2030/offering-memorandum.pdf', hash: privateJson('ACME plc 4.25% notes 2030 offering memorandum').sha256 }),
    step(cast.issuer, 'AttachDocument', { securityId: 'ACME-BOND-2030', name: 'Final terms', uri: 'https://docs.acme.example/notes-2030/final-terms.pdf', hash: privateJson('ACME plc 4.25% notes 2030 final terms').sha256 }),
    // The equity gets a supply cap and a monthly limit per sender; the second bank's agent may only freeze.
    step(cast.issuer, 'SetRules', {
      securityId: 'ACME-EQ',
      rules: {
        requiredClaims: ['kyc'], allowedJurisdictions: ['FR', 'DE', 'US'], maxHolders: 500, maxSupply: '1000000',
        transferLimits: [{ windowMs: 30 * DAY, maxAmount: '5000', maxCount: 20 }],
      },
    }),
    step(cast.issuer, 'AddAgent', { securityId: 'ACME-EQ', agent: { ...partyOf(callerOf(cast.agent2)), powers: ['freeze'] } }),
    step(cast.agent, 'Batch', { securityId: 'ACME-EQ', items: [{ kind: 'Issue', to: cast.dmitri.id, amount: '100' }, { kind: 'Issue', to: cast.alice.id, amount: '50' }] }),
  ];
}
