import { join } from 'node:path';
import { loadTopology, parseTopology, TopologyError } from '../../../gateway/src/ledger/embedded';

describe('embedded ledger topology', () => {
  it('reads network/topology.json: channel, chaincode, every org with its MSP id, the collections', async () => {
    const topology = await loadTopology(join(__dirname, '../../../network/topology.json'));
    expect(topology.channel).toEqual(expect.any(String));
    expect(topology.chaincode).toEqual(expect.any(String));
    expect(topology.orgs.length).toBeGreaterThan(0);
    for (const org of topology.orgs) expect(org).toEqual({ name: expect.any(String), mspId: expect.any(String) });
    for (const collection of Object.values(topology.collections)) {
      for (const member of collection.members) expect(topology.orgs.map((org) => org.name)).toContain(member);
    }
  });

  it('refuses a collection whose members are not orgs of the topology', () => {
    const withTypo = { channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1', mspId: 'Bank1MSP' }], collections: { audit: { members: ['regualtor'] } } };
    expect(() => parseTopology(withTypo)).toThrow(TopologyError);
    expect(() => parseTopology(withTypo)).toThrow('topology.collections.audit.members names unknown orgs: regualtor');
  });

  it('refuses a topology without orgs, with an org lacking its MSP id, or with two orgs sharing one', () => {
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [] })).toThrow('at least one org');
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [{ name: 'bank1' }] })).toThrow('topology.orgs[0].mspId must be a non-empty string');
    const twice = { name: 'bank1', mspId: 'Bank1MSP' };
    expect(() => parseTopology({ channel: 'c', chaincode: 'cc', orgs: [twice, { ...twice, name: 'bank2' }] })).toThrow('must not repeat an org name or an MSP id');
  });
});
