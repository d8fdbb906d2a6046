import { MAX_PATH_LENGTH } from '@st2/chaincode';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, equity, governed, ok, standardWorld } from './support/world';

const DAY = 86_400_000;
const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
const definition = {
  kind: 'sanctions-list-root', base: 'SDN', quote: 'parties', decimals: 0, maxAgeMs: 7 * DAY, maxDeviationBps: 1_000_000,
  band: { min: '0', max: '1000000' }, signers: signers.map((s) => s.publicKey), f: 1,
};

/**
 * Sanctions screening over HTTP: the list publisher's gateway keeps the list, the feed's signers publish its
 * root as a round, holders fetch their proofs and attach them to a transfer of a screened security.
 */
describe('sanctions lists over HTTP', () => {
  let h: Harness;
  const proofOf = async (party: string) => (await ok(h, cast.alice, 'GET', `/v1/oracles/feeds/SDN/non-membership/${party}`)).body;
  const proofs = async (from: string, to: string) => {
    const [sender, recipient] = [await proofOf(from), await proofOf(to)];
    return { listVersion: recipient.listVersion, from: sender.proof as Record<string, unknown>, to: recipient.proof as Record<string, unknown> };
  };
  const state = async () => {
    await projectionCaughtUp(h);
    return { height: await h.ledger.height(), holders: (await ok(h, cast.regulator, 'GET', '/v1/securities/SCRN/holders')).body };
  };

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await governed(h, 'PUT', '/v1/oracles/feeds/SDN', { definition });
    await ok(h, cast.issuer, 'POST', '/v1/securities', { ...equity('SCRN'), rules: { requiredClaims: ['kyc'], sanctions: { feed: 'SDN', maxListAge: 86_400 } } });
  });
  afterAll(() => h.close());

  it('keeps a list on the publisher\'s gateway and answers its root, which the signers then publish as a round', async () => {
    await projectionCaughtUp(h);
    const held = await call(h, cast.agent, 'PUT', '/v1/oracles/feeds/SDN/sanctions-list', { parties: ['carol', 'mallory'] });
    expect(held).toMatchObject({ status: 201, body: { feedId: 'SDN', size: 2, root: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const digest = String((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/SDN')).body.digest);
    const { feedId: _f, ...round } = signedReport(signers.slice(0, 3), { feedId: 'SDN', configDigest: digest, roundId: 1, listRoot: String(held.body.root) }, [2n], h.clock.now - 1000);
    const recorded = await ok(h, cast.agent, 'POST', '/v1/oracles/feeds/SDN/rounds', round);
    expect(recorded.body.events).toEqual([expect.objectContaining({ round: expect.objectContaining({ listRoot: held.body.root, value: '2' }) })]);
  });

  it('gives an unlisted party its proof for the current version, and refuses a listed one (422 ST2-SANCTIONED)', async () => {
    await projectionCaughtUp(h);
    expect(await proofOf('alice')).toMatchObject({ feedId: 'SDN', party: 'alice', listVersion: 1, proof: { leafCount: 2 } });
    expect(await call(h, cast.alice, 'GET', '/v1/oracles/feeds/SDN/non-membership/carol')).toMatchObject({ status: 422, body: { error: { code: 'ST2-SANCTIONED' } } });
  });

  it('issues and transfers with proofs (201), each event naming the list version', async () => {
    const issued = await ok(h, cast.agent, 'POST', '/v1/securities/SCRN/issuances', { to: 'alice', amount: '100', sanctionsProofs: { listVersion: 1, to: (await proofOf('alice')).proof } });
    expect(issued.body.events).toEqual([expect.objectContaining({ type: 'Issued', sanctionsList: expect.objectContaining({ feedId: 'SDN', version: 1 }) })]);
    const sent = await ok(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'SCRN', from: 'alice', to: 'bob', amount: '10', sanctionsProofs: await proofs('alice', 'bob') });
    expect(sent.body.events).toEqual([expect.objectContaining({ type: 'Transferred', sanctionsList: expect.objectContaining({ version: 1 }) })]);
  });

  it('refuses a transfer without proofs (422 ST2-SANCTIONS-PROOF) and one to a listed party (422 ST2-SANCTIONED), changing nothing', async () => {
    const before = await state();
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'SCRN', from: 'alice', to: 'bob', amount: '1' })).toMatchObject({ status: 422, body: { error: { code: 'ST2-SANCTIONS-PROOF', erc1066: { code: '0x20' } } } });
    const { from } = await proofs('alice', 'bob');
    const bobs = (await proofOf('bob')).proof;
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'SCRN', from: 'alice', to: 'carol', amount: '1', sanctionsProofs: { listVersion: 1, from, to: bobs } })).toMatchObject({ status: 422, body: { error: { code: 'ST2-SANCTIONED', erc1066: { code: '0x16' } } } });
    expect(await state()).toEqual(before);
  });

  it(`refuses a proof path longer than ${MAX_PATH_LENGTH} hashes at the schema (400 ST2-INVALID-INPUT)`, async () => {
    const { listVersion, from, to } = await proofs('alice', 'bob');
    const long = { ...to, left: { index: 0, leaf: '0'.repeat(64), path: Array.from({ length: MAX_PATH_LENGTH + 1 }, () => 'a'.repeat(64)) } };
    expect(await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'SCRN', from: 'alice', to: 'bob', amount: '1', sanctionsProofs: { listVersion, from, to: long } })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
  });

  it('lets only admins and agents keep lists (403), of sanctions feeds only (400), of known feeds (404)', async () => {
    expect(await call(h, cast.alice, 'PUT', '/v1/oracles/feeds/SDN/sanctions-list', { parties: ['x'] })).toMatchObject({ status: 403 });
    await governed(h, 'PUT', '/v1/oracles/feeds/PX', { definition: { ...definition, kind: 'price', base: 'ACME', quote: 'EUR' } });
    await projectionCaughtUp(h);
    expect(await call(h, cast.agent, 'PUT', '/v1/oracles/feeds/PX/sanctions-list', { parties: ['x'] })).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    expect(await call(h, cast.agent, 'PUT', '/v1/oracles/feeds/NOPE/sanctions-list', { parties: ['x'] })).toMatchObject({ status: 404 });
  });

  it('answers 404 for a proof when this gateway does not hold the list behind the current root', async () => {
    await projectionCaughtUp(h);
    const digest = String((await ok(h, cast.alice, 'GET', '/v1/oracles/feeds/SDN')).body.digest);
    h.clock.advance(1000);
    const { feedId: _f, ...round } = signedReport(signers.slice(0, 3), { feedId: 'SDN', configDigest: digest, roundId: 2, listRoot: 'b'.repeat(64) }, [2n], h.clock.now - 500);
    await ok(h, cast.agent, 'POST', '/v1/oracles/feeds/SDN/rounds', round);
    await projectionCaughtUp(h);
    expect(await call(h, cast.alice, 'GET', '/v1/oracles/feeds/SDN/non-membership/alice')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });
});
