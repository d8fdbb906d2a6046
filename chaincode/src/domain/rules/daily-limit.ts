import { dailyLimitsOf, windowLimitRule } from './window-limit';

/** A holder may send at most the daily limit per UTC day: the one-day window limit, with its own code. */
export const dailyLimit = windowLimitRule('daily-limit', 'ST2-DAILY-LIMIT', dailyLimitsOf);
