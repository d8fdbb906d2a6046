// Writes circuits/artifacts/manifest.json after a setup: source and artifact hashes (from the
// compiled library, so the test that checks the manifest hashes exactly the same way) and
// constraint counts read from the r1cs files. Usage: node write-manifest.js <build dir>
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { r1cs } = require('snarkjs');
const { CIRCUIT_NAMES, MANIFEST_PATH, hashSources, hashArtifacts } = require('../dist/index.js');

// snarkjs exports no package.json, so versions are read from the installed packages directly.
function versionOf(pkg) {
  return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

async function main(buildDir) {
  const circuits = {};
  for (const name of CIRCUIT_NAMES) {
    const info = await r1cs.info(path.join(buildDir, name, `${name}.r1cs`));
    circuits[name] = { constraints: info.nConstraints, artifacts: hashArtifacts(name) };
  }
  const manifest = {
    sources: hashSources(),
    circomlibVersion: versionOf('circomlib'),
    compiler: `circom2 ${versionOf('circom2')} --O2, snarkjs ${versionOf('snarkjs')}`,
    circuits,
  };
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`    wrote ${MANIFEST_PATH}`);
}

main(process.argv[2]).then(
  () => process.exit(0), // snarkjs keeps worker threads alive
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
