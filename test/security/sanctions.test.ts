import { MAX_LIST_LEAVES, MAX_PATH_LENGTH } from '@st2/chaincode';
import { newReportSigner, signedReport, type ReportSigner } from '../../gateway/src/oracles/report-signer';
import { SanctionsList, sanctionsProofs } from '../../gateway/src/oracles/sanctions-list';
import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { projectionCaughtUp } from '../gateway/support/projection';
import { call, equity, governed, ok, onboard, standardWorld } from '../gateway/support/world';

/**
 * Sanctions screening from the attacker's side, over HTTP on the embedded ledger: a listed party moving units
 * with a proof made from another list, proofs for an old list version replayed (or relabelled) after a new list,
 * oversized proofs, a forged root and roots published by the wrong role or signers. Each refusal is shown to change
 * nothing: no block cut, the read model (holders, the feed and its rounds) the same at that height.
 */
describe('sanctions screening, from the attacker\'s side', () => {
  let h: Harness;
  const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
  const outsiders = [newReportSigner(), newReportSigner(), newReportSigner()];
  const definition = {
    kind: 'sanctions-list-root', base: 'SDN', quote: 'parties', decimals: 0, maxAgeMs: 7 * 86_400_000, maxDeviationBps: 1_000_000,
    band: { min: '0', max: '1000000' }, signers: signers.map((s) => s.publicKey), f: 1,
  };
  const v1 = new SanctionsList(['carol']);
  const v2 = new SanctionsList(['carol', 'bob']);
  let version = 0;
  const report = async (list: SanctionsList, by: readonly ReportSigner[] = signers.slice(0, 3)) => {
    await projectionCaughtUp(h);
    const digest = String((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/SDN')).body.digest);
    const { feedId: _f, ...body } = signedReport(by, { feedId: 'SDN', configDigest: digest, roundId: version + 1, listRoot: list.root }, [BigInt(list.size)], h.clock.now - 500);
    return body;
  };
  const publish = async (list: SanctionsList) => {
    await ok(h, cast.agent, 'POST', '/v1/oracles/feeds/SDN/rounds', await report(list));
    version += 1;
    h.clock.advance(1000);
  };
  const transfer = (to: string, proofs: object) => call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'SCRN', from: 'alice', to, amount: '1', sanctionsProofs: proofs });

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await onboard(h, 'dave');
    await governed(h, 'PUT', '/v1/oracles/feeds/SDN', { definition });
    h.clock.advance(1000);
    await publish(v1);
    await ok(h, cast.issuer, 'POST', '/v1/securities', { ...equity('SCRN'), rules: { requiredClaims: ['kyc'], sanctions: { feed: 'SDN', maxListAge: 3600 } } });
    await ok(h, cast.agent, 'POST', '/v1/securities/SCRN/issuances', { to: 'alice', amount: '100', sanctionsProofs: sanctionsProofs(v1, 1, null, 'alice') });
  });
  afterAll(() => h.close());

  /** The ledger's height, and what the read model shows at it. */
  async function everything(): Promise<unknown> {
    await projectionCaughtUp(h);
    const height = await h.ledger.height();
    const read = (url: string) => ok(h, cast.regulator, 'GET', `${url}?position=${height}`).then((r) => r.body);
    return { height, holders: await read('/v1/securities/SCRN/holders'), feed: await read('/v1/oracles/feeds/SDN'), rounds: await read('/v1/oracles/feeds/SDN/rounds') };
  }

  async function expectRefusedUnchanged(attempt: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, code: string): Promise<void> {
    const before = await everything();
    expect(await attempt()).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  }

  it('refuses a listed party brought in with a proof made from a list without it (422 ST2-SANCTIONED), changing nothing', async () => {
    await expectRefusedUnchanged(() => transfer('carol', sanctionsProofs(new SanctionsList(['bob']), version, 'alice', 'carol')), 422, 'ST2-SANCTIONED');
  });

  it('refuses an old version\'s proofs replayed after a new list (422 ST2-SANCTIONS-PROOF), and relabelled as the new version (422 ST2-SANCTIONED)', async () => {
    const old = sanctionsProofs(v1, 1, 'alice', 'bob');
    await publish(v2);
    await expectRefusedUnchanged(() => transfer('bob', old), 422, 'ST2-SANCTIONS-PROOF');
    await expectRefusedUnchanged(() => transfer('bob', { ...old, listVersion: 2 }), 422, 'ST2-SANCTIONED');
  });

  it('refuses an oversized proof at the schema (400 ST2-INVALID-INPUT): a path past 32 hashes, a list past 2^32 leaves', async () => {
    const good = sanctionsProofs(v2, 2, 'alice', 'dave') as { listVersion: number; from: object; to: { left?: { path: string[] } } };
    const longPath = { ...good.to, left: { index: 0, leaf: 'f'.repeat(64), path: Array.from({ length: MAX_PATH_LENGTH + 1 }, () => 'a'.repeat(64)) } };
    await expectRefusedUnchanged(() => transfer('dave', { ...good, to: longPath }), 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(() => transfer('dave', { ...good, to: { ...good.to, leafCount: MAX_LIST_LEAVES + 1 } }), 400, 'ST2-INVALID-INPUT');
  });

  it('refuses a root the signatures do not cover (422 ST2-ORACLE-BAD-SIGNATURE), changing nothing', async () => {
    const signed = await report(new SanctionsList(['carol', 'bob', 'eve']));
    await expectRefusedUnchanged(() => call(h, cast.agent, 'POST', '/v1/oracles/feeds/SDN/rounds', { ...signed, listRoot: new SanctionsList([]).root }), 422, 'ST2-ORACLE-BAD-SIGNATURE');
  });

  it('refuses a root signed by keys outside the signer set (422 ST2-ORACLE-UNKNOWN-SIGNER), changing nothing', async () => {
    const forged = await report(new SanctionsList([]), outsiders);
    await expectRefusedUnchanged(() => call(h, cast.agent, 'POST', '/v1/oracles/feeds/SDN/rounds', forged), 422, 'ST2-ORACLE-UNKNOWN-SIGNER');
  });

  it.each<[string, Actor]>([['an investor', cast.alice], ['a custodian', cast.custodian], ['the regulator', cast.regulator], ['an issuer', cast.issuer]])(
    'refuses a root published by %s (403), changing nothing', async (_who, actor) => {
      const genuine = await report(new SanctionsList([]));
      await expectRefusedUnchanged(() => call(h, actor, 'POST', '/v1/oracles/feeds/SDN/rounds', genuine), 403, 'ST2-UNAUTHORIZED');
    },
  );

  it('refuses a list kept on the gateway by an investor (403), which then proves nothing for anyone', async () => {
    expect(await call(h, cast.alice, 'PUT', '/v1/oracles/feeds/SDN/sanctions-list', { parties: [] })).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(await call(h, cast.alice, 'GET', '/v1/oracles/feeds/SDN/non-membership/alice')).toMatchObject({ status: 404 });
  });

  it('refuses every screened movement once the list is older than maxListAge (422 ST2-SANCTIONS-STALE), changing nothing', async () => {
    const fresh = sanctionsProofs(v2, version, 'alice', 'dave');
    h.clock.advance(3600_000);
    await expectRefusedUnchanged(() => transfer('dave', fresh), 422, 'ST2-SANCTIONS-STALE');
  });
});
