import { ERC1066_EQUIVALENTS, ERC1066_STATUS, erc1066Of, REASON_CODES, type ReasonCode } from '@st2/chaincode';

const codes = Object.keys(REASON_CODES) as ReasonCode[];

describe('ERC-1066 equivalents of the reason codes', () => {
  it('names an equivalent, or says there is none, for every code of the catalog and nothing else', () => {
    expect(Object.keys(ERC1066_EQUIVALENTS).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('maps %s to a status code of the published table, with its description', (code) => {
    const status = erc1066Of(code);
    if (status === null) {
      expect(ERC1066_EQUIVALENTS[code]).toBeNull();
      return;
    }
    expect(status.code).toMatch(/^0x[0-9A-F]{2}$/);
    expect(status.description).toBe(ERC1066_STATUS[status.code]);
  });

  it('uses the standard’s own codes for the cases ERC-1400 integrators test first', () => {
    expect(erc1066Of('ST2-INSUFFICIENT-BALANCE')).toEqual({ code: '0x54', description: 'Insufficient Funds' });
    expect(erc1066Of('ST2-PAUSED')).toEqual({ code: '0x42', description: 'Paused' });
    expect(erc1066Of('ST2-LOCKUP')).toEqual({ code: '0x44', description: 'Not Available Yet' });
    expect(erc1066Of('ST2-UNAUTHORIZED')).toEqual({ code: '0x10', description: 'Disallowed or Stop' });
    expect(erc1066Of('ST2-DAILY-LIMIT')).toEqual({ code: '0x56', description: 'Transfer Volume Exceeded' });
  });

  it('leaves malformed input without an equivalent rather than inventing one', () => {
    expect(erc1066Of('ST2-INVALID-INPUT')).toBeNull();
  });
});
