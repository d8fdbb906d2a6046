/** @type {import('jest').Config} */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];

// ESM-only dependencies of light-my-request (Fastify's inject) and @fastify/static (Swagger UI), and of
// openapi-typescript (the typed client's generator), which Jest's CommonJS runtime cannot load untransformed.
const ESM_ONLY = ['cookie', 'content-disposition', 'parse-json', 'index-to-position', 'supports-color', 'change-case'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swc },
  // Also where npm nests one under a dependency (openapi-typescript/node_modules/parse-json).
  transformIgnorePatterns: [`/node_modules/(?!(.*/node_modules/)?(${ESM_ONLY.join('|')})/)`],
  // Tests run against the TypeScript sources, not the compiled dist/.
  moduleNameMapper: {
    '^@st2/chaincode$': '<rootDir>/chaincode/src/index.ts',
    '^@st2/chaincode/dist/(.*)$': '<rootDir>/chaincode/src/$1',
    '^@st2/gateway$': '<rootDir>/gateway/src/index.ts',
    '^@st2/gateway/dist/(.*)$': '<rootDir>/gateway/src/$1',
    '^@st2/circuits$': '<rootDir>/circuits/lib/index.ts',
    '^@st2/circuits/dist/(.*)$': '<rootDir>/circuits/lib/$1',
  },
  setupFiles: ['<rootDir>/test/setup-env.js'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // A hang guard, not a speed claim: a ledger-heavy test that takes 3 s alone took 34 s beside the Fabric suites in CI.
  testTimeout: 120000,
  // One test file at a time, as always (the Fabric suites share ports and machines), but in a worker process that
  // is replaced once it holds more than this after a file: run in band, the ~190 files' leftovers (modules, LevelDB
  // and gRPC buffers) grew one heap to V8's 4 GB limit. Jest runs in band only when no limit is set.
  maxWorkers: 1,
  workerIdleMemoryLimit: '1536MB',
};
