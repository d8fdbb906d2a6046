import 'reflect-metadata';

export * from './domain';
export * from './wire/rejection-message';
export * from './wire/codec';
export * from './wire/inputs';
export * from './wire/opening-cipher';
export * from './wire/custody-transient';
export * from './contracts';
export { ConfidentialCommandSchemas } from './domain/confidential/commands';
