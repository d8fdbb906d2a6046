import { REASON_CODES, ROLES, type ReasonCode } from '@st2/chaincode';
import { statusOf } from '../../gateway/src/errors/catalog';
import { cast } from '../gateway/support/cast';
import { startHarness, type Harness } from '../gateway/support/harness';
import { call, ok, standardWorld } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';

/** Log lines the app wrote (pino JSON), to check what reached the error level. */
function logSink() {
  const lines: { level: number; msg?: string }[] = [];
  return { lines, logger: { level: 'info', stream: { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg?: string }) } } };
}
const ERROR_LEVEL = 50;

describe('status codes: one table, symmetric answers, quiet refusals', () => {
  it('gives every reason code a status of its class: 400, 401, 403, 404, 409, 422, 429, 503 (and 500 only for the gateway\'s own fault)', () => {
    const statuses = new Set((Object.keys(REASON_CODES) as ReasonCode[]).map(statusOf));
    expect([...statuses].every((status) => [400, 403, 404, 409, 422, 503].includes(status))).toBe(true);
    expect(statusOf('ST2-INVALID-INPUT')).toBe(400);
    expect(statusOf('ST2-UNAUTHENTICATED')).toBe(401);
    expect(statusOf('ST2-UNAUTHORIZED')).toBe(403);
    expect(statusOf('ST2-NOT-FOUND')).toBe(404);
    expect(['ST2-ALREADY-EXISTS', 'ST2-DUPLICATE-REQUEST', 'ST2-MVCC-CONFLICT'].map((code) => statusOf(code as ReasonCode))).toEqual([409, 409, 409]);
    expect(statusOf('ST2-KYC-MISSING')).toBe(422);
    expect(statusOf('ST2-RATE-LIMITED')).toBe(429);
    expect(statusOf('ST2-UNAVAILABLE')).toBe(503);
  });

  describe('on a gateway', () => {
    let h: Harness;
    const sink = logSink();
    beforeAll(async () => {
      h = await startHarness({ app: { logger: sink.logger } });
      await standardWorld(h);
    });
    afterAll(() => h.close());

    it('answers pause on a paused security and unpause on an active one alike (422), changing nothing', async () => {
      const active = await call(h, cast.agent, 'POST', '/v1/securities/ACME/unpause');
      expect(active).toMatchObject({ status: 422, body: { error: { code: 'ST2-NOT-PAUSED' } } });
      await ok(h, cast.agent, 'POST', '/v1/securities/ACME/pause');
      const before = await ledgerView(h);
      const paused = await call(h, cast.agent, 'POST', '/v1/securities/ACME/pause');
      expect(paused).toMatchObject({ status: 422, body: { error: { code: 'ST2-PAUSED' } } });
      expect(await ledgerView(h)).toEqual(before);
      await ok(h, cast.agent, 'POST', '/v1/securities/ACME/unpause');
    });

    it('answers freezing more than is free and unfreezing more than is frozen alike (422), changing nothing', async () => {
      await ok(h, cast.agent, 'POST', '/v1/identities/alice/freeze', { securityId: 'ACME', amount: '100' });
      const before = await ledgerView(h);
      const freeze = await call(h, cast.agent, 'POST', '/v1/identities/alice/freeze', { securityId: 'ACME', amount: '901' });
      const unfreeze = await call(h, cast.agent, 'POST', '/v1/identities/alice/unfreeze', { securityId: 'ACME', amount: '101' });
      expect(freeze).toMatchObject({ status: 422, body: { error: { code: 'ST2-INSUFFICIENT-BALANCE' } } });
      expect(unfreeze).toMatchObject({ status: 422, body: { error: { code: 'ST2-NOT-FROZEN' } } });
      expect(await ledgerView(h)).toEqual(before);
    });

    it('logs none of the expected refusals at error level', () => {
      expect(sink.lines.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
      expect(sink.lines.some((line) => line.msg?.includes('not paused'))).toBe(true);
    });
  });

  describe('a refused private-data read', () => {
    // A misconfigured gateway that lets a bank's token hold the regulator role gets past the role gate, so the
    // read reaches the ledger, which refuses it: the org's peer is not a member of the audit collection.
    let h: Harness;
    const sink = logSink();
    beforeAll(async () => {
      h = await startHarness({ app: { logger: sink.logger }, auth: { servedOrgs: [{ mspId: 'Bank1MSP', roles: [...ROLES] }, { mspId: 'RegulatorMSP', roles: ['regulator'] }, { mspId: 'Bank2MSP', roles: [...ROLES] }] } });
      await standardWorld(h);
    });
    afterAll(() => h.close());

    it('is 403 ST2-UNAUTHORIZED, without Retry-After, internal message or error log', async () => {
      const reply = await call(h, { role: 'regulator', id: 'regulator', org: 'bank1' }, 'GET', '/v1/identities/bob');
      expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
      expect(reply.headers['retry-after']).toBeUndefined();
      expect(JSON.stringify(reply.body)).not.toMatch(/privatedata|collection|chaincode/i);
      expect(reply.body).not.toHaveProperty('record');
      expect(sink.lines.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
    });
  });

  describe('a ledger that is down', () => {
    it('is 503 ST2-UNAVAILABLE with Retry-After and none of the ledger\'s own words', async () => {
      const h = await startHarness();
      try {
        await standardWorld(h);
        await h.ledger.close();
        const reply = await call(h, cast.alice, 'POST', '/v1/transfers', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' });
        expect(reply).toMatchObject({ status: 503, body: { error: { code: 'ST2-UNAVAILABLE', message: 'The ledger is unavailable; retry shortly.' } } });
        expect(reply.headers['retry-after']).toBe('1');
        expect(JSON.stringify(reply.body)).not.toMatch(/embedded|closed/);
      } finally {
        await h.close();
      }
    });
  });
});
