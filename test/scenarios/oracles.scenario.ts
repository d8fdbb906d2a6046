import { stateCodecs, type Feed, type St2Event } from '@st2/chaincode';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { sleepUntil, St2Client } from './client';

/**
 * An oracle feed, written once and run on every backend: defined by both administrator orgs, rounds of
 * Ed25519-signed observations relayed by an agent. A report signed for the previous configuration, a replayed
 * round and an out-of-band value are refused and change nothing; a jump is quarantined until both orgs release
 * it; a read demanding a fresher value than the latest says stale. The ledger's clock is the wall clock here.
 */
export function oraclesScenario(backend: Backend): void {
  describe(`oracle feeds on ${backend.name}`, () => {
    const { id, admin1, admin2, ops1, audit } = scenarioCast(backend.msp, 'o');
    const FEED = id('EURUSD');
    const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
    const definition = (maxDeviationBps: number) => ({
      kind: 'fx', base: 'EUR', quote: 'USD', decimals: 4, maxAgeMs: 10 * 60_000, maxDeviationBps,
      band: { min: '5000', max: '20000' }, signers: signers.map((s) => s.publicKey), f: 1,
    });
    let ledger: Ledger;
    let st2: St2Client;
    const feed = async (): Promise<Feed> => stateCodecs.feed.parse(await st2.evaluate(audit, 'oracle:getFeed', FEED));
    const read = async (demands: object = {}) => JSON.parse(await st2.evaluate(audit, 'oracle:read', JSON.stringify({ feedId: FEED, ...demands }))) as { status: string; round?: { roundId: number; value: string } };
    /** Round `roundId` as three of the four signers observed it a moment ago, for the feed's configuration now (or `digest`). */
    const report = async (roundId: number, values: bigint[], digest?: string) => signedReport(signers.slice(0, 3), { feedId: FEED, configDigest: digest ?? (await feed()).digest, roundId }, values, Date.now() - 200);
    const recorded = (events: readonly St2Event[]) => events.find((e) => e.type === 'OracleRoundRecorded');

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'oracle:setFeed', { feedId: FEED, definition: definition(500) });
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('records a round of three signed observations: the median, its spread, and reads it ok', async () => {
      const { events } = await st2.submit(ops1, 'oracle:submitRound', await report(1, [10840n, 10850n, 10870n]));
      expect(recorded(events)).toMatchObject({ round: { roundId: 1, value: 10850n, low: 10840n, high: 10870n, status: 'accepted', configVersion: 1 } });
      expect(await read()).toMatchObject({ status: 'ok', round: { roundId: 1, value: '10850' }, confidenceWidth: '30' });
    }, 60_000);

    it('refuses the same round again with ST2-ORACLE-ROUND-REPLAYED, changing nothing', async () => {
      const before = await feed();
      const replay = await report(1, [10840n, 10850n, 10870n]);
      expect(await st2.outcome(ops1, 'oracle:submitRound', replay)).toBe('ST2-ORACLE-ROUND-REPLAYED');
      expect(await feed()).toEqual(before);
    }, 60_000);

    it('refuses a value outside the band with ST2-ORACLE-OUT-OF-BAND (not clamped), changing nothing', async () => {
      const before = await feed();
      expect(await st2.outcome(ops1, 'oracle:submitRound', await report(2, [20001n, 20001n, 20001n]))).toBe('ST2-ORACLE-OUT-OF-BAND');
      expect(await feed()).toEqual(before);
    }, 60_000);

    it('refuses a report signed for the previous configuration with ST2-ORACLE-CONFIG-MISMATCH once the feed changed', async () => {
      const old = await report(2, [10860n, 10860n, 10860n]);
      await st2.governed([admin1, admin2], 'oracle:setFeed', { feedId: FEED, definition: definition(1000) });
      const changed = await feed();
      expect(changed).toMatchObject({ version: 2, lastRoundId: 1 });
      expect(await st2.outcome(ops1, 'oracle:submitRound', old)).toBe('ST2-ORACLE-CONFIG-MISMATCH');
      expect(await feed()).toEqual(changed);
    }, 60_000);

    it('quarantines a jump past the deviation limit: the value in use stays, until both administrator orgs release it', async () => {
      const { events } = await st2.submit(ops1, 'oracle:submitRound', await report(2, [12000n, 12000n, 12000n]));
      expect(recorded(events)).toMatchObject({ round: { roundId: 2, status: 'quarantined', deviationBps: 1060 } });
      expect(await read()).toMatchObject({ status: 'ok', round: { roundId: 1, value: '10850' } });
      const released = await st2.governed([admin1, admin2], 'oracle:releaseRound', { feedId: FEED, roundId: 2 });
      expect(released.events.map((e) => e.type)).toEqual(['ConsortiumChangeApproved', 'OracleRoundReleased']);
      expect(await read()).toMatchObject({ status: 'ok', round: { roundId: 2, value: '12000' } });
    }, 60_000);

    it('reads stale once the latest round is older than the reader demands', async () => {
      const observedAt = (await feed()).latest?.observedAt ?? 0;
      await sleepUntil(observedAt + 1500);
      expect(await read({ maxAgeMs: 1000 })).toMatchObject({ status: 'stale', round: { roundId: 2 } });
    }, 60_000);
  });
}
