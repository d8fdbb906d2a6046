export * from './schema';
export * from './commands';
export * from './events';
export * from './slice';
export { confidentialRefsOf, decideConfidential, SEAL_BATCH } from './decide';
export { evolveConfidential, evolveAllConfidential } from './evolve';
export { allowlistSnapshot, type AllowlistSnapshot } from './allowlist';
export { UNENFORCEABLE_RULES, unenforceableRulesProblem } from './rules';
export { ROOT_WINDOW, allowlistRoot } from './tree';
