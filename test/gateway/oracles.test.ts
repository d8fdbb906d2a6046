import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, governed, ok } from './support/world';

const MINUTE = 60_000;
const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
const definition = {
  kind: 'price', base: 'ACME', quote: 'EUR', decimals: 2, maxAgeMs: 10 * MINUTE, maxDeviationBps: 1000,
  band: { min: '1000', max: '100000' }, signers: signers.map((s) => s.publicKey), f: 1,
};

/** Oracle feeds over HTTP: set by two administrator orgs, rounds relayed by an agent, values read with a status. */
describe('oracle feeds over HTTP', () => {
  let h: Harness;
  const digest = async () => {
    await projectionCaughtUp(h);
    return String((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR')).body.digest);
  };
  const report = async (roundId: number, value: bigint) => signedReport(signers.slice(0, 3), { feedId: 'ACME-EUR', configDigest: await digest(), roundId }, [value], h.clock.now - 1000);
  const submit = async (roundId: number, value: bigint) => {
    const { feedId: _f, ...body } = await report(roundId, value);
    return call(h, cast.agent, 'POST', '/v1/oracles/feeds/ACME-EUR/rounds', body);
  };
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), feed: (await call(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR')).body, rounds: (await call(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/rounds')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await governed(h, 'PUT', '/v1/oracles/feeds/ACME-EUR', { definition });
    h.clock.advance(MINUTE);
  });
  afterAll(() => h.close());

  it('lists the feed, version 1, with the digest signers sign for', async () => {
    await projectionCaughtUp(h);
    const list = (await ok(h, cast.regulator, 'GET', '/v1/oracles/feeds')).body;
    expect(list).toMatchObject({ items: [{ id: 'ACME-EUR', version: 1, lastRoundId: 0, definition: { band: { min: '1000', max: '100000' } } }], nextCursor: null });
    expect(await digest()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads stale before the first round', async () => {
    expect((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/value')).body).toMatchObject({ feedId: 'ACME-EUR', status: 'stale' });
  });

  it('records a round (201) and reads its value ok, with age and confidence width', async () => {
    const recorded = await submit(1, 10125n);
    expect(recorded).toMatchObject({ status: 201, body: { events: [expect.objectContaining({ type: 'OracleRoundRecorded', round: expect.objectContaining({ value: '10125', status: 'accepted' }) })] } });
    const value = (await ok(h, cast.alice, 'GET', `/v1/oracles/feeds/ACME-EUR/value?consistentWith=${String(recorded.body.txId)}`)).body;
    expect(value).toEqual({ feedId: 'ACME-EUR', status: 'ok', at: h.clock.now, round: { roundId: 1, value: '10125', low: '10125', high: '10125', observedAt: h.clock.now - 1000 }, ageMs: 1000, confidenceWidth: '0' });
    expect((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/rounds/1')).body).toMatchObject({ roundId: 1, configVersion: 1, signers: signers.slice(0, 3).map((s) => s.publicKey) });
  });

  it('answers stale past maxAge, and with strict=true refuses it (422 ST2-ORACLE-STALE)', async () => {
    expect((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/value?maxAge=500')).body).toMatchObject({ status: 'stale' });
    expect(await call(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/value?maxAge=500&strict=true')).toMatchObject({ status: 422, body: { error: { code: 'ST2-ORACLE-STALE', erc1066: { code: '0x46' } } } });
  });

  it('refuses a replayed round (409 ST2-ORACLE-ROUND-REPLAYED) and an out-of-band value (422 ST2-ORACLE-OUT-OF-BAND), changing nothing', async () => {
    h.clock.advance(MINUTE);
    const before = await state();
    expect(await submit(1, 10125n)).toMatchObject({ status: 409, body: { error: { code: 'ST2-ORACLE-ROUND-REPLAYED' } } });
    expect(await submit(2, 100001n)).toMatchObject({ status: 422, body: { error: { code: 'ST2-ORACLE-OUT-OF-BAND' } } });
    expect(await state()).toEqual(before);
  });

  it('refuses rounds from an investor and feed changes from an agent at the gateway (403)', async () => {
    const { feedId: _f, ...body } = await report(2, 10130n);
    expect(await call(h, cast.alice, 'POST', '/v1/oracles/feeds/ACME-EUR/rounds', body)).toMatchObject({ status: 403 });
    expect(await call(h, cast.agent, 'PUT', '/v1/oracles/feeds/ACME-EUR', { definition })).toMatchObject({ status: 403 });
  });

  it('quarantines a jump, keeps the value in use, and releases it by two administrator orgs', async () => {
    const jumped = await submit(2, 12000n);
    expect(jumped).toMatchObject({ status: 201, body: { events: [expect.objectContaining({ round: expect.objectContaining({ status: 'quarantined', deviationBps: 1852 }) })] } });
    await projectionCaughtUp(h);
    expect((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/value')).body).toMatchObject({ status: 'ok', round: { roundId: 1, value: '10125' } });
    await ok(h, cast.admin, 'POST', '/v1/oracles/feeds/ACME-EUR/rounds/2/release', {});
    const released = await ok(h, cast.admin2, 'POST', '/v1/consortium/changes/round:ACME-EUR:2/approve', {});
    expect(released.body.events).toEqual([expect.objectContaining({ type: 'ConsortiumChangeApproved', executed: true }), expect.objectContaining({ type: 'OracleRoundReleased', roundId: 2 })]);
    expect((await ok(h, cast.alice, 'GET', `/v1/oracles/feeds/ACME-EUR/value?consistentWith=${String(released.body.txId)}`)).body).toMatchObject({ status: 'ok', round: { roundId: 2, value: '12000' } });
  });

  it('reads the value at a past time: the round in use then', async () => {
    const rounds = (await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/rounds')).body as { items: { roundId: number; observedAt: number }[] };
    expect(rounds.items.map((r) => r.roundId)).toEqual([1, 2]);
    const firstAt = rounds.items[0]?.observedAt ?? 0;
    expect((await ok(h, cast.alice, `GET`, `/v1/oracles/feeds/ACME-EUR/value?at=${firstAt + 1}`)).body).toMatchObject({ at: firstAt + 1, round: { roundId: 1, value: '10125' } });
    expect((await ok(h, cast.alice, `GET`, `/v1/oracles/feeds/ACME-EUR/value?at=${firstAt - 1}`)).body).toEqual({ feedId: 'ACME-EUR', status: 'stale', at: firstAt - 1 });
  });

  it('answers 404 for an unknown feed or round', async () => {
    expect(await call(h, cast.alice, 'GET', '/v1/oracles/feeds/NOPE/value')).toMatchObject({ status: 404 });
    expect(await call(h, cast.alice, 'GET', '/v1/oracles/feeds/ACME-EUR/rounds/99')).toMatchObject({ status: 404 });
  });
});
