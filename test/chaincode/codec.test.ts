import { codec, eventPayloadCodec, HoldingSchema, stateCodecs } from '@st2/chaincode';
import { Type } from '@sinclair/typebox';
import { Amount } from '@st2/chaincode';

describe('codec', () => {
  const holding = {
    securityId: 'ACME', holder: 'alice', balance: '12345678901234567890', frozen: false, frozenAmount: '0',
    lots: [{ amount: '12345678901234567890', acquiredAt: 1 }], day: 0, sentToday: '0',
  };

  it('parses stored JSON into bigints, also inside arrays of objects, and writes them back as decimal strings', () => {
    const parsed = stateCodecs.holding.parse(JSON.stringify(holding));
    expect(parsed.balance).toBe(12345678901234567890n);
    expect(parsed.lots[0]?.amount).toBe(12345678901234567890n);
    expect(JSON.parse(stateCodecs.holding.stringify(parsed))).toEqual(holding);
  });

  it('gives the same result on the fast path as the schema walk', () => {
    expect(stateCodecs.holding.parse(JSON.stringify(holding))).toEqual(codec(HoldingSchema).decode(holding));
  });

  it('refuses a record that does not fit the schema with ST2-INVALID-INPUT naming the path', () => {
    expect(() => stateCodecs.holding.parse(JSON.stringify({ ...holding, balance: '-1' }))).toThrow(/^ST2-INVALID-INPUT: Invalid input at \/balance/);
    expect(() => stateCodecs.holding.parse('{not json')).toThrow(/^ST2-INVALID-INPUT/);
  });

  it('falls back to the schema walk when an amount name is also a plain string elsewhere', () => {
    const ambiguous = codec(Type.Object({ a: Type.Object({ x: Amount }), b: Type.Object({ x: Type.String() }) }));
    expect(ambiguous.parse('{"a":{"x":"5"},"b":{"x":"5"}}')).toEqual({ a: { x: 5n }, b: { x: '5' } });
  });

  it('decodes event payloads with amounts inside a union of event types', () => {
    const payload = { v: 1, events: [{ type: 'Issued', v: 1, at: 1, securityId: 'ACME', to: 'alice', amount: '7' }] };
    expect(eventPayloadCodec.parse(JSON.stringify(payload)).events[0]).toMatchObject({ type: 'Issued', amount: 7n });
  });
});
