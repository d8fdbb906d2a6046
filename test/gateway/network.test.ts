import { readFileSync } from 'node:fs';
import { cast } from './support/cast';
import { startHarness, type Harness } from './support/harness';
import { call, ok, standardWorld } from './support/world';

const chaincodeVersion = (JSON.parse(readFileSync(require.resolve('@st2/chaincode/package.json'), 'utf8')) as { version: string }).version;

describe('GET /v1/network on the embedded ledger', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
  });
  afterAll(() => h.close());

  it('reports the embedded ledger as the member\'s one peer, at the chain\'s height, with the chaincode compiled in', async () => {
    const height = Number(await h.ledger.height());
    const { body } = await ok(h, cast.admin, 'GET', '/v1/network');
    expect(body).toMatchObject({
      backend: 'embedded', channel: h.topology.channel,
      chaincode: { name: h.topology.chaincode, version: chaincodeVersion, sequence: null },
      peers: [{ org: 'embedded', name: 'embedded ledger', height, healthy: true }],
    });
  });

  it('gives the gateway\'s height and the read model\'s lag behind it', async () => {
    const { body } = await ok(h, cast.regulator, 'GET', `/v1/network`);
    const gateway = body.gateway as { ready: boolean; height: number; readThrough: number; lagBlocks: number };
    expect(gateway.height).toBe(Number(await h.ledger.height()));
    expect(gateway.lagBlocks).toBe(gateway.height - 1 - gateway.readThrough);
  });

  it('refuses an investor and an issuer with ST2-UNAUTHORIZED, showing no height', async () => {
    for (const actor of [cast.alice, cast.issuer]) {
      const reply = await call(h, actor, 'GET', '/v1/network');
      expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(reply.body).not.toHaveProperty('peers');
    }
  });
});
