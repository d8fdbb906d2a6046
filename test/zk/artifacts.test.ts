import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CIRCUIT_NAMES,
  CIRCUITS_ROOT,
  PUBLIC_SIGNAL_COUNT,
  hashSources,
  includeClosure,
  manifestMismatches,
  readManifest,
  readVerificationKey,
  type Manifest,
} from '../../circuits/lib';

// Pinned so that a change that inflates a circuit is seen in review. Updating a number here is
// fine when the change is intended; the transfer budget is at most 45,000.
const CONSTRAINTS = { mint: 5203, transfer: 22197, redeem: 6321 } as const;

describe('circuit artifacts', () => {
  const manifest = readManifest();

  it('were built from the circuit sources as they are now (else run npm run circuits:setup)', () => {
    expect(manifestMismatches(manifest)).toEqual([]);
  });

  it('record circomlib files as well as st2 sources', () => {
    const names = Object.keys(manifest.sources);
    expect(names).toEqual(expect.arrayContaining(['src/transfer.circom', 'src/templates/merkle.circom', 'circomlib/circuits/poseidon.circom']));
  });

  it('report a source that changed, appeared or vanished since the setup', () => {
    const changed = 'src/templates/merkle.circom';
    const edited: Manifest = { ...manifest, sources: { ...manifest.sources, [changed]: '0'.repeat(64), 'src/gone.circom': '1'.repeat(64) } };
    delete edited.sources['src/mint.circom'];
    expect(manifestMismatches(edited)).toEqual(
      expect.arrayContaining([
        `source ${changed} changed since the artifacts were built`,
        'source src/gone.circom is in the manifest but missing',
        'source src/mint.circom is not in the manifest',
      ]),
    );
  });

  it('hash sources exactly like sha256 of the file bytes', () => {
    const file = path.join(CIRCUITS_ROOT, 'src', 'transfer.circom');
    expect(hashSources()['src/transfer.circom']).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(includeClosure(file)).toContain(path.join(CIRCUITS_ROOT, 'src', 'templates', 'spend.circom'));
  });

  it('have the pinned constraint counts, the transfer within its 45k budget', () => {
    const counts = Object.fromEntries(CIRCUIT_NAMES.map((c) => [c, manifest.circuits[c].constraints]));
    expect(counts).toEqual(CONSTRAINTS);
    expect(CONSTRAINTS.transfer).toBeLessThanOrEqual(45_000);
  });

  it('give every public signal a verification-key term that is not the point at infinity, so the proof binds each (the openings digest last)', async () => {
    for (const circuit of CIRCUIT_NAMES) {
      const { IC } = await readVerificationKey(circuit);
      expect(IC).toHaveLength(PUBLIC_SIGNAL_COUNT[circuit] + 1);
      // snarkjs writes projective [x, y, z]; z = 0 is the point at infinity.
      expect(IC.filter((point) => point[2] === '0')).toEqual([]);
    }
  });

  it('have verification keys for exactly the public signals the library encodes', async () => {
    for (const circuit of CIRCUIT_NAMES) {
      const key = await readVerificationKey(circuit);
      expect({ circuit, nPublic: key.nPublic, curve: key.curve }).toEqual({ circuit, nPublic: PUBLIC_SIGNAL_COUNT[circuit], curve: 'bn128' });
    }
  });
});
