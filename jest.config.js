/** @type {import('jest').Config} */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  // Tests run against the TypeScript sources, not the compiled dist/.
  moduleNameMapper: {
    '^@st2/chaincode$': '<rootDir>/chaincode/src/index.ts',
    '^@st2/gateway$': '<rootDir>/gateway/src/index.ts',
    '^@st2/gateway/dist/(.*)$': '<rootDir>/gateway/src/$1',
  },
  setupFiles: ['<rootDir>/test/setup-env.js'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
