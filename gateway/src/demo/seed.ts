import { codec, configDigest, FeedDefinitionSchema, partyOf, type CommandKind } from '@st2/chaincode';
import { createHash } from 'node:crypto';
import { reportSignerFromSeed, signedReport } from '../oracles/report-signer';
import { SanctionsList, sanctionsProofs } from '../oracles/sanctions-list';
import { CustodyDesk, type BeneficialOwner } from '../custody/custody-desk';
import { submitCommand } from '../ledger/identity-record';
import { LedgerError, type Caller, type Ledger } from '../ledger/ledger';
import { privateJson } from '../routes/private-data';
import type { WireInput } from '../routes/write';
import { callerOf, type DemoActor, type DemoCast } from './cast';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** A command; its input may depend on the ledger's time when it is sent (a vote's record time must not have passed). */
interface Step<K extends CommandKind = CommandKind> {
  readonly by: DemoActor;
  readonly kind: K;
  readonly input: WireInput<K> | ((now: number) => WireInput<K>);
  readonly transient?: Readonly<Record<string, Uint8Array>>;
  /** How it is sent when not as a plain command (a custody movement carries its custodian's reads). */
  readonly send?: (ledger: Ledger, caller: Caller, fields: WireInput<K> & { requestId: string }) => Promise<unknown>;
}

/** A pause until a time the steps before it chose (a vote opening, then closing). */
interface Pause {
  readonly until: () => number;
  readonly why: string;
}

function step<K extends CommandKind>(by: DemoActor, kind: K, input: WireInput<K> | ((now: number) => WireInput<K>), transient?: Record<string, Uint8Array>): Step {
  return { by, kind, input, ...(transient ? { transient } : {}) } as Step;
}

export interface DemoResult {
  readonly applied: number;
  /** Steps a previous run had already applied (their request ids are on the ledger). */
  readonly skipped: number;
}

/** The ledger's clock, and how to let it reach a time: sleep on the system clock, step a development clock. */
export interface DemoTime {
  readonly now: () => number;
  readonly waitUntil: (time: number) => Promise<void>;
}

export const systemTime: DemoTime = {
  now: Date.now,
  waitUntil: (time) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now()))),
};

/** Seconds the demo's vote stays open for votes, then until its close: a real wait on the system clock. */
const VOTE_OPENS_IN_MS = 3_000;
const VOTE_CLOSES_IN_MS = 6_000;

/**
 * Loads the demo through the same chaincode as any client: two banks' investors in three jurisdictions, a
 * trusted KYC provider, one equity and one bond with rules, and some holdings. Each step carries a fixed
 * request id, so running it again on the same ledger changes nothing.
 */
export async function loadDemo(ledger: Ledger, cast: DemoCast, time: DemoTime, log: (line: string) => void = () => undefined): Promise<DemoResult> {
  let applied = 0;
  let skipped = 0;
  let index = 0;
  let lastApplied = false;
  for (const item of demoSteps(cast, time.now())) {
    if ('until' in item) {
      // After a rerun's skipped steps there is nothing to wait for: the earlier run waited.
      if (lastApplied) {
        log(`demo: waiting ${Math.max(0, Math.ceil((item.until() - time.now()) / 1000))} s for ${item.why}`);
        await time.waitUntil(item.until());
      }
      continue;
    }
    const { by, kind, input, transient, send } = item;
    const fields = { ...(typeof input === 'function' ? input(time.now()) : input), requestId: `demo-${index++}` };
    try {
      await (send ? send(ledger, callerOf(by), fields) : submitCommand(ledger, callerOf(by), kind, fields, transient));
      applied++;
      lastApplied = true;
    } catch (error) {
      if (!(error instanceof LedgerError && error.code === 'ST2-DUPLICATE-REQUEST')) throw error;
      skipped++;
      lastApplied = false;
    }
  }
  return { applied, skipped };
}

function demoSteps(cast: DemoCast, now: number): (Step | Pause)[] {
  const investors = [
    { who: cast.alice, by: cast.agent, jurisdiction: 'FR', investorType: 'retail', name: 'Alice Martin', topics: ['kyc', 'aml'] },
    { who: cast.bob, by: cast.agent, jurisdiction: 'DE', investorType: 'professional', name: 'Bob Schmidt', topics: ['kyc', 'aml', 'accredited'] },
    { who: cast.carol, by: cast.agent2, jurisdiction: 'US', investorType: 'institutional', name: 'Carol Fund LP', topics: ['kyc', 'aml', 'accredited'] },
    { who: cast.dmitri, by: cast.custodian, jurisdiction: 'DE', investorType: 'retail', name: 'Dmitri Weber', topics: ['kyc', 'aml'] },
  ] as const;
  const onboarding = investors.flatMap((investor) => onboard(cast, now, investor));
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
    // Partitions: restricted units in their own partition; the agent's partition power releases some.
    step(cast.issuer, 'AddAgent', { securityId: 'ACME-BOND-2030', agent: { ...partyOf(callerOf(cast.agent2)), powers: ['partition', 'hold'] } }),
    step(cast.agent, 'Issue', { securityId: 'ACME-BOND-2030', to: cast.bob.id, amount: '5000', partition: 'locked' }),
    step(cast.agent2, 'ChangePartition', { securityId: 'ACME-BOND-2030', holder: cast.bob.id, from: 'locked', to: 'default', amount: '1000' }),
    // A hold on part of bob's bonds, for alice, for thirty days.
    step(cast.agent2, 'PlaceHold', { holdId: 'demo-margin-1', securityId: 'ACME-BOND-2030', holder: cast.bob.id, beneficiary: cast.alice.id, amount: '2500', reason: 'margin', expiresAt: now + 30 * DAY }),
    ...holderVote(cast),
    ...cashAndSettlement(cast, now),
    ...dividend(cast, now),
    ...custody(cast, now),
    ...priceFeed(cast),
    // The bond's first coupon, declared from its schedule: paid in the tokenised deposit on its payment date.
    step(cast.issuer, 'DeclareCoupon', (at) => ({
      securityId: 'ACME-BOND-2030', coupon: 1, cashSecurityId: 'EUR-T', recordTime: at + DAY, payer: PAYING_AGENT, remainderAccount: UNCLAIMED,
    })),
    ...reverseSplit(cast),
    ...conversion(cast, now),
    ...fundAgainstIndex(cast),
    ...sanctionsScreening(cast),
    ...custodyDividend(cast),
    ...pendingApproval(cast),
    ...agentPower(cast),
  ];
}

/**
 * An agent's power over a holder, for the regulator's alerts (docs/console.md, "Oversight"): bank2's agent, whose
 * only power on the equity is to freeze, freezes 25 of carol's shares and releases them, leaving her holding as it was.
 */
function agentPower(cast: DemoCast): Step[] {
  const fields = { securityId: 'ACME-EQ', holder: cast.carol.id, amount: '25' };
  return [step(cast.agent2, 'Freeze', fields), step(cast.agent2, 'Unfreeze', fields)];
}

/**
 * An agent operation left waiting for its second agent, for the console's pending approvals: bank1's agent proposes
 * redeeming alice's remaining 4 convertible bonds (four eyes by choice: below the threshold, an agent may still ask
 * for a second pair of eyes), and bank2's agent, who holds the redeem power, approves it or not.
 */
function pendingApproval(cast: DemoCast): Step[] {
  return [
    step(cast.agent, 'ProposeAgentAction', (at) => ({
      approvalId: 'demo-redemption-2', securityId: 'ACME-CB-2029', action: { kind: 'Redeem' as const, from: cast.alice.id, amount: '4' }, expiresAt: at + 30 * DAY,
    })),
  ];
}

/**
 * A second dividend on the equity, 1 euro cent a share, part of which the omnibus account holds: the paying agent
 * pays the public holders; the custodian claims the account's part, naming its beneficial owner privately, whose
 * cash lands in its position inside the account (docs/corporate-actions.md, "Custody accounts: look-through").
 */
function custodyDividend(cast: DemoCast): (Step | Pause)[] {
  const dates = { recordTime: 0, paymentDate: 0 };
  const distributionId = 'ACME-DIV-2026-Q2';
  const claim: Step<'PayCustodyDistribution'> = {
    by: cast.custodian, kind: 'PayCustodyDistribution', input: { distributionId, accountId: 'CUST-OMNIBUS-1' },
    send: (ledger, caller, fields) => new CustodyDesk(ledger).payDistribution(caller, fields, { securityId: 'ACME-EQ', cashSecurityId: 'EUR-T' }),
  };
  return [
    step(cast.issuer, 'DeclareDistribution', (at) => {
      [dates.recordTime, dates.paymentDate] = [at + DIVIDEND_RECORD_IN_MS, at + DIVIDEND_PAYABLE_IN_MS];
      return { distributionId, securityId: 'ACME-EQ', cashSecurityId: 'EUR-T', rate: { numerator: '1', denominator: '1' }, ...dates, payer: PAYING_AGENT, remainderAccount: UNCLAIMED };
    }),
    { until: () => dates.paymentDate, why: 'the second dividend\'s payment date' },
    step(cast.agent, 'PayDistribution', { distributionId, holders: [cast.alice.id, cast.bob.id, cast.carol.id, cast.dmitri.id] }),
    claim as Step,
    step(cast.agent, 'CloseDistribution', { distributionId }),
  ];
}

/** Seconds until the reverse split takes effect: a real wait on the system clock. */
const SPLIT_EFFECTIVE_IN_MS = 2_000;

/**
 * ACME's B shares consolidated 1 for 4, the fraction paid in the tokenised deposit at EUR 5.00 per old share:
 * alice's 1,000 become 250; carol's 333 become 83 and one old share's worth, EUR 5.00, from the paying agent.
 */
function reverseSplit(cast: DemoCast): (Step | Pause)[] {
  const effective = { effectiveTime: 0 };
  return [
    step(cast.issuer, 'CreateSecurity', {
      securityId: 'ACME-B', name: 'ACME plc B shares', isin: 'GB00ACME0035', decimals: 0,
      terms: { kind: 'equity', shareClass: 'B', votingRights: false, parValue: '100', currency: 'EUR' },
      rules: { requiredClaims: ['kyc'] }, agents: [partyOf(callerOf(cast.agent))],
    }),
    step(cast.issuer, 'Issue', { securityId: 'ACME-B', to: cast.alice.id, amount: '1000' }),
    step(cast.issuer, 'Issue', { securityId: 'ACME-B', to: cast.carol.id, amount: '333' }),
    step(cast.issuer, 'DeclareCorporateAction', (at) => {
      effective.effectiveTime = at + SPLIT_EFFECTIVE_IN_MS;
      return {
        actionId: 'ACME-B-CONSOLIDATION', securityId: 'ACME-B', type: 'reverse-split' as const, ratio: { numerator: '1', denominator: '4' }, ...effective,
        cashInLieu: { cashSecurityId: 'EUR-T', payer: PAYING_AGENT, price: { numerator: '500', denominator: '1' } },
      };
    }),
    { until: () => effective.effectiveTime, why: 'the reverse split\'s effective time' },
    step(cast.agent, 'ApplyCorporateAction', { actionId: 'ACME-B-CONSOLIDATION', holders: [cast.alice.id, cast.carol.id] }),
  ];
}

/**
 * A convertible into ACME's shares, 4 shares per bond, convertible for a year from now: alice converts half of hers.
 * Its redemptions of more than 5 bonds need a second agent (four eyes): bank1's agent proposes redeeming 6 of
 * alice's remaining bonds, bank2's agent approves, and only then are they redeemed.
 */
function conversion(cast: DemoCast, now: number): Step[] {
  return [
    step(cast.issuer, 'CreateSecurity', {
      securityId: 'ACME-CB-2029', name: 'ACME plc 1.5% convertible bonds 2029', isin: 'GB00ACME0043', decimals: 0,
      terms: {
        kind: 'hybrid', faceValue: '100000', currency: 'EUR', couponRateBps: 150, couponFrequency: 'annual', maturityDate: now + 3 * YEAR,
        conversion: { equitySecurityId: 'ACME-EQ', ratioNumerator: 4, ratioDenominator: 1, windowStart: now - DAY, windowEnd: now + YEAR },
      },
      rules: { requiredClaims: ['kyc'], fourEyes: { threshold: '5', powers: ['redeem'] } },
      agents: [partyOf(callerOf(cast.agent)), { ...partyOf(callerOf(cast.agent2)), powers: ['redeem'] }],
    }),
    step(cast.agent, 'Issue', { securityId: 'ACME-CB-2029', to: cast.alice.id, amount: '20' }),
    step(cast.alice, 'Convert', { securityId: 'ACME-CB-2029', holder: cast.alice.id, amount: '10' }),
    step(cast.agent, 'ProposeAgentAction', (at) => ({
      approvalId: 'demo-redemption-1', securityId: 'ACME-CB-2029', action: { kind: 'Redeem' as const, from: cast.alice.id, amount: '6' }, expiresAt: at + 7 * DAY,
    })),
    step(cast.agent2, 'ApproveAgentAction', { approvalId: 'demo-redemption-1' }),
  ];
}

/** ACME's paying agent account (holding the cash it pays out) and the account rounding remainders go to. */
const [PAYING_AGENT, UNCLAIMED] = ['acme-paying-agent', 'acme-unclaimed'];

interface Onboarding {
  readonly who: DemoActor;
  readonly by: DemoActor;
  readonly jurisdiction: string;
  readonly investorType: 'retail' | 'professional' | 'institutional';
  readonly name: string;
  readonly topics: readonly string[];
}

/** An identity registered by its bank (personal record kept private) with the KYC provider's claims. */
function onboard(cast: DemoCast, now: number, { who, by, jurisdiction, investorType, name, topics }: Onboarding): Step[] {
  const record = privateJson({ name, documents: [{ kind: 'passport', reference: `${jurisdiction}-${who.id}-0001` }] });
  return [
    step(by, 'RegisterIdentity', { identityId: who.id, investor: who.id, jurisdiction, investorType, recordHash: record.sha256 }, { record: record.bytes }),
    ...topics.map((topic) => {
      const evidence = privateJson({ method: 'document-check', reference: `${topic}-${who.id}` });
      return step(cast.kyc, 'AddClaim', { identityId: who.id, topic, expiresAt: now + YEAR, evidenceHash: evidence.sha256 }, { evidence: evidence.bytes });
    }),
  ];
}

/** Seconds until the dividend's record time, then until its payment date: a real wait on the system clock. */
const DIVIDEND_RECORD_IN_MS = 2_000;
const DIVIDEND_PAYABLE_IN_MS = 3_000;

/**
 * A cash dividend on the equity of 37/3 euro cents a share, paid in the tokenised deposit from ACME's paying
 * agent account to every holder at the record time, the rounding remainder to ACME's own account.
 */
function dividend(cast: DemoCast, now: number): (Step | Pause)[] {
  const account = (id: string, name: string) => ({ who: { ...cast.issuer, role: 'investor' as const, id }, by: cast.agent, jurisdiction: 'GB', investorType: 'institutional' as const, name, topics: ['kyc'] });
  const [payer, remainder] = [account(PAYING_AGENT, 'ACME plc paying agent account'), account(UNCLAIMED, 'ACME plc dividend remainder account')];
  const dates = { recordTime: 0, paymentDate: 0 };
  const holders = [cast.alice.id, cast.bob.id, cast.carol.id, cast.dmitri.id];
  return [
    ...onboard(cast, now, payer),
    ...onboard(cast, now, remainder),
    step(cast.treasury, 'Issue', { securityId: 'EUR-T', to: payer.who.id, amount: '100000' }),
    step(cast.issuer, 'DeclareDistribution', (at) => {
      [dates.recordTime, dates.paymentDate] = [at + DIVIDEND_RECORD_IN_MS, at + DIVIDEND_PAYABLE_IN_MS];
      return { distributionId: 'ACME-DIV-2026', securityId: 'ACME-EQ', cashSecurityId: 'EUR-T', rate: { numerator: '37', denominator: '3' }, ...dates, payer: payer.who.id, remainderAccount: remainder.who.id };
    }),
    { until: () => dates.paymentDate, why: 'the dividend\'s payment date' },
    step(cast.agent, 'PayDistribution', { distributionId: 'ACME-DIV-2026', holders }),
    step(cast.agent, 'CloseDistribution', { distributionId: 'ACME-DIV-2026' }),
  ];
}

/** A tokenised EUR deposit issued by the first bank's treasury, and a trade settled delivery versus payment. */
function cashAndSettlement(cast: DemoCast, now: number): Step[] {
  const trade = { settlementId: 'demo-trade-1', seller: cast.alice.id, buyer: cast.bob.id };
  return [
    step(cast.treasury, 'CreateSecurity', {
      securityId: 'EUR-T', name: 'EUR tokenised deposit', decimals: 2, terms: { kind: 'cash', currency: 'EUR' },
      rules: { requiredClaims: ['kyc'] }, agents: [],
    }),
    step(cast.treasury, 'Issue', { securityId: 'EUR-T', to: cast.bob.id, amount: '5000000' }),
    // Alice sells bob 100 shares for EUR 2,500.00: each side's leg is held once it affirms, both move in one transaction.
    step(cast.alice, 'ProposeSettlement', {
      ...trade, securities: { securityId: 'ACME-EQ', amount: '100' }, cash: { securityId: 'EUR-T', amount: '250000' }, settleBy: now + 2 * DAY,
    }),
    step(cast.alice, 'AffirmSettlement', { settlementId: trade.settlementId }),
    step(cast.bob, 'AffirmSettlement', { settlementId: trade.settlementId }),
    step(cast.alice, 'Settle', { settlementId: trade.settlementId }),
  ];
}

/**
 * An omnibus account at the custodian: carol's units move in for a beneficial owner only the custodian and the
 * regulator can name; then alice sells the account 20 shares for that owner, paid from the owner's cash held
 * in the account (bob's, deposited for it), at a price only alice's bank, the custodian and the regulator read.
 */
function custody(cast: DemoCast, now: number): Step[] {
  const accountId = 'CUST-OMNIBUS-1';
  const owner: BeneficialOwner = { owner: 'client-0001', jurisdiction: 'FR', investorType: 'retail' };
  const evidence = privateJson({ method: 'custodian-due-diligence', reference: accountId });
  const deposit: Step<'CustodyDeposit'> = {
    by: cast.custodian, kind: 'CustodyDeposit', input: { securityId: 'ACME-EQ', accountId, from: cast.carol.id, amount: '50' },
    send: (ledger, caller, fields) => new CustodyDesk(ledger).deposit(caller, caller, fields, owner),
  };
  const cashIn: Step<'CustodyDeposit'> = {
    by: cast.custodian, kind: 'CustodyDeposit', input: { securityId: 'EUR-T', accountId, from: cast.bob.id, amount: '100000' },
    send: (ledger, caller, fields) => new CustodyDesk(ledger).deposit(caller, caller, fields, owner),
  };
  const settlementId = 'demo-trade-2';
  const price = privateJson({ amount: '500.00', currency: 'EUR' });
  const settle: Step<'Settle'> = {
    by: cast.custodian, kind: 'Settle', input: { settlementId },
    send: (ledger, caller, fields) => new CustodyDesk(ledger).settle(caller, fields, { accountId, from: 'EUR-T', to: 'ACME-EQ', partyOrgs: [callerOf(cast.alice).org, caller.org] }, owner),
  };
  return [
    step(cast.custodian, 'OpenCustodyAccount', { accountId, accountType: 'omnibus', jurisdiction: 'DE' }),
    step(cast.kyc, 'AddClaim', { identityId: accountId, topic: 'kyc', expiresAt: now + YEAR, evidenceHash: evidence.sha256 }, { evidence: evidence.bytes }),
    step(cast.carol, 'AuthorizeOperator', { securityId: 'ACME-EQ', holder: cast.carol.id, operator: partyOf(callerOf(cast.custodian)) }),
    deposit as Step,
    step(cast.bob, 'AuthorizeOperator', { securityId: 'EUR-T', holder: cast.bob.id, operator: partyOf(callerOf(cast.custodian)) }),
    cashIn as Step,
    step(cast.alice, 'ProposeSettlement', {
      settlementId, seller: cast.alice.id, buyer: accountId, securities: { securityId: 'ACME-EQ', amount: '20' }, cash: { securityId: 'EUR-T', amount: '50000' },
      settleBy: now + 2 * DAY, priceHash: price.sha256,
    }, { price: price.bytes }),
    step(cast.custodian, 'AffirmSettlement', { settlementId }),
    step(cast.alice, 'AffirmSettlement', { settlementId }),
    settle as Step,
  ];
}

/** The demo's oracle signers: keys derived from fixed seeds, so a rerun signs as the same set (demo only). */
const DEMO_SIGNERS = [0, 1, 2, 3].map((i) => reportSignerFromSeed(createHash('sha256').update(`st2-demo-oracle-signer-${i}`).digest()));
const PRICE_FEED = 'ACME-EQ-EUR';
const PRICE_DEFINITION = {
  kind: 'price' as const, base: 'ACME-EQ', quote: 'EUR', decimals: 2, maxAgeMs: DAY, maxDeviationBps: 1_000,
  band: { min: '100', max: '100000' }, signers: DEMO_SIGNERS.map((s) => s.publicKey), f: 1,
};

/**
 * A price feed of the equity in EUR, defined by both banks (a consortium change), and two rounds of three of its
 * four signers' observations (docs/oracles.md): the second's median is the equity's price now.
 */
function priceFeed(cast: DemoCast): Step[] {
  const digest = configDigest(PRICE_FEED, 1, codec(FeedDefinitionSchema).decode(PRICE_DEFINITION));
  const round = (roundId: number, values: bigint[]) => step(cast.agent, 'SubmitOracleRound', (at) => signedReport(DEMO_SIGNERS.slice(0, 3), { feedId: PRICE_FEED, configDigest: digest, roundId }, values, at - 1000 + roundId));
  return [
    step(cast.admin, 'SetOracleFeed', { feedId: PRICE_FEED, definition: PRICE_DEFINITION }),
    step(cast.admin2, 'SetOracleFeed', { feedId: PRICE_FEED, definition: PRICE_DEFINITION }),
    round(1, [2480n, 2500n, 2510n]),
    round(2, [2515n, 2520n, 2530n]),
  ];
}

const WEEK = 7 * DAY;
/** Weeks of history the fund's NAV and its benchmark index are published for (rounds observed in the past). */
const HISTORY_WEEKS = 30;
/** The week with no NAV round: the performance series marks it as a gap. */
const NAV_GAP_WEEK = 10;
export const DEMO_FUND = 'ACME-REIT';
export const DEMO_BENCHMARK = 'EU-REIT-TR';
const [NAV_FEED, NAV_RECORD_IN_MS] = ['ACME-REIT-NAV', 2_000];

/** A weekly level: a drift and a swing (deterministic, so a rerun signs the same values). */
function weekly(week: number, base: number, drift: number, swing: number, phase: number): bigint {
  return BigInt(Math.round(base * (1 + drift * week + swing * Math.sin(1.3 * week + phase))));
}

/**
 * A real-estate fund's units with a NAV feed, and a total-return index of listed REITs (the benchmark), both
 * defined by the two banks and published with thirty weeks of history (rounds observed in the past: a round may
 * not be observed after its transaction, nor before the feed's last one). The fund then goes ex a EUR 0.75
 * distribution and its NAV is published once more after it, so GET /v1/analytics/securities/ACME-REIT reinvests it.
 */
function fundAgainstIndex(cast: DemoCast): (Step | Pause)[] {
  const define = (feedId: string, definition: Record<string, unknown>) => [cast.admin, cast.admin2].map((admin) => step(admin, 'SetOracleFeed', { feedId, definition } as WireInput<'SetOracleFeed'>));
  const common = { quote: 'EUR', decimals: 2, maxAgeMs: 8 * DAY, maxDeviationBps: 1_000, band: { min: '100', max: '100000000' }, signers: DEMO_SIGNERS.map((s) => s.publicKey), f: 1 };
  const nav = { kind: 'nav' as const, base: DEMO_FUND, ...common };
  const index = { kind: 'index' as const, base: 'EUREIT', returns: 'total-return' as const, ...common };
  const round = (feedId: string, definition: Record<string, unknown>, roundId: number, value: bigint, observed: (at: number) => number) => step(cast.agent, 'SubmitOracleRound', (at) => (
    signedReport(DEMO_SIGNERS.slice(0, 3), { feedId, configDigest: configDigest(feedId, 1, codec(FeedDefinitionSchema).decode(definition)), roundId }, [value], observed(at))
  ));
  const weeksAgo = (week: number) => (at: number) => at - (HISTORY_WEEKS - week) * WEEK;
  const history = Array.from({ length: HISTORY_WEEKS }, (_, week) => week);
  const dates = { recordTime: 0 };
  return [
    step(cast.issuer, 'CreateSecurity', {
      securityId: DEMO_FUND, name: 'ACME Real Estate Fund units', isin: 'GB00ACME0050', decimals: 0,
      terms: { kind: 'equity', shareClass: 'R', votingRights: false, parValue: '100', currency: 'EUR' },
      rules: { requiredClaims: ['kyc'] }, agents: [partyOf(callerOf(cast.agent))],
    }),
    step(cast.issuer, 'Issue', { securityId: DEMO_FUND, to: cast.alice.id, amount: '400' }),
    ...define(NAV_FEED, nav),
    ...define(DEMO_BENCHMARK, index),
    ...history.filter((week) => week !== NAV_GAP_WEEK).map((week, i) => round(NAV_FEED, nav, i + 1, weekly(week, 10_000, 0.003, 0.03, 0), weeksAgo(week))),
    ...history.map((week) => round(DEMO_BENCHMARK, index, week + 1, weekly(week, 100_000, 0.002, 0.025, 0.4), weeksAgo(week))),
    step(cast.issuer, 'DeclareDistribution', (at) => {
      dates.recordTime = at + NAV_RECORD_IN_MS;
      return { distributionId: 'ACME-REIT-DIST-1', securityId: DEMO_FUND, cashSecurityId: 'EUR-T', rate: { numerator: '75', denominator: '1' }, recordTime: dates.recordTime, paymentDate: dates.recordTime + DAY, payer: PAYING_AGENT, remainderAccount: UNCLAIMED };
    }),
    { until: () => dates.recordTime, why: 'the fund\'s distribution record time' },
    round(NAV_FEED, nav, HISTORY_WEEKS, weekly(HISTORY_WEEKS, 10_000, 0.003, 0.03, 0) - 75n, (at) => at),
    round(DEMO_BENCHMARK, index, HISTORY_WEEKS + 1, weekly(HISTORY_WEEKS, 100_000, 0.002, 0.025, 0.4), (at) => at),
  ];
}

/** A holder vote on the equity: opened, voted (weights at the record time), closed with its result. */
function holderVote(cast: DemoCast): (Step | Pause)[] {
  const vote = { recordTime: 0, closesAt: 0 };
  return [
    step(cast.issuer, 'CreateProposal', (now) => {
      [vote.recordTime, vote.closesAt] = [now + VOTE_OPENS_IN_MS, now + VOTE_CLOSES_IN_MS];
      return { proposalId: 'ACME-AGM-2026', securityId: 'ACME-EQ', title: 'Approve the 2026 accounts', options: ['for', 'against'], ...vote, quorumBps: 5_000, thresholdBps: 5_000 };
    }),
    { until: () => vote.recordTime, why: 'the vote\'s record time' },
    step(cast.alice, 'CastVote', { proposalId: 'ACME-AGM-2026', voter: cast.alice.id, option: 'for' }),
    step(cast.bob, 'CastVote', { proposalId: 'ACME-AGM-2026', voter: cast.bob.id, option: 'against' }),
    { until: () => vote.closesAt, why: 'the vote to close' },
    step(cast.agent, 'CloseProposal', { proposalId: 'ACME-AGM-2026' }),
  ];
}

/** The demo's sanctions list: fictitious listed parties, none of them the demo's investors (demo only). */
export const DEMO_SANCTIONS_LIST = { feedId: 'EU-SANCTIONS', parties: ['sdn-ivan-orlov', 'sdn-nordline-shipping', 'sdn-rosgold-trading'] };
const SANCTIONS_DEFINITION = {
  kind: 'sanctions-list-root' as const, base: 'EU-CFSP', quote: 'parties', decimals: 0, maxAgeMs: 7 * DAY, maxDeviationBps: 5_000,
  band: { min: '0', max: '100000' }, signers: DEMO_SIGNERS.map((s) => s.publicKey), f: 1,
};

/**
 * A sanctions list published as a Merkle root (docs/oracles.md, "Sanctions lists") by three of the demo's four
 * oracle signers, and ACME's preference shares screened against it (docs/compliance.md, "Sanctions screening"):
 * their issuance to alice and her transfer to bob each carry the parties' non-membership proofs for version 1.
 */
function sanctionsScreening(cast: DemoCast): Step[] {
  const { feedId, parties } = DEMO_SANCTIONS_LIST;
  const list = new SanctionsList(parties);
  const digest = configDigest(feedId, 1, codec(FeedDefinitionSchema).decode(SANCTIONS_DEFINITION));
  return [
    step(cast.admin, 'SetOracleFeed', { feedId, definition: SANCTIONS_DEFINITION }),
    step(cast.admin2, 'SetOracleFeed', { feedId, definition: SANCTIONS_DEFINITION }),
    step(cast.agent, 'SubmitOracleRound', (at) => signedReport(DEMO_SIGNERS.slice(0, 3), { feedId, configDigest: digest, roundId: 1, listRoot: list.root }, [BigInt(list.size)], at - 1000)),
    step(cast.issuer, 'CreateSecurity', {
      securityId: 'ACME-P', name: 'ACME plc preference shares', isin: 'GB00ACME0050', decimals: 0,
      terms: { kind: 'equity', shareClass: 'P', votingRights: false, parValue: '100', currency: 'EUR' },
      rules: { requiredClaims: ['kyc'], sanctions: { feed: feedId, maxListAge: 7 * 86_400 } }, agents: [partyOf(callerOf(cast.agent))],
    }),
    step(cast.agent, 'Issue', { securityId: 'ACME-P', to: cast.alice.id, amount: '200', sanctionsProofs: sanctionsProofs(list, 1, null, cast.alice.id) }),
    step(cast.alice, 'Transfer', { securityId: 'ACME-P', from: cast.alice.id, to: cast.bob.id, amount: '40', sanctionsProofs: sanctionsProofs(list, 1, cast.alice.id, cast.bob.id) }),
  ];
}
