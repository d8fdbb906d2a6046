export { buildApp, type App, type AppOptions, type RateLimitSettings, type PressureSettings } from './app';
export { ROUTES, type Route, type Method } from './routes/table';
export { signDevToken } from './auth/dev-tokens';
export { loadOrCreateDevKeys, type DevKeys } from './auth/dev-keys';
export type { TokenClaims, Principal } from './auth/principal';
export * from './ledger/ledger';
export { createSt2Client, type St2Client, type St2ClientOptions, type paths as St2Paths, type components as St2Components } from './client';
