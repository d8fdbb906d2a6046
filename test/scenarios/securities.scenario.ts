import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { fileRecord } from '../../gateway/src/ledger/identity-record';
import { sha256, St2Client } from './client';

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The life of two securities across a consortium, written once against the Ledger interface and run on
 * every backend: onboarding in two banks, equity and debt issuance, compliant transfers, every rule
 * refusing with its code, freeze, forced transfer, recovery, pause. Ids carry a run prefix because a
 * real network keeps its state between runs.
 */
export function securitiesScenario(backend: Backend): void {
  describe(`securities scenario on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, ops2, kyc, issuer, agent, audit } = scenarioCast(backend.msp, 'r');
    const { bank1, bank2 } = backend.msp;
    const alice = investor(bank1, 'alice');
    const bob = investor(bank2, 'bob');
    const carol = investor(bank2, 'carol');
    const aliceNew = investor(bank1, 'alice-new');
    const EQUITY = id('ACME');
    const BOND = id('BOND');

    let ledger: Ledger;
    let st2: St2Client;

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
    });
    afterAll(async () => {
      await ledger?.close();
    });

    const onboard = async (onboarder: Caller, who: Caller, jurisdiction: string, investor = who.id) => {
      const record = JSON.stringify({ name: `Investor ${who.id}`, passport: `P-${who.id}` });
      await st2.register(onboarder, { identityId: who.id, investor, jurisdiction, investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
    };
    const addClaim = async (identityId: string, topic: string, expiresAt: number) => {
      const evidence = `evidence of ${topic} for ${identityId}`;
      await st2.submit(kyc, 'identity:addClaim', { identityId, topic, expiresAt, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    };
    const transfer = (from: Caller, to: Caller, amount: string, securityId = EQUITY) =>
      st2.outcome(from, 'token:transfer', { securityId, from: from.id, to: to.id, amount });
    /** A share class of its own for one rule's case, issued to bob. */
    const equityFor = async (securityId: string, rules: Record<string, unknown>, bobHolds: string) => {
      await st2.submit(issuer, 'security:create', {
        securityId, name: `ACME ${securityId}`, isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
        rules, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId, to: bob.id, amount: bobHolds });
    };

    it('onboards investors in two banks, with KYC claims from a trusted issuer', async () => {
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc', 'accredited'] });
      await onboard(ops1, alice, 'DE', id('alice-person'));
      await onboard(ops1, aliceNew, 'DE', id('alice-person'));
      await onboard(ops2, bob, 'FR');
      await onboard(ops2, carol, 'US');
      const inAYear = Date.now() + 365 * DAY;
      for (const who of [alice, aliceNew, bob, carol]) await addClaim(who.id, 'kyc', inAYear);

      const identity = JSON.parse(await st2.evaluate(bob, 'identity:get', bob.id)) as { org: string; claims: Record<string, unknown> };
      expect(identity.org).toBe(bank2);
      expect(Object.keys(identity.claims)).toEqual(['kyc']);
    });

    it('keeps a second trusted issuer\'s claim beside the first, and stops counting an issuer the consortium removes', async () => {
      const kyc2: Caller = { org: bank1, role: 'claim-issuer', id: id('kyc-two') };
      const party2 = { org: kyc2.org, id: kyc2.id };
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: party2, topics: ['kyc', 'aml'] });
      expect(await st2.outcome(admin1, 'identity:trustIssuer', { issuer: party2, topics: ['aml'] })).toBe('ST2-ALREADY-EXISTS');
      const evidence = `second kyc for ${carol.id}`;
      await st2.submit(kyc2, 'identity:addClaim', { identityId: carol.id, topic: 'kyc', expiresAt: Date.now() + 30 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
      const identity = JSON.parse(await st2.evaluate(audit, 'identity:get', carol.id)) as { claims: Record<string, { issuer: unknown }[]> };
      expect(identity.claims.kyc?.map((c) => c.issuer)).toEqual([{ org: kyc.org, id: kyc.id }, party2]);
      await st2.governed([admin1, admin2], 'identity:setIssuerTopics', { issuer: party2, topics: ['aml'] });
      await st2.governed([admin1, admin2], 'identity:removeIssuer', { issuer: party2 });
      const listed = JSON.parse(await st2.evaluate(audit, 'identity:listIssuers')) as { org: string; id: string }[];
      expect(listed).toContainEqual({ org: kyc.org, id: kyc.id, topics: ['kyc', 'accredited'] });
      expect(listed.find((i) => i.id === kyc2.id)).toBeUndefined();
      expect(await st2.outcome(admin1, 'identity:removeIssuer', { issuer: party2 })).toBe('ST2-NOT-FOUND');
    });

    it('keeps personal records private: the owning bank and the regulator read them, another bank cannot', async () => {
      const own = JSON.parse(await st2.evaluate(ops1, 'identity:getRecord', alice.id)) as { name: string };
      expect(own.name).toBe(`Investor ${alice.id}`);
      const audited = JSON.parse(await st2.evaluate(audit, 'identity:getRecord', alice.id)) as { name: string };
      expect(audited.name).toBe(`Investor ${alice.id}`);
      await expect(st2.evaluate(ops2, 'identity:getRecord', alice.id)).rejects.toMatchObject({ code: 'ST2-UNAUTHORIZED' });
      const publicState = await st2.evaluate(ops2, 'identity:get', alice.id);
      expect(publicState).not.toContain('passport');
    });

    it('registers an identity only against the personal record its bank filed, and never files over a registered one', async () => {
      const dave = id('dave');
      const record = Buffer.from(JSON.stringify({ name: 'Dave' }));
      const registration = { identityId: dave, investor: dave, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) };
      expect(await st2.outcome(ops1, 'identity:register', registration)).toBe('ST2-INVALID-INPUT');
      await ledger.submit(ops1, fileRecord(ops1, dave, sha256(record), record));
      expect(await st2.outcome(ops1, 'identity:register', { ...registration, recordHash: sha256('another record') })).toBe('ST2-INVALID-INPUT');
      expect(await st2.outcome(ops1, 'identity:register', registration)).toBe('accepted');
      const forged = Buffer.from(JSON.stringify({ name: 'Not Alice' }));
      expect(await st2.outcomeOf(() => ledger.submit(ops2, fileRecord(ops2, alice.id, sha256(forged), forged)))).toBe('ST2-ALREADY-EXISTS');
      expect(JSON.parse(await st2.evaluate(audit, 'identity:getRecord', alice.id))).toMatchObject({ name: `Investor ${alice.id}` });
    });

    it('creates an equity and a bond with rules, and issues both to compliant investors only', async () => {
      await st2.submit(issuer, 'security:create', {
        securityId: EQUITY, name: 'ACME ordinary shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['US'], maxBalance: '5000' },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      await st2.submit(issuer, 'security:create', {
        securityId: BOND, name: 'ACME 4% 2031', isin: 'DE000A1B2C46', decimals: 2, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'], dailyLimit: '500' },
        terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 400, couponFrequency: 'annual', maturityDate: Date.now() + 5 * 365 * DAY },
      });
      const issued = await st2.submit(agent, 'token:issue', { securityId: EQUITY, to: alice.id, amount: '1000' });
      expect(issued.events).toEqual([expect.objectContaining({ type: 'Issued', to: alice.id, amount: 1000n })]);
      await st2.submit(issuer, 'token:issue', { securityId: BOND, to: bob.id, amount: '2000' });
      expect(await st2.outcome(agent, 'token:issue', { securityId: EQUITY, to: carol.id, amount: '1' })).toBe('ST2-JURISDICTION-BLOCKED');
      expect(await st2.stats(audit, EQUITY)).toEqual({ supply: '1000', holders: 1 });
    });

    it('transfers between compliant investors across banks', async () => {
      expect(await transfer(alice, bob, '300')).toBe('accepted');
      expect(await st2.balance(audit, EQUITY, alice.id)).toBe(700n);
      expect(await st2.balance(audit, EQUITY, bob.id)).toBe(300n);
    });

    it('refuses each broken rule with its reason code and changes nothing', async () => {
      expect(await transfer(alice, carol, '1')).toBe('ST2-JURISDICTION-BLOCKED');
      expect(await transfer(alice, bob, '701')).toBe('ST2-INSUFFICIENT-BALANCE');
      await st2.submit(agent, 'token:issue', { securityId: EQUITY, to: bob.id, amount: '4600' });
      expect(await transfer(alice, bob, '101')).toBe('ST2-MAX-BALANCE');
      expect(await transfer(bob, bob, '1')).toBe('ST2-SELF-TRANSFER');
      expect(await st2.outcome(bob, 'token:transfer', { securityId: EQUITY, from: alice.id, to: bob.id, amount: '1' })).toBe('ST2-UNAUTHORIZED');
      expect(await transfer(bob, alice, '501', BOND)).toBe('ST2-DAILY-LIMIT');
      expect(await st2.outcome(audit, 'token:issue', { securityId: EQUITY, to: alice.id, amount: '1' })).toBe('ST2-UNAUTHORIZED');
      expect(await st2.balance(audit, EQUITY, alice.id)).toBe(700n);
      expect(await st2.stats(audit, EQUITY)).toEqual({ supply: '5600', holders: 2 });
    });

    it("limits what each identity sends per window, in units and in transfers, counted on the sender's own holding", async () => {
      const WINDOWED = id('WIN');
      // One window of a century since the epoch (it contains every run's transaction time): no boundary to race.
      const CENTURY = 100 * 365 * DAY;
      await equityFor(WINDOWED, { requiredClaims: ['kyc'], transferLimits: [{ windowMs: CENTURY, maxAmount: '100', maxCount: 2 }] }, '500');
      expect(await transfer(bob, carol, '60', WINDOWED)).toBe('accepted');
      expect(await transfer(bob, carol, '41', WINDOWED)).toBe('ST2-WINDOW-LIMIT');
      expect(await transfer(carol, bob, '50', WINDOWED)).toBe('accepted');
      expect(await transfer(bob, carol, '40', WINDOWED)).toBe('accepted');
      expect(await transfer(bob, carol, '1', WINDOWED)).toBe('ST2-WINDOW-LIMIT');
      expect((await st2.holding(audit, WINDOWED, bob.id)).windows).toEqual([{ windowMs: CENTURY, start: 0, sent: 100n, count: 2 }]);
      expect(await st2.balance(audit, WINDOWED, bob.id)).toBe(450n);
      const check = await st2.check(bob, { securityId: WINDOWED, from: bob.id, to: carol.id, amount: '1' });
      expect(check.trace.find((v) => v.rule === 'transfer-windows')).toMatchObject({ ok: false, code: 'ST2-WINDOW-LIMIT' });
      // An agent's forced transfer is neither limited nor counted.
      expect(await st2.outcome(agent, 'token:forcedTransfer', { securityId: WINDOWED, from: bob.id, to: carol.id, amount: '200' })).toBe('accepted');
      expect((await st2.holding(audit, WINDOWED, bob.id)).windows).toEqual([{ windowMs: CENTURY, start: 0, sent: 100n, count: 2 }]);
    });

    it('charges a transfer fee to a verified collector as a movement of its own, supply unchanged, and refuses it to an unverified one', async () => {
      const FEES = id('FEE');
      await equityFor(FEES, { requiredClaims: ['kyc'], transferFee: { bps: 150, collector: carol.id } }, '1000');
      const sent = await st2.submit(bob, 'token:transfer', { securityId: FEES, from: bob.id, to: alice.id, amount: '999' });
      expect(sent.events).toEqual([
        expect.objectContaining({ type: 'Transferred', from: bob.id, to: alice.id, amount: 999n }),
        expect.objectContaining({ type: 'TransferFeeCharged', payer: alice.id, collector: carol.id, amount: 14n, bps: 150 }), // 14.985
      ]);
      const balances = async () => Promise.all([bob, alice, carol].map((h) => st2.balance(audit, FEES, h.id)));
      expect(await balances()).toEqual([1n, 985n, 14n]);
      expect(await st2.stats(audit, FEES)).toEqual({ supply: '1000', holders: 3 });
      // A collector without a valid claim stops every fee-bearing transfer, and the refusal moves nothing.
      const unverified = investor(bank2, 'fee-desk');
      await onboard(ops2, unverified, 'FR');
      await st2.submit(issuer, 'security:setRules', { securityId: FEES, rules: { requiredClaims: ['kyc'], transferFee: { bps: 150, collector: unverified.id } } });
      expect(await transfer(alice, bob, '100', FEES)).toBe('ST2-FEE-COLLECTOR-INVALID');
      expect(await balances()).toEqual([1n, 985n, 14n]);
      expect(await transfer(alice, bob, '66', FEES)).toBe('accepted'); // 0.99: no fee, no collector needed
    });

    it('limits what each investor moves with a designated counterparty (venue), counted on the investor\'s own holding', async () => {
      const VENUE = id('VEN');
      const CENTURY = 100 * 365 * DAY;
      await equityFor(VENUE, { requiredClaims: ['kyc'], venueLimits: { venues: [carol.id], limits: [{ windowMs: CENTURY, maxAmount: '100' }] } }, '500');
      expect(await transfer(bob, carol, '80', VENUE)).toBe('accepted');
      expect(await transfer(carol, bob, '20', VENUE)).toBe('accepted');
      expect(await transfer(bob, carol, '1', VENUE)).toBe('ST2-VENUE-LIMIT');
      expect(await transfer(bob, alice, '300', VENUE)).toBe('accepted');
      expect(await transfer(alice, carol, '100', VENUE)).toBe('accepted');
      expect((await st2.holding(audit, VENUE, bob.id)).venueWindows).toEqual([{ venue: carol.id, windowMs: CENTURY, start: 0, sent: 100n, count: 2 }]);
      expect(await st2.balance(audit, VENUE, bob.id)).toBe(140n);
    });

    it('answers a dry run with the same code and the whole rule trace, writing nothing', async () => {
      const before = await ledger.height();
      const check = await st2.check(alice, { securityId: EQUITY, from: alice.id, to: carol.id, amount: '1' });
      expect(check.allowed).toBe(false);
      expect(check.code).toBe('ST2-JURISDICTION-BLOCKED');
      expect(check.trace.find((v) => v.rule === 'jurisdiction')).toMatchObject({ ok: false, code: 'ST2-JURISDICTION-BLOCKED' });
      expect(check.trace.find((v) => v.rule === 'required-claims')).toMatchObject({ ok: true });
      expect(await ledger.height()).toBe(before);
    });

    it('applies lock-up, holding period and claim expiry by the transaction time', async () => {
      await st2.submit(issuer, 'security:setRules', { securityId: EQUITY, rules: { requiredClaims: ['kyc'], lockupUntil: Date.now() + DAY } });
      expect(await transfer(alice, bob, '1')).toBe('ST2-LOCKUP');
      await st2.submit(issuer, 'security:setRules', { securityId: EQUITY, rules: { requiredClaims: ['kyc'], minHoldingPeriodMs: 3_000 } });
      await st2.submit(agent, 'token:issue', { securityId: EQUITY, to: alice.id, amount: '50' });
      // alice's first 700 are old enough, the 50 just issued are not.
      expect(await transfer(alice, bob, '750')).toBe('ST2-HOLDING-PERIOD');
      await addClaim(carol.id, 'accredited', Date.now() + 3_000);
      await st2.submit(issuer, 'security:setRules', { securityId: EQUITY, rules: { requiredClaims: ['kyc'], accreditedOnly: true } });
      expect(await transfer(alice, carol, '1')).toBe('accepted');
      await sleep(3_500);
      expect(await transfer(alice, carol, '1')).toBe('ST2-NOT-ACCREDITED');
      await st2.submit(issuer, 'security:setRules', { securityId: EQUITY, rules: { requiredClaims: ['kyc'], minHoldingPeriodMs: 3_000 } });
      expect(await transfer(alice, bob, '748')).toBe('accepted');
    });

    it('freezes and unfreezes holdings, whole or in part', async () => {
      await st2.submit(agent, 'token:freeze', { securityId: EQUITY, holder: bob.id });
      expect(await transfer(bob, alice, '1')).toBe('ST2-FROZEN');
      await st2.submit(agent, 'token:unfreeze', { securityId: EQUITY, holder: bob.id });
      await st2.submit(agent, 'token:freeze', { securityId: EQUITY, holder: bob.id, amount: '5000' });
      const free = (await st2.balance(audit, EQUITY, bob.id)) - 5000n;
      expect(await transfer(bob, alice, (free + 1n).toString())).toBe('ST2-FROZEN');
      expect(await transfer(bob, alice, free.toString())).toBe('accepted');
    });

    it('lets an agent force a transfer past holder rules but never past the balance', async () => {
      const bobBalance = await st2.balance(audit, EQUITY, bob.id);
      expect(await st2.outcome(agent, 'token:forcedTransfer', { securityId: EQUITY, from: bob.id, to: carol.id, amount: (bobBalance + 1n).toString() })).toBe('ST2-INSUFFICIENT-BALANCE');
      const dave = investor(bank2, 'dave-unverified');
      await onboard(ops2, dave, 'FR');
      expect(await st2.outcome(agent, 'token:forcedTransfer', { securityId: EQUITY, from: bob.id, to: dave.id, amount: '1' })).toBe('ST2-KYC-MISSING');
      // bob's free units all left before: the 100 taken are unfrozen first, by an event of their own.
      const forced = await st2.submit(agent, 'token:forcedTransfer', { securityId: EQUITY, from: bob.id, to: carol.id, amount: '100' });
      expect(forced.events).toEqual([
        expect.objectContaining({ type: 'HoldingUnfrozen', holder: bob.id, amount: 100n }),
        expect.objectContaining({ type: 'Transferred', from: bob.id, to: carol.id, amount: 100n, forced: true }),
      ]);
      expect(await st2.holding(audit, EQUITY, bob.id)).toMatchObject({ balance: bobBalance - 100n, frozenAmount: bobBalance - 100n });
    });

    it('recovers a lost identity onto another identity of the same investor, and refuses anyone else', async () => {
      const before = await st2.balance(audit, EQUITY, alice.id);
      expect(await st2.outcome(agent, 'token:recover', { securityId: EQUITY, lost: alice.id, replacement: bob.id })).toBe('ST2-RECOVERY-MISMATCH');
      expect(await st2.outcome(agent, 'token:recover', { securityId: EQUITY, lost: alice.id, replacement: aliceNew.id })).toBe('accepted');
      expect(await st2.balance(audit, EQUITY, alice.id)).toBe(0n);
      expect(await st2.balance(audit, EQUITY, aliceNew.id)).toBe(before);
      // The lost identity is inactive: nothing moves to or from it any more.
      expect(await transfer(bob, alice, '1')).toBe('ST2-IDENTITY-INACTIVE');
      expect(await st2.outcome(agent, 'token:issue', { securityId: EQUITY, to: alice.id, amount: '1' })).toBe('ST2-IDENTITY-INACTIVE');
      expect(await st2.balance(audit, EQUITY, alice.id)).toBe(0n);
    });

    it('creates a security paused: holders move nothing until an agent unpauses it', async () => {
      const NEW = id('NEW');
      await st2.submit(issuer, 'security:create', {
        securityId: NEW, name: 'New shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], paused: true,
        rules: { requiredClaims: ['kyc'] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      // Agents set it up while paused; holders wait for the unpause.
      expect(await st2.outcome(agent, 'token:issue', { securityId: NEW, to: bob.id, amount: '5' })).toBe('accepted');
      expect(await transfer(bob, carol, '1', NEW)).toBe('ST2-PAUSED');
      await st2.submit(agent, 'security:unpause', { securityId: NEW });
      expect(await transfer(bob, carol, '1', NEW)).toBe('accepted');
    });

    it('lets the issuer add an agent with some powers and remove it; the agent never changes rules', async () => {
      const desk: Caller = { org: bank2, role: 'agent', id: id('desk') };
      const deskParty = { org: desk.org, id: desk.id };
      expect(await st2.outcome(agent, 'security:addAgent', { securityId: BOND, agent: { ...deskParty, powers: ['freeze'] } })).toBe('ST2-UNAUTHORIZED');
      await st2.submit(issuer, 'security:addAgent', { securityId: BOND, agent: { ...deskParty, powers: ['freeze'] } });
      expect(await st2.outcome(desk, 'token:freeze', { securityId: BOND, holder: bob.id, amount: '1' })).toBe('accepted');
      expect(await st2.outcome(desk, 'token:issue', { securityId: BOND, to: bob.id, amount: '1' })).toBe('ST2-UNAUTHORIZED');
      expect(await st2.outcome(agent, 'security:setRules', { securityId: BOND, rules: { requiredClaims: [] } })).toBe('ST2-UNAUTHORIZED');
      await st2.submit(issuer, 'security:removeAgent', { securityId: BOND, agent: deskParty });
      expect(await st2.outcome(desk, 'token:unfreeze', { securityId: BOND, holder: bob.id, amount: '1' })).toBe('ST2-UNAUTHORIZED');
      await st2.submit(agent, 'token:unfreeze', { securityId: BOND, holder: bob.id, amount: '1' });
    });

    it('pauses a security: nothing moves until it is unpaused', async () => {
      await st2.submit(issuer, 'security:pause', { securityId: BOND });
      expect(await transfer(bob, carol, '1', BOND)).toBe('ST2-PAUSED');
      await st2.submit(agent, 'security:unpause', { securityId: BOND });
      expect(await transfer(bob, aliceNew, '1', BOND)).toBe('accepted');
    });

    it('refuses a repeated client request id with ST2-DUPLICATE-REQUEST and applies it once', async () => {
      const input = { securityId: BOND, from: bob.id, to: aliceNew.id, amount: '2', requestId: id('req-1') };
      expect(await st2.outcome(bob, 'token:transfer', input)).toBe('accepted');
      expect(await st2.outcome(bob, 'token:transfer', input)).toBe('ST2-DUPLICATE-REQUEST');
      expect(await st2.balance(audit, BOND, aliceNew.id)).toBe(3n);
    });

    it('sets, replaces and removes documents (ERC-1643); only the issuer changes them (agents operate the security, they do not configure it)', async () => {
      const prospectus = { securityId: EQUITY, name: 'prospectus', uri: 'https://acme.example/prospectus-v1.pdf', hash: sha256('prospectus v1') };
      const v2 = { ...prospectus, uri: 'https://acme.example/prospectus-v2.pdf', hash: sha256('prospectus v2') };
      const articles = { securityId: EQUITY, name: 'articles', uri: 'ipfs://bafy-articles', hash: sha256('articles') };
      await st2.submit(issuer, 'security:attachDocument', prospectus);
      await st2.submit(issuer, 'security:attachDocument', articles);
      await st2.submit(issuer, 'security:attachDocument', v2);
      const documents = async () => (JSON.parse(await st2.evaluate(audit, 'security:get', EQUITY)) as { security: { documents: unknown[] } }).security.documents;
      const before = await documents();
      expect(before).toEqual([
        { name: 'prospectus', uri: v2.uri, hash: v2.hash, attachedAt: expect.any(Number) },
        { name: 'articles', uri: articles.uri, hash: articles.hash, attachedAt: expect.any(Number) },
      ]);
      for (const intruder of [agent, ops2, alice, { ...agent, org: bank2 }, { ...issuer, org: bank2 }]) {
        expect(await st2.outcome(intruder, 'security:attachDocument', { ...prospectus, hash: sha256('forged') })).toBe('ST2-UNAUTHORIZED');
        expect(await st2.outcome(intruder, 'security:removeDocument', { securityId: EQUITY, name: 'prospectus' })).toBe('ST2-UNAUTHORIZED');
      }
      expect(await documents()).toEqual(before);
      await st2.submit(issuer, 'security:removeDocument', { securityId: EQUITY, name: 'articles' });
      expect(await st2.outcome(issuer, 'security:removeDocument', { securityId: EQUITY, name: 'articles' })).toBe('ST2-NOT-FOUND');
      expect(await documents()).toEqual([before[0]]);
    });

    const CAPS = id('CAPS');
    it('caps the supply, and refuses lowering a cap below the current figure, changing nothing', async () => {
      await st2.submit(issuer, 'security:create', {
        securityId: CAPS, name: 'Capped shares', isin: 'DE000A1B2C53', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'], maxSupply: '100' }, terms: { kind: 'equity', shareClass: 'C', votingRights: false, parValue: '1', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: CAPS, to: bob.id, amount: '60' });
      await st2.submit(agent, 'token:issue', { securityId: CAPS, to: carol.id, amount: '40' });
      expect(await st2.outcome(agent, 'token:issue', { securityId: CAPS, to: aliceNew.id, amount: '1' })).toBe('ST2-MAX-SUPPLY');
      for (const cap of [{ maxSupply: '99' }, { maxHolders: 1 }, { maxBalance: '49' }]) {
        expect(await st2.outcome(issuer, 'security:setRules', { securityId: CAPS, rules: { requiredClaims: ['kyc'], maxSupply: '100', ...cap } })).toBe('ST2-CAP-BELOW-CURRENT');
      }
      expect(await st2.stats(audit, CAPS)).toEqual({ supply: '100', holders: 2 });
      expect(await st2.balance(audit, CAPS, aliceNew.id)).toBe(0n);
      expect(await st2.outcome(issuer, 'security:setRules', { securityId: CAPS, rules: { requiredClaims: ['kyc'], maxSupply: '100', maxHolders: 2, maxBalance: '60' } })).toBe('accepted');
    });

    it('keeps blocked and unlisted identities from sending or receiving, and refuses an oversized list', async () => {
      const rules = (lists: Record<string, string[]>) => ({ securityId: CAPS, rules: { requiredClaims: ['kyc'], maxSupply: '100', ...lists } });
      await st2.submit(issuer, 'security:setRules', rules({ blockedParties: [carol.id] }));
      expect(await transfer(bob, carol, '1', CAPS)).toBe('ST2-PARTY-BLOCKED');
      expect(await transfer(carol, bob, '1', CAPS)).toBe('ST2-PARTY-BLOCKED');
      await st2.submit(issuer, 'security:setRules', rules({ allowedParties: [bob.id, aliceNew.id] }));
      expect(await transfer(bob, aliceNew, '1', CAPS)).toBe('accepted');
      expect(await transfer(aliceNew, carol, '1', CAPS)).toBe('ST2-PARTY-BLOCKED');
      const oversized = Array.from({ length: 101 }, (_, i) => id(`listed-${i}`));
      expect(await st2.outcome(issuer, 'security:setRules', rules({ blockedParties: oversized }))).toBe('ST2-LIMIT-EXCEEDED');
      expect(await st2.outcome(agent, 'security:setRules', rules({}))).toBe('ST2-UNAUTHORIZED');
      expect(await Promise.all([bob, carol, aliceNew].map((who) => st2.balance(audit, CAPS, who.id)))).toEqual([59n, 40n, 1n]);
    });

    it('caps holders per jurisdiction, counting only holdings that cross zero', async () => {
      // CAPS: bob (FR) 59, carol (US) 40, alice-new (DE) 1.
      const capped = (caps: Record<string, number>) => ({ securityId: CAPS, rules: { requiredClaims: ['kyc'], maxSupply: '100', maxHoldersPerJurisdiction: caps } });
      expect(await st2.outcome(issuer, 'security:setRules', capped({ US: 1, FR: 1 }))).toBe('accepted');
      expect(await transfer(bob, carol, '1', CAPS)).toBe('accepted');
      const dave = investor(bank2, 'dave-us');
      await onboard(ops2, dave, 'US');
      await addClaim(dave.id, 'kyc', Date.now() + 365 * DAY);
      expect(await transfer(bob, dave, '1', CAPS)).toBe('ST2-JURISDICTION-CAP');
      // carol leaving the US frees its place for dave; then she cannot come back.
      expect(await transfer(carol, dave, '41', CAPS)).toBe('accepted');
      expect(await transfer(dave, carol, '1', CAPS)).toBe('ST2-JURISDICTION-CAP');
      expect(await st2.outcome(issuer, 'security:setRules', capped({ FR: 1 }))).toBe('accepted');
      expect(await transfer(dave, carol, '1', CAPS)).toBe('accepted');
      expect(await st2.outcome(issuer, 'security:setRules', capped({ FR: 1, US: 1 }))).toBe('ST2-CAP-BELOW-CURRENT');
      expect(await st2.stats(audit, CAPS)).toEqual({ supply: '100', holders: 4 });
      expect(await Promise.all([bob, carol, aliceNew, dave].map((who) => st2.balance(audit, CAPS, who.id)))).toEqual([58n, 1n, 1n, 40n]);
    });

    it('applies a batch of issuances, forced transfers, freezes and unfreezes all or nothing, a refusal naming its failing item', async () => {
      const balances = () => Promise.all([bob, aliceNew].map((h) => st2.balance(audit, BOND, h.id)));
      const [bobBefore = 0n, aliceBefore = 0n] = await balances();
      const { supply } = await st2.stats(audit, BOND);
      const unverified = investor(bank2, 'dave-unverified');
      const refusal = await st2.submit(agent, 'token:batch', {
        securityId: BOND, items: [{ kind: 'Issue', to: aliceNew.id, amount: '10' }, { kind: 'Issue', to: unverified.id, amount: '1' }],
      }).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: 'ST2-KYC-MISSING', details: { item: 1, kind: 'Issue' } });
      expect([...(await balances()), (await st2.stats(audit, BOND)).supply]).toEqual([bobBefore, aliceBefore, supply]);

      const applied = await st2.submit(agent, 'token:batch', {
        securityId: BOND,
        items: [
          { kind: 'Issue', to: aliceNew.id, amount: '10' },
          { kind: 'ForcedTransfer', from: bob.id, to: aliceNew.id, amount: '5' },
          { kind: 'Freeze', holder: aliceNew.id, amount: '4' },
          { kind: 'Unfreeze', holder: aliceNew.id, amount: '4' },
        ],
      });
      expect(applied.events.map((e) => e.type)).toEqual(['Issued', 'Transferred', 'HoldingFrozen', 'HoldingUnfrozen']);
      expect(await st2.outcome(bob, 'token:batch', {
        securityId: BOND, items: [{ kind: 'Transfer', from: bob.id, to: aliceNew.id, amount: '1' }, { kind: 'Transfer', from: bob.id, to: aliceNew.id, amount: '2' }],
      })).toBe('accepted');
      expect(await balances()).toEqual([bobBefore - 8n, aliceBefore + 18n]);
      expect((await st2.stats(audit, BOND)).supply).toBe((BigInt(supply) + 10n).toString());
    });

    it('requires an agent\'s approval for a security that says so: requested, nothing moves; approved, it executes with every rule checked; rejected, never', async () => {
      const GATED = id('GATED');
      await st2.submit(issuer, 'security:create', {
        securityId: GATED, name: 'Gated shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'], approvalRequired: true }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId: GATED, to: bob.id, amount: '50' });
      expect(await transfer(bob, aliceNew, '5', GATED)).toBe('ST2-APPROVAL-REQUIRED');
      const request = (transferId: string) => ({ securityId: GATED, transferId, from: bob.id, to: aliceNew.id, amount: '5', validUntil: Date.now() + DAY });
      await st2.submit(bob, 'token:requestTransfer', request('t1'));
      await st2.submit(bob, 'token:requestTransfer', request('t2'));
      expect(await st2.balance(audit, GATED, aliceNew.id)).toBe(0n);
      expect(await st2.outcome(bob, 'token:approveTransfer', { securityId: GATED, transferId: 't1' })).toBe('ST2-UNAUTHORIZED');
      const approved = await st2.submit(agent, 'token:approveTransfer', { securityId: GATED, transferId: 't1' });
      expect(approved.events.map((e) => e.type)).toEqual(['TransferApproved', 'Transferred']);
      await st2.submit(agent, 'token:rejectTransfer', { securityId: GATED, transferId: 't2' });
      expect(await st2.outcome(agent, 'token:approveTransfer', { securityId: GATED, transferId: 't2' })).toBe('ST2-REQUEST-CLOSED');
      expect(await st2.outcome(agent, 'token:approveTransfer', { securityId: GATED, transferId: 't1' })).toBe('ST2-REQUEST-CLOSED');
      expect([await st2.balance(audit, GATED, bob.id), await st2.balance(audit, GATED, aliceNew.id)]).toEqual([45n, 5n]);
    });

    it('keeps supply equal to the sum of holdings', async () => {
      const holders = [alice, aliceNew, bob, carol];
      for (const securityId of [EQUITY, BOND]) {
        const balances = await Promise.all(holders.map((h) => st2.balance(audit, securityId, h.id)));
        const { supply, holders: count } = await st2.stats(audit, securityId);
        expect(balances.reduce((a, b) => a + b, 0n).toString()).toBe(supply);
        expect(balances.filter((b) => b > 0n).length).toBe(count);
      }
    });
  });
}
