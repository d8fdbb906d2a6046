export * from './rate';
export * from './statistics';
export * from './return-series';
export * from './metrics';
export * from './performance-report';
export * from './concentration';
export * from './valuation-inputs';
