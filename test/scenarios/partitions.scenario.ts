import { partitionsOf, type Holding } from '@st2/chaincode';
import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sha256, St2Client } from './client';

const DAY = 86_400_000;

/**
 * Partitions (ERC-1410), batch redemptions and recoveries, and cancelled transfer requests, written once
 * against the Ledger interface and run on every backend. Dates are relative to now (Fabric's only clock is the
 * transaction timestamp): `locked` stays locked up for a year, `vesting` is due to become default already.
 */
export function partitionsScenario(backend: Backend): void {
  describe(`partitions scenario on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit } = scenarioCast(backend.msp, 'p');
    const { bank1, bank2 } = backend.msp;
    const alice = investor(bank1, 'alice');
    const aliceNew = investor(bank1, 'alice-new');
    const bob = investor(bank2, 'bob');
    const SEC = id('PART');
    const GATED = id('GATED');

    let ledger: Ledger;
    let st2: St2Client;

    const holding = (holder: Caller, securityId = SEC): Promise<Holding> => st2.holding(audit, securityId, holder.id);
    const parts = async (holder: Caller) => Object.fromEntries(partitionsOf(await holding(holder)).map((p) => [p.partition, p.amount]));
    const create = (securityId: string, rules: object) => st2.submit(issuer, 'security:create', {
      securityId, name: `${securityId} shares`, isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules,
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    });
    /** The refusal code, after checking the holdings it aimed at read back the same. */
    const refused = async (caller: Caller, fn: string, input: object) => {
      const before = await Promise.all([alice, bob].map((who) => holding(who)));
      const outcome = await st2.outcome(caller, fn, input);
      expect(await Promise.all([alice, bob].map((who) => holding(who)))).toEqual(before);
      return outcome;
    };

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      for (const [onboarder, who, person] of [[ops1, alice, id('alice-person')], [ops1, aliceNew, id('alice-person')], [ops2, bob, bob.id]] as const) {
        const record = JSON.stringify({ name: who.id });
        await st2.register(onboarder, { identityId: who.id, investor: person, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
        const evidence = `kyc of ${who.id}`;
        await st2.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      }
      await create(SEC, {
        requiredClaims: ['kyc'],
        partitionRules: { locked: { lockupUntil: Date.now() + 365 * DAY }, vesting: { convert: { at: Date.now() - DAY, into: 'default' } } },
      });
    });
    afterAll(async () => {
      await ledger?.close();
    });

    it('issues by partition: the balance is the total, the default partition the rest', async () => {
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '100' });
      const locked = await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '300', partition: 'locked' });
      expect(locked.events).toEqual([expect.objectContaining({ type: 'Issued', amount: 300n, partition: 'locked' })]);
      await st2.submit(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '50', partition: 'vesting' });
      expect(await parts(alice)).toEqual({ default: 100n, locked: 300n, vesting: 50n });
      expect(await st2.stats(audit, SEC)).toEqual({ supply: '450', holders: 1 });
    });

    it('applies the locked partition\'s lock-up to it alone, and a due conversion at the holding\'s next movement', async () => {
      expect(await refused(alice, 'token:transfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '1', partition: 'locked' })).toBe('ST2-LOCKUP');
      const sent = await st2.submit(alice, 'token:transfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '120' });
      expect(sent.events).toEqual([
        expect.objectContaining({ type: 'PartitionChanged', holder: alice.id, from: 'vesting', to: 'default', amount: 50n, by: null }),
        expect.objectContaining({ type: 'Transferred', amount: 120n }),
      ]);
      expect(await parts(alice)).toEqual({ default: 30n, locked: 300n });
    });

    it('lets an agent change a partition, and refuses the holder doing it (ST2-UNAUTHORIZED) or more than the partition holds, changing nothing', async () => {
      const change = { securityId: SEC, holder: alice.id, from: 'locked', to: 'default', amount: '100' };
      expect(await refused(alice, 'token:changePartition', change)).toBe('ST2-UNAUTHORIZED');
      expect(await refused(bob, 'token:changePartition', change)).toBe('ST2-UNAUTHORIZED');
      expect(await refused(agent, 'token:changePartition', { ...change, amount: '301' })).toBe('ST2-INSUFFICIENT-BALANCE');
      const changed = await st2.submit(agent, 'token:changePartition', change);
      expect(changed.events).toEqual([expect.objectContaining({ type: 'PartitionChanged', by: { org: agent.org, id: agent.id } })]);
      expect(await parts(alice)).toEqual({ default: 130n, locked: 200n });
      expect((await holding(alice)).balance).toBe(330n);
    });

    it('forces and redeems by partition, and a batch redeems and recovers, partitions moving with the recovery', async () => {
      await st2.submit(agent, 'token:forcedTransfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '20', partition: 'locked' });
      expect(await parts(bob)).toEqual({ default: 120n, locked: 20n });
      const batch = await st2.submit(agent, 'token:batch', { securityId: SEC, items: [
        { kind: 'Redeem', from: alice.id, amount: '30', partition: 'locked' },
        { kind: 'Recover', lost: alice.id, replacement: aliceNew.id },
      ] });
      expect(batch.events.map((e) => e.type)).toEqual(['Redeemed', 'HoldingRecovered']);
      expect(batch.events[1]).toMatchObject({ amount: 280n, partitions: [{ partition: 'locked', amount: 150n }] });
      expect(await parts(aliceNew)).toEqual({ default: 130n, locked: 150n });
      expect((await holding(alice)).balance).toBe(0n);
      const refusedBatch = await st2.outcome(agent, 'token:batch', { securityId: SEC, items: [{ kind: 'Redeem', from: bob.id, amount: '21', partition: 'locked' }] });
      expect(refusedBatch).toBe('ST2-INSUFFICIENT-BALANCE');
      const all = await Promise.all([alice, aliceNew, bob].map((who) => holding(who)));
      const supply = all.flatMap(partitionsOf).reduce((sum, p) => sum + p.amount, 0n);
      expect(await st2.stats(audit, SEC)).toEqual({ supply: supply.toString(), holders: 2 });
      expect(supply).toBe(420n);
    });

    it('lets a holder cancel its own transfer request, and no one else; a cancelled request never executes', async () => {
      await create(GATED, { requiredClaims: ['kyc'], approvalRequired: true });
      await st2.submit(agent, 'token:issue', { securityId: GATED, to: bob.id, amount: '10' });
      const transferId = id('t1');
      await st2.submit(bob, 'token:requestTransfer', { securityId: GATED, transferId, from: bob.id, to: aliceNew.id, amount: '5', validUntil: Date.now() + DAY });
      expect(await st2.outcome(aliceNew, 'token:cancelTransfer', { securityId: GATED, transferId })).toBe('ST2-UNAUTHORIZED');
      expect(await st2.outcome(agent, 'token:cancelTransfer', { securityId: GATED, transferId })).toBe('ST2-UNAUTHORIZED');
      const cancelled = await st2.submit(bob, 'token:cancelTransfer', { securityId: GATED, transferId });
      expect(cancelled.events).toEqual([expect.objectContaining({ type: 'TransferCancelled', by: { org: bob.org, id: bob.id } })]);
      expect(await st2.outcome(agent, 'token:approveTransfer', { securityId: GATED, transferId })).toBe('ST2-REQUEST-CLOSED');
      expect(await st2.outcome(bob, 'token:cancelTransfer', { securityId: GATED, transferId })).toBe('ST2-REQUEST-CLOSED');
      expect(await st2.balance(audit, GATED, bob.id)).toBe(10n);
    });
  });
}
