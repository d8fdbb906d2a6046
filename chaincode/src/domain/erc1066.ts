/**
 * The ERC-1066 status codes st2's reason codes map to, with the standard's own descriptions (the published
 * table, ethereum/ERCs ERCS/erc-1066.md). Only codes st2 uses are listed: a mapping can name nothing else.
 *
 * ERC-1400's reference implementation reuses 0x50-0x5F with meanings of its own (0x52 "insufficient balance",
 * 0x54 "transfers halted", 0x55 "funds locked"); st2 follows ERC-1066 as published, where those are
 * 0x54 Insufficient Funds, 0x42 Paused and 0x44 Not Available Yet.
 */
export const ERC1066_STATUS = {
  '0x04': 'Lower Limit or Insufficient',
  '0x06': 'Upper Limit',
  '0x10': 'Disallowed or Stop',
  '0x16': 'Revoked or Banned',
  '0x18': 'Not Applicable to Current State',
  '0x20': 'Not Found, Unequal, or Out of Range',
  '0x26': 'Above Range or Overflow',
  '0x28': 'Duplicate, Conflict, or Collision',
  '0x40': 'Unavailable',
  '0x42': 'Paused',
  '0x44': 'Not Available Yet',
  '0x46': 'Expired',
  '0x48': 'Already Done',
  '0x50': 'Transfer Failed',
  '0x51': 'Transfer Successful',
  '0x54': 'Insufficient Funds',
  '0x56': 'Transfer Volume Exceeded',
  '0xE0': 'Decrypt Failure',
  '0xE2': 'Awaiting Other Signatures or Keys',
  '0xE4': 'Unsigned or Untrusted',
} as const;

export type Erc1066Code = keyof typeof ERC1066_STATUS;

/** How a reason code appears next to its ERC-1066 equivalent, in the catalog and in error bodies. */
export interface Erc1066Status {
  readonly code: Erc1066Code;
  readonly description: (typeof ERC1066_STATUS)[Erc1066Code];
}

export function erc1066Status(code: Erc1066Code): Erc1066Status {
  return { code, description: ERC1066_STATUS[code] };
}
