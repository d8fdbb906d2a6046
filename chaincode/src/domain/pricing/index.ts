export * from './valuation-error';
export * from './annual-rate';
export * from './solver';
export * from './bond';
