import { codec, debit, eventPayloadCodec, HoldingSchema, stateCodecs, TransferLimitSchema, windowCountersOf } from '@st2/chaincode';
import { Type } from '@sinclair/typebox';
import { Amount } from '@st2/chaincode';

describe('codec', () => {
  const holding = {
    securityId: 'ACME', holder: 'alice', balance: '12345678901234567890', frozen: false, frozenAmount: '0',
    lots: [{ amount: '12345678901234567890', acquiredAt: 1 }], windows: [{ windowMs: 86_400_000, start: 0, sent: '12345678901234567890', count: 1 }],
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

  it('still decodes a holding written before window counters, reading its daily counter as the one-day window', () => {
    const legacy = { ...holding, windows: undefined, day: 20458, sentToday: '40' };
    const parsed = stateCodecs.holding.parse(JSON.stringify(legacy));
    expect(windowCountersOf(parsed)).toEqual([{ windowMs: 86_400_000, start: 20458 * 86_400_000, sent: 40n, count: 0 }]);
  });

  it('writes the window counters, and no longer the legacy daily counter, once the holder sends', () => {
    const legacy = stateCodecs.holding.parse(JSON.stringify({ ...holding, windows: undefined, day: 20458, sentToday: '40' }));
    const sent = debit(legacy, 10n, 20458 * 86_400_000 + 1, [86_400_000]);
    expect(sent).not.toHaveProperty('sentToday');
    expect(sent.windows).toEqual([{ windowMs: 86_400_000, start: 20458 * 86_400_000, sent: 50n, count: 1 }]);
  });

  it('decodes amounts nested in records and unions as the schema walk does', () => {
    const schema = Type.Object({ byTopic: Type.Record(Type.String(), Type.Union([Type.Object({ kind: Type.Literal('a'), x: Amount }), Type.Object({ kind: Type.Literal('b'), x: Type.String() })])) });
    const text = '{"byTopic":{"p":{"kind":"a","x":"5"},"q":{"kind":"b","x":"5"}}}';
    expect(codec(schema).parse(text)).toEqual({ byTopic: { p: { kind: 'a', x: 5n }, q: { kind: 'b', x: '5' } } });
    expect(codec(schema).parse(text)).toEqual(codec(schema).decode(JSON.parse(text)));
  });

  it('encodes like TypeBox does, through discriminated unions and nullable amounts, without touching the value', () => {
    const payload = {
      v: 1 as const,
      events: [
        { type: 'HoldingFrozen' as const, v: 1 as const, at: 1, securityId: 'ACME', holder: 'bob', amount: 5n },
        { type: 'HoldingFrozen' as const, v: 1 as const, at: 1, securityId: 'ACME', holder: 'bob', amount: null },
        { type: 'Transferred' as const, v: 1 as const, at: 2, securityId: 'ACME', from: 'a', to: 'b', amount: 12345678901234567890n, forced: false },
      ],
    };
    const frozen = structuredClone(payload);
    expect(JSON.parse(eventPayloadCodec.stringify(payload))).toEqual(eventPayloadCodec.encode(payload));
    expect(JSON.parse(eventPayloadCodec.stringify(payload)).events.map((e: { amount: unknown }) => e.amount)).toEqual(['5', null, '12345678901234567890']);
    expect(payload).toEqual(frozen);
    expect(eventPayloadCodec.parse(eventPayloadCodec.stringify(payload))).toEqual(payload);
  });

  it('decodes event payloads with amounts inside a union of event types', () => {
    const payload = { v: 1, events: [{ type: 'Issued', v: 1, at: 1, securityId: 'ACME', to: 'alice', amount: '7' }] };
    expect(eventPayloadCodec.parse(JSON.stringify(payload)).events[0]).toMatchObject({ type: 'Issued', amount: 7n });
  });
  it('converts a union of object shapes told apart only by their fields (a limit on amount, count or both) as the schema walk does', () => {
    const limits = codec(Type.Array(TransferLimitSchema));
    const wire = [{ windowMs: 1000, maxAmount: '5' }, { windowMs: 1000, maxCount: 3 }, { windowMs: 1000, maxAmount: '7', maxCount: 2 }];
    const decoded = limits.parse(JSON.stringify(wire));
    expect(decoded).toEqual([{ windowMs: 1000, maxAmount: 5n }, { windowMs: 1000, maxCount: 3 }, { windowMs: 1000, maxAmount: 7n, maxCount: 2 }]);
    expect(decoded).toEqual(limits.decode(structuredClone(wire)));
    expect(JSON.parse(limits.stringify(decoded))).toEqual(wire);
    expect(() => limits.stringify([{ windowMs: 1000, maxCount: 3, maxAmount: -1n }])).toThrow(/^ST2-INVALID-INPUT/);
  });

  it('decodes a value it is handed into a copy, leaving the caller\'s value as it was', () => {
    const payload = { v: 1, events: [{ type: 'Issued', v: 1, at: 1, securityId: 'ACME', to: 'alice', amount: '7' }] };
    const kept = structuredClone(payload);
    expect(eventPayloadCodec.decode(payload).events[0]).toMatchObject({ amount: 7n });
    expect(payload).toEqual(kept);
  });
});
