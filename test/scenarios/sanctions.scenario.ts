import { stateCodecs, type St2Event } from '@st2/chaincode';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import { SanctionsList, sanctionsProofs } from '../../gateway/src/oracles/sanctions-list';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { St2Client } from './client';

/**
 * Sanctions screening, written once and run on every backend: a `sanctions-list-root` feed defined by both
 * administrator orgs publishes a list's root as a round signed by 3 of its 4 signers; SCRN screens against it.
 * A transfer with both parties' proofs moves and its event names the list version; a transfer to the listed
 * party, one without proofs, and one with the previous version's proofs after a new list are refused and change
 * nothing; a forced transfer takes the listed party's units without proofs.
 */
export function sanctionsScenario(backend: Backend): void {
  describe(`sanctions screening on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, kyc, issuer, agent, audit } = scenarioCast(backend.msp, 's');
    const [alice, bob, mallory] = [investor(backend.msp.bank1, 'alice'), investor(backend.msp.bank1, 'bob'), investor(backend.msp.bank1, 'mallory')];
    const [SCRN, FEED] = [id('SCRN'), id('SDN')];
    const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
    const v1 = new SanctionsList([mallory.id, id('oscar')]);
    let ledger: Ledger;
    let st2: St2Client;
    const publish = async (roundId: number, list: SanctionsList) => {
      const { digest } = stateCodecs.feed.parse(await st2.evaluate(audit, 'oracle:getFeed', FEED));
      return st2.submit(ops1, 'oracle:submitRound', signedReport(signers.slice(0, 3), { feedId: FEED, configDigest: digest, roundId, listRoot: list.root }, [BigInt(list.size)], Date.now() - 200));
    };
    const holdings = async () => Promise.all([alice, bob, mallory].map((who) => st2.balance(audit, SCRN, who.id)));
    const transfer = (from: string, to: string, proofs?: object) => ({ securityId: SCRN, from, to, amount: '5', ...(proofs ? { sanctionsProofs: proofs } : {}) });

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      await st2.onboardVerified(kyc, [[ops1, alice], [ops1, bob], [ops1, mallory]]);
      await st2.governed([admin1, admin2], 'oracle:setFeed', { feedId: FEED, definition: {
        kind: 'sanctions-list-root', base: 'SDN', quote: 'parties', decimals: 0, maxAgeMs: 86_400_000, maxDeviationBps: 1_000_000,
        band: { min: '0', max: '1000000' }, signers: signers.map((s) => s.publicKey), f: 1,
      } });
      await publish(1, v1);
      await st2.submit(issuer, 'security:create', {
        securityId: SCRN, name: 'Screened shares', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }],
        rules: { requiredClaims: ['kyc'] }, terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
      });
      // mallory came to hold units before she was listed and the security screened.
      await st2.submit(agent, 'token:issue', { securityId: SCRN, to: mallory.id, amount: '10' });
      await st2.submit(issuer, 'security:setRules', { securityId: SCRN, rules: { requiredClaims: ['kyc'], sanctions: { feed: FEED, maxListAge: 3600 } } });
      await st2.submit(agent, 'token:issue', { securityId: SCRN, to: alice.id, amount: '100', sanctionsProofs: sanctionsProofs(v1, 1, null, alice.id) });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('moves units with both parties\' proofs, the Transferred event naming the list version and root', async () => {
      const { events } = await st2.submit(alice, 'token:transfer', transfer(alice.id, bob.id, sanctionsProofs(v1, 1, alice.id, bob.id)));
      expect(events.find((e): e is Extract<St2Event, { type: 'Transferred' }> => e.type === 'Transferred')?.sanctionsList).toEqual({ feedId: FEED, version: 1, root: v1.root });
      expect(await holdings()).toEqual([95n, 5n, 10n]);
    }, 60_000);

    it('refuses a transfer to the listed party with ST2-SANCTIONED and one without proofs with ST2-SANCTIONS-PROOF, changing nothing', async () => {
      const before = await holdings();
      const elsewhere = new SanctionsList([]);
      expect(await st2.outcome(alice, 'token:transfer', transfer(alice.id, mallory.id, sanctionsProofs(elsewhere, 1, alice.id, mallory.id)))).toBe('ST2-SANCTIONED');
      expect(await st2.outcome(alice, 'token:transfer', transfer(alice.id, bob.id))).toBe('ST2-SANCTIONS-PROOF');
      expect(await holdings()).toEqual(before);
    }, 60_000);

    it('refuses the previous version\'s proofs once a new list is published, with ST2-SANCTIONS-PROOF, and accepts new ones', async () => {
      const old = sanctionsProofs(v1, 1, alice.id, bob.id);
      const v2 = new SanctionsList([mallory.id, id('oscar'), id('trudy')]);
      await publish(2, v2);
      const before = await holdings();
      expect(await st2.outcome(alice, 'token:transfer', transfer(alice.id, bob.id, old))).toBe('ST2-SANCTIONS-PROOF');
      expect(await holdings()).toEqual(before);
      const { events } = await st2.submit(alice, 'token:transfer', transfer(alice.id, bob.id, sanctionsProofs(v2, 2, alice.id, bob.id)));
      expect(events).toEqual([expect.objectContaining({ type: 'Transferred', sanctionsList: { feedId: FEED, version: 2, root: v2.root } })]);
    }, 60_000);

    it('lets the agent force units back from the listed party without proofs', async () => {
      await st2.submit(agent, 'token:forcedTransfer', { securityId: SCRN, from: mallory.id, to: bob.id, amount: '10' });
      expect(await holdings()).toEqual([90n, 20n, 0n]);
    }, 60_000);
  });
}
