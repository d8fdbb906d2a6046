// Until the root jest.config.js transforms them: ESM-only dependencies of light-my-request (app.inject) and
// @fastify/static (Swagger UI) that Jest's CommonJS runtime cannot require. Run: npx jest -c test/gateway/jest.config.js
const path = require('node:path');
const root = require('../../jest.config.js');
const ESM_ONLY = ['cookie', 'content-disposition'];
const swc = root.transform['^.+\\.ts$'];
module.exports = {
  ...root,
  rootDir: path.join(__dirname, '../..'),
  roots: ['<rootDir>/test/gateway'],
  transform: { ...root.transform, [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  // These suites never start a Fabric network, so they must never stop one (someone else's may be running).
  globalSetup: undefined,
  globalTeardown: undefined,
};
