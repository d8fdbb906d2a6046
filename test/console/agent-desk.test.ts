import { createHash } from 'node:crypto';
import { MAX_BATCH_ITEMS, MAX_PAYMENTS_PER_BATCH } from '@st2/chaincode';
import { outcomeOf } from '../../console/src/api/outcome';
import { approvalRows, decideAction, describeAction, proposeAction } from '../../console/src/data/agent-approvals';
import type { Progress } from '../../console/src/data/batches';
import { calendarEntries } from '../../console/src/data/calendar';
import { distributionRows, paymentBatchSize, payInBatches, unpaid } from '../../console/src/data/distribution-payments';
import { attachDocument, documentRows, sha256Hex } from '../../console/src/data/documents';
import { forceTransfer } from '../../console/src/data/forced-transfer';
import { applyFreeze, position } from '../../console/src/data/freezes';
import { batchSize, holderCheck, issue, issueInBatches, issueLines } from '../../console/src/data/issuance';
import { openApiDocument } from '../../console/src/data/openapi';
import { recover } from '../../console/src/data/recovery';
import { startDemoGateway, valueOf, type DemoGateway } from './support/demo-gateway';

const DAY = 86_400_000;

/**
 * The issuer's and agents' views (issuance, freezes, forced transfers, recoveries, pending approvals, documents, the
 * calendar) from the data functions they call, over real HTTP against a gateway holding the demo. Every refused
 * attempt is shown with its reason code, and changes nothing on the ledger or in what the views read.
 */
describe('the console agent desk', () => {
  let demo: DemoGateway;
  const balances = async (securityId: string, holders: readonly string[], consistentWith?: string) => {
    const regulator = await demo.as(demo.cast.regulator);
    return Object.fromEntries(await Promise.all(holders.map(async (holder) => [holder, valueOf(await position(regulator, securityId, holder, consistentWith))] as const)));
  };
  const snapshot = async (securityId: string, holders: readonly string[]) => ({ height: await demo.h.ledger.height(), positions: await balances(securityId, holders) });
  const totals = async (securityId: string, holders: readonly string[], consistentWith?: string) =>
    Object.fromEntries(Object.entries(await balances(securityId, holders, consistentWith)).map(([holder, held]) => [holder, BigInt(held.total)]));

  beforeAll(async () => {
    demo = await startDemoGateway('st2-console-');
  });
  afterAll(() => demo.h.close());

  describe('issuance', () => {
    it('checks a holder before issuing, claim by claim: alice may hold the equity, not the accredited-only bond (with its reason code)', async () => {
      const agent = await demo.as(demo.cast.agent);
      expect(valueOf(await holderCheck(agent, 'ACME-EQ', 'alice'))).toMatchObject({ verified: true, topics: [{ topic: 'kyc', verified: true }] });
      const bond = valueOf(await holderCheck(agent, 'ACME-BOND-2030', 'alice'));
      expect(bond.verified).toBe(false);
      expect(bond.topics).toContainEqual({ topic: 'accredited', verified: false, code: expect.stringMatching(/^ST2-/), message: expect.stringMatching(/\w/) });
    });

    it('issues to a verified holder once under its key, and refuses the holder the check found unaccredited with ST2-NOT-ACCREDITED, nothing changed', async () => {
      const agent = await demo.as(demo.cast.agent);
      const before = await totals('ACME-EQ', ['bob']);
      const written = valueOf(await issue(agent, 'ACME-EQ', { to: 'bob', amount: '7' }, 'console-issue-1'));
      expect(valueOf(await issue(agent, 'ACME-EQ', { to: 'bob', amount: '7' }, 'console-issue-1'))).toEqual(written);
      expect(await totals('ACME-EQ', ['bob'], written.txId)).toEqual({ bob: (before.bob ?? 0n) + 7n });
      expect(valueOf(await holderCheck(agent, 'ACME-BOND-2030', 'alice')).topics.filter((topic) => !topic.verified).map((topic) => topic.topic)).toEqual(['accredited']);
      const untouched = await snapshot('ACME-BOND-2030', ['alice']);
      expect(await issue(agent, 'ACME-BOND-2030', { to: 'alice', amount: '100' }, 'console-issue-2')).toMatchObject({ ok: false, refusal: { code: 'ST2-NOT-ACCREDITED', status: 422 } });
      expect(await snapshot('ACME-BOND-2030', ['alice'])).toEqual(untouched);
    });

    it('reads "holder amount" lines, and names the first line that is not one', () => {
      expect(issueLines('alice 10\n\n bob, 5 \ncarol;1')).toEqual({ ok: true, lines: [{ to: 'alice', amount: '10' }, { to: 'bob', amount: '5' }, { to: 'carol', amount: '1' }] });
      expect(issueLines('alice 10\nbob ten')).toMatchObject({ ok: false, line: 2 });
      expect(issueLines('alice 0')).toMatchObject({ ok: false, line: 1 });
      expect(issueLines('  \n')).toMatchObject({ ok: false, line: 0 });
    });

    it('takes the largest batch from the batch route\'s schema: the chaincode\'s MAX_BATCH_ITEMS', async () => {
      expect(batchSize(valueOf(await openApiDocument(demo.base)))).toBe(MAX_BATCH_ITEMS);
    });

    it('issues to many holders batch by batch, reporting batches done out of all, and a rerun under the same key issues nothing twice', async () => {
      const agent = await demo.as(demo.cast.agent);
      const holders = ['alice', 'bob', 'carol', 'dmitri'];
      const before = await totals('ACME-EQ', holders);
      const lines = [{ to: 'alice', amount: '1' }, { to: 'bob', amount: '2' }, { to: 'carol', amount: '3' }, { to: 'dmitri', amount: '4' }, { to: 'alice', amount: '5' }];
      const progress: Progress[] = [];
      const run = await issueInBatches(agent, 'ACME-EQ', lines, 2, 'console-batch-1', (step) => progress.push(step));
      expect(progress).toEqual([{ done: 0, total: 3 }, { done: 1, total: 3 }, { done: 2, total: 3 }, { done: 3, total: 3 }]);
      if (!run.ok) throw new Error(run.refusal.code);
      const last = run.written.at(-1)?.txId;
      expect(await totals('ACME-EQ', holders, last)).toEqual({ alice: (before.alice ?? 0n) + 6n, bob: (before.bob ?? 0n) + 2n, carol: (before.carol ?? 0n) + 3n, dmitri: (before.dmitri ?? 0n) + 4n });
      const rerun = await issueInBatches(agent, 'ACME-EQ', lines, 2, 'console-batch-1', () => undefined);
      expect(rerun).toEqual(run);
      expect(await totals('ACME-EQ', holders)).toEqual(await totals('ACME-EQ', holders, last));
    });

    it('stops at the refused batch with its reason code: the batches before it stay issued, the refused one issued nothing', async () => {
      const agent = await demo.as(demo.cast.agent);
      const before = await totals('ACME-EQ', ['alice', 'bob']);
      const progress: Progress[] = [];
      const run = await issueInBatches(agent, 'ACME-EQ', [{ to: 'alice', amount: '1' }, { to: 'bob', amount: '1' }, { to: 'nobody-known', amount: '1' }], 2, 'console-batch-2', (step) => progress.push(step));
      expect(run).toMatchObject({ ok: false, refusal: { code: expect.stringMatching(/^ST2-/), message: expect.stringMatching(/\w/) }, written: [expect.anything()] });
      expect(progress.at(-1)).toEqual({ done: 1, total: 2 });
      const height = await demo.h.ledger.height();
      expect(await totals('ACME-EQ', ['alice', 'bob'], run.written[0]?.txId)).toEqual({ alice: (before.alice ?? 0n) + 1n, bob: (before.bob ?? 0n) + 1n });
      expect(await demo.h.ledger.height()).toBe(height);
    });

    it('refuses issuance to an investor (403 at the gateway) and to an agent without the issue power (the chaincode\'s 403), nothing changed', async () => {
      const before = await snapshot('ACME-EQ', ['alice', 'carol']);
      expect(await issue(await demo.as(demo.cast.alice), 'ACME-EQ', { to: 'alice', amount: '1000' }, 'console-issue-attack')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await issue(await demo.as(demo.cast.agent2), 'ACME-EQ', { to: 'carol', amount: '1000' }, 'console-issue-attack-2')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await issueInBatches(await demo.as(demo.cast.alice), 'ACME-EQ', [{ to: 'alice', amount: '1' }], 10, 'console-batch-attack', () => undefined)).toMatchObject({ ok: false, refusal: { status: 403 }, written: [] });
      expect(await snapshot('ACME-EQ', ['alice', 'carol'])).toEqual(before);
    });
  });

  describe('freezes', () => {
    it('freezes part of a holding and unfreezes it (an agent with the freeze power alone), the position showing each', async () => {
      const freezer = await demo.as(demo.cast.agent2);
      const frozen = valueOf(await applyFreeze(freezer, { action: 'freeze', securityId: 'ACME-EQ', holder: 'bob', amount: '10' }, 'console-freeze-1'));
      const partly = valueOf(await position(freezer, 'ACME-EQ', 'bob', frozen.txId));
      expect(partly).toMatchObject({ frozen: '10', wholeHoldingFrozen: false });
      expect(BigInt(partly.free)).toBe(BigInt(partly.total) - 10n);
      const thawed = valueOf(await applyFreeze(freezer, { action: 'unfreeze', securityId: 'ACME-EQ', holder: 'bob', amount: '10' }, 'console-unfreeze-1'));
      expect(valueOf(await position(freezer, 'ACME-EQ', 'bob', thawed.txId))).toMatchObject({ frozen: '0', free: partly.total });
    });

    it('freezes a whole holding and unfreezes it', async () => {
      const freezer = await demo.as(demo.cast.agent2);
      const frozen = valueOf(await applyFreeze(freezer, { action: 'freeze', securityId: 'ACME-EQ', holder: 'carol' }, 'console-freeze-2'));
      const whole = valueOf(await position(freezer, 'ACME-EQ', 'carol', frozen.txId));
      expect(whole).toMatchObject({ wholeHoldingFrozen: true, frozen: whole.total, free: '0' });
      const thawed = valueOf(await applyFreeze(freezer, { action: 'unfreeze', securityId: 'ACME-EQ', holder: 'carol' }, 'console-unfreeze-2'));
      expect(valueOf(await position(freezer, 'ACME-EQ', 'carol', thawed.txId))).toMatchObject({ wholeHoldingFrozen: false, frozen: '0' });
    });

    it('refuses a freeze to an investor (403) and one the holding cannot cover (the chaincode\'s code), nothing changed', async () => {
      const before = await snapshot('ACME-EQ', ['bob']);
      expect(await applyFreeze(await demo.as(demo.cast.alice), { action: 'freeze', securityId: 'ACME-EQ', holder: 'bob' }, 'console-freeze-attack')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      const tooMuch = (BigInt(before.positions.bob?.total ?? '0') + 1n).toString();
      expect(await applyFreeze(await demo.as(demo.cast.agent2), { action: 'freeze', securityId: 'ACME-EQ', holder: 'bob', amount: tooMuch }, 'console-freeze-too-much')).toMatchObject({ ok: false, refusal: { code: expect.stringMatching(/^ST2-/), status: 422 } });
      expect(await snapshot('ACME-EQ', ['bob'])).toEqual(before);
    });
  });

  describe('forced transfers and recoveries', () => {
    it('forces a transfer (an agent with the force power) and the holdings follow', async () => {
      const before = await totals('ACME-EQ', ['carol', 'bob']);
      const written = valueOf(await forceTransfer(await demo.as(demo.cast.agent), { securityId: 'ACME-EQ', from: 'carol', to: 'bob', amount: '5' }, 'console-force-1'));
      expect(written.events).toContain('Transferred');
      expect(await totals('ACME-EQ', ['carol', 'bob'], written.txId)).toEqual({ carol: (before.carol ?? 0n) - 5n, bob: (before.bob ?? 0n) + 5n });
    });

    it('refuses a forced transfer past the balance, to an investor and to an agent without the power, and a recovery to another investor, each with its code, nothing changed', async () => {
      const before = await snapshot('ACME-EQ', ['carol', 'bob', 'alice']);
      const past = (BigInt(before.positions.carol?.total ?? '0') + 1n).toString();
      expect(await forceTransfer(await demo.as(demo.cast.agent), { securityId: 'ACME-EQ', from: 'carol', to: 'bob', amount: past }, 'console-force-past')).toMatchObject({ ok: false, refusal: { code: expect.stringMatching(/^ST2-/), status: 422 } });
      expect(await forceTransfer(await demo.as(demo.cast.bob), { securityId: 'ACME-EQ', from: 'carol', to: 'bob', amount: '1' }, 'console-force-attack')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await forceTransfer(await demo.as(demo.cast.agent2), { securityId: 'ACME-EQ', from: 'carol', to: 'bob', amount: '1' }, 'console-force-no-power')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await recover(await demo.as(demo.cast.agent), { securityId: 'ACME-EQ', lost: 'alice', replacement: 'bob' }, 'console-recover-other')).toMatchObject({ ok: false, refusal: { code: expect.stringMatching(/^ST2-/), message: expect.stringMatching(/\w/) } });
      expect(await recover(await demo.as(demo.cast.alice), { securityId: 'ACME-EQ', lost: 'alice', replacement: 'bob' }, 'console-recover-attack')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await snapshot('ACME-EQ', ['carol', 'bob', 'alice'])).toEqual(before);
    });
  });

  describe('pending approvals (four eyes)', () => {
    it('lists a proposed redemption as pending, refuses its proposer\'s and an investor\'s approval, and executes it on the second agent\'s', async () => {
      const [agent, agent2] = [await demo.as(demo.cast.agent), await demo.as(demo.cast.agent2)];
      const issued = valueOf(await issue(agent, 'ACME-CB-2029', { to: 'alice', amount: '10' }, 'console-cb-issue'));
      const before = await totals('ACME-CB-2029', ['alice'], issued.txId);
      const action = { kind: 'Redeem' as const, from: 'alice', amount: '6' };
      const proposed = valueOf(await proposeAction(agent, 'ACME-CB-2029', { approvalId: 'console-rd-1', action, expiresInMs: DAY }, 'console-propose-1'));
      const rows = valueOf(await approvalRows(agent2, 'ACME-CB-2029', proposed.txId));
      // Its expiry is dated from the ledger's clock (years ahead of the system's on the test ledger), not the browser's.
      expect(rows.find((row) => row.id === 'console-rd-1')).toMatchObject({ status: 'pending', action, expiresAt: demo.h.clock.now + DAY, proposedBy: `${demo.cast.agent.org.mspId}/${demo.cast.agent.id}` });
      expect(rows.map((row) => row.status)).toEqual([...rows.filter((row) => row.status === 'pending'), ...rows.filter((row) => row.status !== 'pending')].map((row) => row.status));
      expect(rows.find((row) => row.id === 'demo-redemption-1')).toMatchObject({ status: 'executed' });
      expect(describeAction(action)).toBe('redemption of 6 from alice');
      const untouched = await snapshot('ACME-CB-2029', ['alice']);
      expect(await decideAction(agent, 'console-rd-1', 'approve', 'console-approve-self')).toMatchObject({ ok: false, refusal: { code: 'ST2-SELF-APPROVAL', status: 403 } });
      expect(await decideAction(await demo.as(demo.cast.alice), 'console-rd-1', 'approve', 'console-approve-attack')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await approvalRows(await demo.as(demo.cast.alice), 'ACME-CB-2029')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await snapshot('ACME-CB-2029', ['alice'])).toEqual(untouched);
      const approved = valueOf(await decideAction(agent2, 'console-rd-1', 'approve', 'console-approve-1'));
      expect(approved.events).toEqual(['AgentActionApproved', 'Redeemed']);
      expect(await totals('ACME-CB-2029', ['alice'], approved.txId)).toEqual({ alice: (before.alice ?? 0n) - 6n });
      expect(valueOf(await approvalRows(agent, 'ACME-CB-2029', approved.txId)).find((row) => row.id === 'console-rd-1')).toMatchObject({ status: 'executed', decidedBy: `${demo.cast.agent2.org.mspId}/${demo.cast.agent2.id}` });
    });
  });

  describe('documents', () => {
    it('lists the security\'s documents and attaches one by the SHA-256 of its bytes, computed in the console', async () => {
      const issuer = await demo.as(demo.cast.issuer);
      expect(valueOf(await documentRows(issuer, 'ACME-EQ')).map((row) => row.name)).toEqual(expect.arrayContaining(['Prospectus', 'Articles of association']));
      const bytes = new TextEncoder().encode('ACME plc annual report 2026');
      const hash = await sha256Hex(bytes.buffer);
      expect(hash).toBe(createHash('sha256').update(bytes).digest('hex'));
      const written = valueOf(await attachDocument(issuer, 'ACME-EQ', { name: 'Annual report 2026', uri: 'https://docs.acme.example/equity/annual-report-2026.pdf', hash }, 'console-doc-1'));
      expect(valueOf(await documentRows(await demo.as(demo.cast.alice), 'ACME-EQ', written.txId))).toContainEqual(expect.objectContaining({ name: 'Annual report 2026', hash }));
    });

    it('replaces a document attached again under its name: the new version\'s hash is the one listed', async () => {
      const issuer = await demo.as(demo.cast.issuer);
      const hash = await sha256Hex(new TextEncoder().encode('ACME plc annual report 2026, corrected').buffer);
      const written = valueOf(await attachDocument(issuer, 'ACME-EQ', { name: 'Annual report 2026', hash }, 'console-doc-2'));
      expect(valueOf(await documentRows(issuer, 'ACME-EQ', written.txId)).filter((row) => row.name === 'Annual report 2026')).toEqual([expect.objectContaining({ hash })]);
    });

    it('refuses an investor and an agent attaching one (403 ST2-UNAUTHORIZED: documents are the issuer\'s), nothing changed', async () => {
      const hash = await sha256Hex(new TextEncoder().encode('forged').buffer);
      const before = { height: await demo.h.ledger.height(), documents: valueOf(await documentRows(await demo.as(demo.cast.issuer), 'ACME-EQ')) };
      expect(await attachDocument(await demo.as(demo.cast.agent), 'ACME-EQ', { name: 'Prospectus', hash }, 'console-doc-agent')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect(await attachDocument(await demo.as(demo.cast.alice), 'ACME-EQ', { name: 'Prospectus', hash }, 'console-doc-attack')).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 } });
      expect({ height: await demo.h.ledger.height(), documents: valueOf(await documentRows(await demo.as(demo.cast.issuer), 'ACME-EQ')) }).toEqual(before);
    });
  });

  describe('recovery', () => {
    it('recovers a lost identity\'s holding whole to a new identity of the same investor (carol\'s old identity is retired: no later test uses it)', async () => {
      const [bank2Agent, kyc] = [await demo.as(demo.cast.agent2), await demo.as(demo.cast.kyc)];
      valueOf(await bank2Agent.POST('/v1/identities', { body: { identityId: 'carol-2', investor: 'carol', jurisdiction: 'US', investorType: 'institutional', record: { name: 'Carol Fund LP', documents: [{ kind: 'passport', reference: 'US-carol-0002' }] } } }).then(outcomeOf));
      valueOf(await kyc.POST('/v1/identities/{id}/claims', { body: { topic: 'kyc', expiresAt: demo.h.clock.now + 365 * DAY, evidence: { method: 'document-check', reference: 'kyc-carol-2' } }, params: { path: { id: 'carol-2' } } }).then(outcomeOf));
      const before = await totals('ACME-EQ', ['carol']);
      const written = valueOf(await recover(await demo.as(demo.cast.agent), { securityId: 'ACME-EQ', lost: 'carol', replacement: 'carol-2' }, 'console-recover-1'));
      expect(written.events).toEqual(['HoldingRecovered']);
      expect(await totals('ACME-EQ', ['carol', 'carol-2'], written.txId)).toEqual({ carol: 0n, 'carol-2': before.carol });
    });
  });

  describe('calendar', () => {
    it('lists a bond\'s coupon dates and its redemption at maturity, earliest first', async () => {
      const entries = valueOf(await calendarEntries(await demo.as(demo.cast.issuer), 'ACME-BOND-2030'));
      expect(entries.filter((entry) => entry.what.startsWith('Coupon ')).length).toBe(10);
      expect(entries.at(-1)).toMatchObject({ what: 'Redemption at maturity', detail: expect.stringMatching(/EUR per unit$/) });
      expect(entries.map((entry) => entry.at)).toEqual([...entries.map((entry) => entry.at)].sort((a, b) => a - b));
    });

    it('shows a convertible\'s conversion window', async () => {
      const entries = valueOf(await calendarEntries(await demo.as(demo.cast.alice), 'ACME-CB-2029'));
      expect(entries.map((entry) => entry.what)).toEqual(expect.arrayContaining(['Conversion window opens', 'Conversion window closes']));
    });
  });

  describe('a distribution paid in batches', () => {
    it('pays every holder but the custody account (its custodian claims it) batch by batch with progress, refuses an investor, and has nobody left to pay', async () => {
      const [issuer, agent] = [await demo.as(demo.cast.issuer), await demo.as(demo.cast.agent)];
      const now = demo.h.clock.now;
      const declared = valueOf(await issuer.POST('/v1/securities/{id}/distributions', {
        params: { path: { id: 'ACME-EQ' } },
        body: { distributionId: 'console-div-1', cashSecurityId: 'EUR-T', rate: { numerator: '1', denominator: '1' }, recordTime: now + 1_000, paymentDate: now + 2_000, payer: 'acme-paying-agent', remainderAccount: 'acme-unclaimed' },
      }).then(outcomeOf));
      demo.h.clock.advance(3_000);
      const due = valueOf(await unpaid(agent, 'console-div-1', declared.txId));
      expect(due.custodyAccounts.map((entry) => entry.holder)).toEqual(['CUST-OMNIBUS-1']);
      const holders = due.holders.map((entry) => entry.holder);
      expect(holders).toEqual(expect.arrayContaining(['alice', 'bob', 'carol-2', 'dmitri']));
      expect(paymentBatchSize(valueOf(await openApiDocument(demo.base)))).toBe(MAX_PAYMENTS_PER_BATCH);
      const before = { height: await demo.h.ledger.height(), rows: valueOf(await distributionRows(agent, 'ACME-EQ')) };
      expect(await payInBatches(await demo.as(demo.cast.alice), 'console-div-1', holders, 2, 'console-pay-attack', () => undefined)).toMatchObject({ ok: false, refusal: { code: 'ST2-UNAUTHORIZED', status: 403 }, written: [] });
      expect({ height: await demo.h.ledger.height(), rows: valueOf(await distributionRows(agent, 'ACME-EQ')) }).toEqual(before);
      const progress: Progress[] = [];
      const run = await payInBatches(agent, 'console-div-1', holders, 2, 'console-pay-1', (step) => progress.push(step));
      if (!run.ok) throw new Error(`${run.refusal.code} ${run.refusal.message}`);
      const batches = Math.ceil(holders.length / 2);
      expect(progress).toEqual(Array.from({ length: batches + 1 }, (_unused, done) => ({ done, total: batches })));
      const paid = valueOf(await distributionRows(agent, 'ACME-EQ', run.written.at(-1)?.txId)).find((row) => row.id === 'console-div-1');
      expect(paid).toMatchObject({ status: 'declared', paidHolders: holders.length });
      expect(valueOf(await unpaid(agent, 'console-div-1')).holders).toEqual([]);
    });
  });
});
