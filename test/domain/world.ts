import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  consortiumPolicyOf, decide, POLICY_KEY, EMPTY_SLICE, evolveAll, holdingOf, inputCodec, partyOf,
  type Actor, type ConsortiumPolicy, type Envelope, type PolicyOrg, type Command, type CommandKind, type Decision, type DomainEvent, type Slice,
} from '@st2/chaincode';

/**
 * An in-memory world for domain specs: the whole state as one slice, commands decided and folded
 * exactly as the chaincode does (decide, then evolve), with a clock the spec moves.
 */
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

export const actors = {
  admin: { org: 'Bank1MSP', role: 'admin', id: 'admin1' },
  admin2: { org: 'Bank2MSP', role: 'admin', id: 'admin2' },
  kycProvider: { org: 'Bank1MSP', role: 'claim-issuer', id: 'kyc-provider' },
  untrusted: { org: 'Bank2MSP', role: 'claim-issuer', id: 'shady-kyc' },
  issuer: { org: 'Bank1MSP', role: 'issuer', id: 'acme' },
  agent: { org: 'Bank1MSP', role: 'agent', id: 'acme-ta' },
  onboarder1: { org: 'Bank1MSP', role: 'agent', id: 'bank1-ops' },
  onboarder2: { org: 'Bank2MSP', role: 'agent', id: 'bank2-ops' },
  regulator: { org: 'RegulatorMSP', role: 'regulator', id: 'regulator' },
} satisfies Record<string, Actor>;

export const investor = (id: string, org = 'Bank1MSP'): Actor => ({ org, role: 'investor', id });

/** The consortium policy of network/topology.json, as the chaincode's host supplies it (the MSP ids above are its orgs). */
export const consortium: ConsortiumPolicy = consortiumPolicyOf(
  (JSON.parse(readFileSync(join(__dirname, '..', '..', 'network', 'topology.json'), 'utf8')) as { orgs: PolicyOrg[] }).orgs,
);

/** Builds a command from its wire form, so specs go through the same schemas as the chaincode. */
export function command<K extends CommandKind>(kind: K, input: Record<string, unknown>): Command {
  const { requestId: _r, ...fields } = inputCodec(kind).decode(input) as { requestId?: string };
  return { kind, ...fields } as Command;
}

export class World {
  slice: Slice = EMPTY_SLICE;
  now = T0;
  /** Every accepted command with its time, in order: enough to build the same world on a real ledger. */
  readonly accepted: { actor: Actor; kind: CommandKind; input: Record<string, unknown>; at: number }[] = [];

  /** `facts`: private facts an adapter would have verified (a custody movement's owners). */
  run(actor: Actor, kind: CommandKind, input: Record<string, unknown>, facts: Pick<Envelope, 'custody'> = {}): Decision<DomainEvent> {
    // As the chaincode: the policy on the ledger once the consortium changed it, else the host's.
    const policy = this.slice.consortium[POLICY_KEY] ?? consortium;
    const decision = decide(command(kind, input), { actor, at: this.now, consortium: policy, ...facts }, this.slice);
    if (decision.ok) {
      this.slice = evolveAll(this.slice, decision.events);
      this.accepted.push({ actor, kind, input, at: this.now });
    }
    return decision;
  }

  /** Runs a command that the spec's setup expects to succeed. */
  given(actor: Actor, kind: CommandKind, input: Record<string, unknown>, facts: Pick<Envelope, 'custody'> = {}): DomainEvent[] {
    const decision = this.run(actor, kind, input, facts);
    if (!decision.ok) throw new Error(`setup ${kind} refused: ${decision.code} ${decision.message}`);
    return [...decision.events];
  }

  /**
   * A consortium-wide change approved by both administrator orgs of the topology (its threshold is 2):
   * bank1's admin proposes, bank2's executes. The first refusal, if any, is the answer.
   */
  governed(kind: CommandKind, input: Record<string, unknown>): Decision<DomainEvent> {
    const proposed = this.run(actors.admin, kind, input);
    return proposed.ok ? this.run(actors.admin2, kind, input) : proposed;
  }

  /** A consortium-wide change that the spec's setup expects to take effect. */
  givenGoverned(kind: CommandKind, input: Record<string, unknown>): void {
    const decision = this.governed(kind, input);
    if (!decision.ok) throw new Error(`setup ${kind} refused: ${decision.code} ${decision.message}`);
  }

  /** Runs commands one millisecond apart from `from` on; refused ones change nothing and are skipped (property tests' random ops). */
  runEach(commands: readonly { actor: Actor; kind: CommandKind; input: Record<string, unknown> }[], from: number): void {
    this.now = from;
    for (const { actor, kind, input } of commands) {
      this.run(actor, kind, input);
      this.now += 1;
    }
  }

  balance(securityId: string, holder: string): bigint {
    return holdingOf(this.slice, securityId, holder).balance;
  }

  advance(ms: number): void {
    this.now += ms;
  }

  /** A trusted KYC provider, and two verified investors in the given jurisdictions. */
  static withInvestors(...people: { id: string; jurisdiction?: string; org?: string; topics?: string[]; investor?: string }[]): World {
    const world = new World();
    world.givenGoverned('TrustClaimIssuer', { issuer: partyOf(actors.kycProvider), topics: ['kyc', 'aml', 'accredited'] });
    for (const p of people) world.onboard(p.id, { jurisdiction: p.jurisdiction, org: p.org, topics: p.topics, investor: p.investor });
    return world;
  }

  onboard(id: string, opts: { jurisdiction?: string | undefined; org?: string | undefined; topics?: string[] | undefined; investor?: string | undefined } = {}): void {
    const onboarder = opts.org === 'Bank2MSP' ? actors.onboarder2 : actors.onboarder1;
    this.given(onboarder, 'RegisterIdentity', {
      identityId: id, investor: opts.investor ?? `person-${id}`, jurisdiction: opts.jurisdiction ?? 'DE', investorType: 'retail', recordHash: hash(id),
    });
    for (const topic of opts.topics ?? ['kyc']) {
      this.given(actors.kycProvider, 'AddClaim', { identityId: id, topic, expiresAt: this.now + 365 * DAY, evidenceHash: hash(`${id}:${topic}`) });
    }
  }

  /** A cash token of bank1's treasury (KYC required), issued to the given holders. */
  createCash(securityId: string, issued: Readonly<Record<string, string>>): void {
    const treasury: Actor = { org: 'Bank1MSP', role: 'cash-issuer', id: 'bank1-treasury' };
    this.given(treasury, 'CreateSecurity', { securityId, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
    for (const [to, amount] of Object.entries(issued)) this.given(treasury, 'Issue', { securityId, to, amount });
  }

  /** A custodian's omnibus account, KYC'd by the trusted provider; `operatorFor`: a holder making the custodian its operator for a security. */
  openOmnibus(custodian: Actor, accountId: string, operatorFor?: { holder: string; securityId: string }): void {
    this.given(custodian, 'OpenCustodyAccount', { accountId, accountType: 'omnibus', jurisdiction: 'LU' });
    this.given(actors.kycProvider, 'AddClaim', { identityId: accountId, topic: 'kyc', expiresAt: this.now + 365 * DAY, evidenceHash: 'a'.repeat(64) });
    if (operatorFor) this.given(investor(operatorFor.holder), 'AuthorizeOperator', { ...operatorFor, operator: partyOf(custodian) });
  }

  /** An equity security with the given rules, its issuer `acme` and agent `acme-ta`. */
  createEquity(securityId: string, rules: Record<string, unknown> = { requiredClaims: ['kyc'] }): void {
    this.given(actors.issuer, 'CreateSecurity', {
      securityId, name: `${securityId} ordinary shares`, isin: 'DE000A1B2C38', decimals: 0, agents: [partyOf(actors.agent)], rules,
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    });
  }
}

/** The attempt is refused with `code` and changes nothing (the very same slice); its details, for the spec to check. */
export function refusedWith(world: World, code: string, attempt: () => { ok: boolean; code?: string; details?: Record<string, unknown> }): Record<string, unknown> {
  const before = world.slice;
  const decision = attempt();
  expect(decision.ok ? 'accepted' : decision.code).toBe(code);
  expect(world.slice).toBe(before);
  return decision.details ?? {};
}
