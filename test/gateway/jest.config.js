// The gateway suites alone, without the root's Fabric global setup/teardown: these suites never start a
// network, so they must never stop one that a concurrent run started. Run: npx jest -c test/gateway/jest.config.js
const path = require('node:path');
const root = require('../../jest.config.js');
module.exports = { ...root, rootDir: path.join(__dirname, '../..'), roots: ['<rootDir>/test/gateway'], globalSetup: undefined, globalTeardown: undefined };
