export * from './calendar-date';
export * from './fraction';
export * from './day-count';
export * from './business-days';
export * from './coupon-schedule';
