import { newReportSigner, signedReport, signObservation, type ReportSigner } from '../../gateway/src/oracles/report-signer';
import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { projectionCaughtUp } from '../gateway/support/projection';
import { call, governed, ok } from '../gateway/support/world';

/**
 * Oracle feeds from the attacker's side, over HTTP on the embedded ledger: signatures from keys outside the
 * signer set, one signer counted twice, a signature lifted onto another value or another signer, rounds and feed
 * changes from the wrong role or org, oversized values. Each refusal is shown to change nothing: the ledger cut
 * no block, and the read model (the feed, its rounds, its value) reads back the same at that height.
 */
describe('oracle feeds, from the attacker\'s side', () => {
  let h: Harness;
  const MINUTE = 60_000;
  const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
  const outsiders = [newReportSigner(), newReportSigner(), newReportSigner()];
  const [a, b, c] = signers as [ReportSigner, ReportSigner, ReportSigner, ReportSigner];
  const definition = {
    kind: 'index', base: 'STOXX50', quote: 'EUR', decimals: 2, maxAgeMs: 10 * MINUTE, maxDeviationBps: 2000,
    band: { min: '100000', max: '1000000' }, signers: signers.map((s) => s.publicKey), f: 1,
  };
  let digest = '';
  const round = (roundId: number) => ({ feedId: 'SX5E', configDigest: digest, roundId });
  const submit = (actor: Actor, body: { feedId: string } & Record<string, unknown>) => {
    const { feedId: _f, ...rest } = body;
    return call(h, actor, 'POST', '/v1/oracles/feeds/SX5E/rounds', rest);
  };

  beforeAll(async () => {
    h = await startHarness();
    await governed(h, 'PUT', '/v1/oracles/feeds/SX5E', { definition });
    h.clock.advance(MINUTE);
    await projectionCaughtUp(h);
    digest = String((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/SX5E')).body.digest);
    await ok(h, cast.agent, 'POST', '/v1/oracles/feeds/SX5E/rounds', (({ feedId: _f, ...rest }) => rest)(signedReport([a, b, c], round(1), [450000n], h.clock.now - 1000)));
    h.clock.advance(MINUTE);
  });
  afterAll(() => h.close());

  /** The ledger's height, and what the read model shows at it. */
  async function everything(): Promise<unknown> {
    await projectionCaughtUp(h);
    const height = await h.ledger.height();
    const read = (url: string) => ok(h, cast.regulator, 'GET', `${url}${url.includes('?') ? '&' : '?'}position=${height}`).then((r) => r.body);
    return { height, feed: await read('/v1/oracles/feeds/SX5E'), rounds: await read('/v1/oracles/feeds/SX5E/rounds'), value: await read(`/v1/oracles/feeds/SX5E/value?at=${h.clock.now}`), changes: await read('/v1/consortium/changes') };
  }

  async function expectRefusedUnchanged(attempt: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, code: string): Promise<void> {
    const before = await everything();
    expect(await attempt()).toMatchObject({ status, body: { error: { code } } });
    expect(await everything()).toEqual(before);
  }

  it('refuses a report signed by keys outside the signer set (422 ST2-ORACLE-UNKNOWN-SIGNER), changing nothing', async () => {
    await expectRefusedUnchanged(() => submit(cast.agent, signedReport(outsiders, round(2), [460000n], h.clock.now - 1000)), 422, 'ST2-ORACLE-UNKNOWN-SIGNER');
  });

  it('refuses one signer counted twice (422 ST2-ORACLE-DUPLICATE-SIGNER), even with two different values signed, changing nothing', async () => {
    const twice = [signObservation(a, round(2), 460000n, h.clock.now - 1000), signObservation(a, round(2), 460001n, h.clock.now - 900), signObservation(b, round(2), 460000n, h.clock.now - 1000)];
    await expectRefusedUnchanged(() => submit(cast.agent, { ...round(2), observations: twice }), 422, 'ST2-ORACLE-DUPLICATE-SIGNER');
  });

  it('refuses a signature lifted onto another value or claimed for another signer (422 ST2-ORACLE-BAD-SIGNATURE), changing nothing', async () => {
    const honest = signedReport([a, b, c], round(2), [460000n], h.clock.now - 1000);
    const [first, second, third] = honest.observations as [object, object, { signature: string }];
    await expectRefusedUnchanged(() => submit(cast.agent, { ...honest, observations: [first, second, { ...third, value: '999999' }] }), 422, 'ST2-ORACLE-BAD-SIGNATURE');
    await expectRefusedUnchanged(() => submit(cast.agent, { ...honest, observations: [first, second, { ...third, signer: signers[3]?.publicKey }] }), 422, 'ST2-ORACLE-BAD-SIGNATURE');
  });

  it('refuses two genuine signatures and an outsider\'s as the third (422 ST2-ORACLE-UNKNOWN-SIGNER), and two alone (422 ST2-ORACLE-QUORUM)', async () => {
    await expectRefusedUnchanged(() => submit(cast.agent, signedReport([a, b, outsiders[0] as ReportSigner], round(2), [460000n], h.clock.now - 1000)), 422, 'ST2-ORACLE-UNKNOWN-SIGNER');
    await expectRefusedUnchanged(() => submit(cast.agent, signedReport([a, b], round(2), [460000n], h.clock.now - 1000)), 422, 'ST2-ORACLE-QUORUM');
  });

  it('refuses rounds relayed by an investor, a custodian or the regulator (403), changing nothing', async () => {
    const report = signedReport([a, b, c], round(2), [460000n], h.clock.now - 1000);
    for (const actor of [cast.alice, cast.custodian, cast.regulator]) await expectRefusedUnchanged(() => submit(actor, report), 403, 'ST2-UNAUTHORIZED');
  });

  it('refuses a feed change by an admin of an org that does not administer the consortium, and by an agent (403), changing nothing', async () => {
    const custodianAdmin = { role: 'admin', id: 'custodian-admin', org: 'custodian' } as const;
    const hijack = { definition: { ...definition, signers: outsiders.map((s) => s.publicKey).concat(signers[0]?.publicKey ?? '') } };
    await expectRefusedUnchanged(() => call(h, custodianAdmin, 'PUT', '/v1/oracles/feeds/SX5E', hijack), 403, 'ST2-UNAUTHORIZED');
    await expectRefusedUnchanged(() => call(h, cast.agent, 'PUT', '/v1/oracles/feeds/SX5E', hijack), 403, 'ST2-UNAUTHORIZED');
  });

  it('refuses an oversized value and a malformed signature (400 ST2-INVALID-INPUT), changing nothing', async () => {
    const honest = signedReport([a, b, c], round(2), [460000n], h.clock.now - 1000);
    const [first, second, third] = honest.observations as [object, object, object];
    await expectRefusedUnchanged(() => submit(cast.agent, { ...honest, observations: [first, second, { ...third, value: '9'.repeat(39) }] }), 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(() => submit(cast.agent, { ...honest, observations: [first, second, { ...third, signature: 'zz' }] }), 400, 'ST2-INVALID-INPUT');
  });

  it('still accepts the honest report afterwards', async () => {
    const accepted = await submit(cast.agent, signedReport([a, b, c], round(2), [460000n], h.clock.now - 1000));
    expect(accepted).toMatchObject({ status: 201, body: { events: [expect.objectContaining({ type: 'OracleRoundRecorded' })] } });
  });
});
