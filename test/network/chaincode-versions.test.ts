import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type ChaincodeSpec, definedVersion, packageFor, recordDefinition, servedSpec } from '../../scripts/network/src/chaincode';
import { fabricBins } from '../../scripts/network/src/fabric';
import { Layout } from '../../scripts/network/src/layout';
import { DEFAULT_TOPOLOGY_FILE, findOrg, loadTopology } from '../../scripts/network/src/topology';

/**
 * What `network:upgrade` leaves in state.json decides what `network:up` and a chaincode server's restart
 * run afterwards: the upgraded version's packages, on the slot its servers moved to. No network needed.
 */
const topology = loadTopology(DEFAULT_TOPOLOGY_FILE, 0);
const bank1 = findOrg(topology, 'bank1');
const spec: ChaincodeSpec = { name: 'st2', modulePath: '/nowhere', slot: 0 };

function network(): { layout: Layout; ctx: Parameters<typeof recordDefinition>[0] } {
  const layout = new Layout(mkdtempSync(join(tmpdir(), 'st2-versions-')));
  const ca = layout.chaincodeTls(bank1).ca;
  mkdirSync(dirname(ca), { recursive: true });
  writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n');
  return { layout, ctx: { topology, layout, bins: fabricBins('/no-fabric'), log: () => undefined } };
}

/** The address in a CCaaS package's connection.json (a tar.gz holding code.tar.gz). */
function packagedAddress(layout: Layout, packageId: string): string {
  const outer = gunzipSync(readFileSync(join(layout.chaincodePackageDir('st2', bank1), `${packageId.split(':')[0]}.tar.gz`)));
  const start = outer.indexOf(Buffer.from([0x1f, 0x8b]), outer.indexOf('code.tar.gz') + 512);
  const inner = gunzipSync(outer.subarray(start)).toString('utf8');
  return /"address": "([^"]+)"/.exec(inner)?.[1] ?? 'none';
}

describe('chaincode versions in the network state', () => {
  it('packages the first version on the spec’s own slot until an upgrade is recorded, and records nothing more for it', () => {
    const { layout, ctx } = network();
    expect(definedVersion(layout, 'st2')).toBe('1');
    expect(servedSpec(layout, spec)).toBe(spec);
    recordDefinition(ctx, spec, 1, '1');
    expect(JSON.parse(readFileSync(layout.state, 'utf8')).chaincodes.st2).toEqual({ sequence: 1, definitionHash: expect.any(String) });
    const id = packageFor(layout, spec, bank1);
    expect(id).toMatch(/^st2_1:[0-9a-f]{64}$/);
    expect(packagedAddress(layout, id)).toBe(`127.0.0.1:${bank1.peer.chaincodeServerPort}`);
  });

  it('serves an upgraded version from the slot it was recorded on, with that version’s package', () => {
    const { layout, ctx } = network();
    recordDefinition(ctx, { ...spec, slot: 5 }, 2, '2');
    expect(definedVersion(layout, 'st2')).toBe('2');
    const served = servedSpec(layout, spec);
    expect(served.slot).toBe(5);
    const id = packageFor(layout, served, bank1);
    expect(id).toMatch(/^st2_2:/);
    expect(packagedAddress(layout, id)).toBe(`127.0.0.1:${bank1.peer.chaincodeServerPort + 5}`);
    // A package of the same version and slot is the same package: `up` finds the upgrade's approvals.
    expect(packageFor(layout, served, bank1, '2')).toBe(id);
    expect(packageFor(layout, spec, bank1, '2')).not.toBe(id);
  });
});
