export * from './schema';
export * from './commands';
export * from './events';
export * from './slice';
export { confidentialRefsOf, decideConfidential, SEAL_BATCH } from './decide';
export { evolveConfidential, evolveAllConfidential } from './evolve';
export { allowlistLeaves } from './allowlist';
export { ROOT_WINDOW, allowlistRoot } from './tree';
