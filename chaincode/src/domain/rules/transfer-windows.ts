import { transferLimitsOf, windowLimitRule } from './window-limit';

/**
 * ERC-3643's TimeTransfersLimitsModule, for amounts and for number of transfers: each of the security's
 * `transferLimits` bounds what one identity sends per window (fixed windows aligned to the epoch, see
 * window-counters.ts).
 */
export const transferWindows = windowLimitRule('transfer-windows', 'ST2-WINDOW-LIMIT', transferLimitsOf);
