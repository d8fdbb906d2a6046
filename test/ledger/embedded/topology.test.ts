import { join } from 'node:path';
import { loadTopology, parseTopology, TopologyError } from '../../../gateway/src/ledger/embedded';

describe('embedded ledger topology', () => {
  it('reads network/topology.json: channel, chaincode, every org with its MSP id, roles and consortium-administrator status, the collections', async () => {
    const topology = await loadTopology(join(__dirname, '../../../network/topology.json'));
    expect(topology.channel).toEqual(expect.any(String));
    expect(topology.chaincode).toEqual(expect.any(String));
    expect(topology.orgs.length).toBeGreaterThan(0);
    for (const org of topology.orgs) expect(org).toEqual({ name: expect.any(String), mspId: expect.any(String), roles: expect.any(Array), consortiumAdmin: expect.any(Boolean), kind: expect.any(String) });
    expect(topology.orgs.find((org) => org.name === 'regulator')).toMatchObject({ roles: ['regulator'], consortiumAdmin: false, kind: 'regulator' });
    expect(topology.orgs.filter((org) => org.roles.includes('cash-issuer')).map((org) => org.name)).toEqual(['bank1']);
    for (const collection of Object.values(topology.collections)) {
      for (const member of collection.members) expect(topology.orgs.map((org) => org.name)).toContain(member);
    }
  });

  it('refuses a collection whose members are not orgs of the topology', () => {
    const withTypo = { channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1', mspId: 'Bank1MSP' }], collections: { audit: { members: ['regualtor'] } } };
    expect(() => parseTopology(withTypo)).toThrow(TopologyError);
    expect(() => parseTopology(withTypo)).toThrow('topology.collections.audit.members names unknown orgs: regualtor');
  });

  it('reads an org without roles as granting none and administering nothing (fail closed), and refuses a malformed one', () => {
    const bare = parseTopology({ channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1', mspId: 'Bank1MSP' }] });
    expect(bare.orgs[0]).toEqual({ name: 'bank1', mspId: 'Bank1MSP', roles: [], consortiumAdmin: false });
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1', mspId: 'Bank1MSP', consortiumAdmin: 'yes' }] })).toThrow('topology.orgs[0].consortiumAdmin must be a boolean');
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1', mspId: 'Bank1MSP', roles: 'admin' }] })).toThrow('topology.orgs[0].roles must be an array');
  });

  it('refuses a topology without orgs, with an org lacking its MSP id, or with two orgs sharing one', () => {
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [] })).toThrow('at least one org');
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1' }] })).toThrow('topology.orgs[0].mspId must be a non-empty string');
    const twice = { name: 'bank1', mspId: 'Bank1MSP' };
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [twice, { ...twice, name: 'bank2' }] })).toThrow('must not repeat an org name or an MSP id');
  });
});
