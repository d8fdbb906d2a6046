import { status, type ServiceError } from '@grpc/grpc-js';
import { EndorseError, GatewayError } from '@hyperledger/fabric-gateway';
import { chooseEndorsers, EndorserOutages, majorityOf, privateEndorsers, unavailableOrgs } from '../../../gateway/src/ledger/fabric/endorsers';

const ENDORSERS = ['Bank1MSP', 'Bank2MSP', 'CustodianMSP'];
const choose = (callerOrg: string, down: string[], transient: boolean) => chooseEndorsers({ callerOrg, endorsers: ENDORSERS, down: new Set(down), transient });

// The endorser choice of the Fabric backend (test/fabric/endorser-outage.test.ts meets it on real peers).
describe('which orgs endorse a submit while some are down', () => {
  it('needs a majority of the endorsing orgs', () => {
    expect(majorityOf(ENDORSERS)).toBe(2);
    expect(majorityOf([...ENDORSERS, 'Bank3MSP'])).toBe(3);
  });

  it('leaves a plain submit to the gateway’s discovery while every endorser is healthy', () => {
    expect(choose('Bank1MSP', [], false)).toBeUndefined();
    expect(choose('RegulatorMSP', ['RegulatorMSP'], false)).toBeUndefined();
  });

  it('names the healthy endorsers, the caller’s org first, when one is down and the rest make a majority', () => {
    expect(choose('Bank1MSP', ['Bank1MSP'], false)).toEqual(['Bank2MSP', 'CustodianMSP']);
    expect(choose('CustodianMSP', ['Bank2MSP'], false)).toEqual(['CustodianMSP', 'Bank1MSP']);
    expect(choose('Bank1MSP', ['Bank1MSP', 'Bank2MSP'], false)).toBeUndefined();
  });

  it('keeps the caller’s org for transient data and adds only healthy others, never more than every endorser', () => {
    expect(choose('Bank1MSP', [], true)).toEqual(['Bank1MSP', 'Bank2MSP', 'CustodianMSP']);
    expect(choose('Bank2MSP', ['Bank1MSP'], true)).toEqual(['Bank2MSP', 'CustodianMSP']);
    // Its own org down: still named, so the submit fails at endorsement instead of being ordered without it.
    expect(choose('Bank1MSP', ['Bank1MSP'], true)).toEqual(['Bank1MSP', 'Bank2MSP', 'CustodianMSP']);
    expect(choose('Bank1MSP', ['Bank2MSP', 'CustodianMSP'], true)).toEqual(['Bank1MSP', 'Bank2MSP', 'CustodianMSP']);
  });
});

describe('which orgs failed an endorsement for want of a peer or chaincode server', () => {
  const endorseError = (details: [string, string][], message = 'failed to collect enough transaction endorsements, see attached details for more info') => new EndorseError({
    code: status.ABORTED, cause: new Error('aborted') as ServiceError, transactionId: 'tx1', message,
    details: details.map(([mspId, detail]) => ({ address: 'peer:7051', mspId, message: detail })),
  });

  it('names the orgs whose peer could not reach its chaincode server or could not be reached', () => {
    const error = endorseError([
      ['Bank1MSP', 'error in simulation: failed to execute transaction 78b1: could not launch chaincode st2_1:e3f9: connection refused'],
      ['Bank2MSP', 'chaincode response 500, ST2-INSUFFICIENT-BALANCE: Balance 1 is lower than 2. ⟨{"balance":"1"}⟩'],
      ['CustodianMSP', 'ProposalResponsePayloads do not match'],
    ]);
    expect(unavailableOrgs(error)).toEqual(new Set(['Bank1MSP']));
  });

  it('reads the orgs a gateway found no live peer of', () => {
    const error = new GatewayError({ code: status.UNAVAILABLE, cause: new Error('unavailable') as ServiceError, message: 'failed to find any endorsing peers for org(s): Bank2MSP, CustodianMSP', details: [] });
    expect(unavailableOrgs(error)).toEqual(new Set(['Bank2MSP', 'CustodianMSP']));
  });

  it('names none for other errors', () => {
    expect(unavailableOrgs(new Error('connection closed'))).toEqual(new Set());
    expect(unavailableOrgs(endorseError([['Bank1MSP', 'access denied: channel [securities] creator org unknown']]))).toEqual(new Set());
  });
});

describe('the memory of recent outages', () => {
  it('forgets an org once its time is up, so a recovered org endorses again', () => {
    let now = 1_000;
    const outages = new EndorserOutages(5_000, () => now);
    outages.failed(['Bank1MSP']);
    now += 4_999;
    expect(outages.down()).toEqual(new Set(['Bank1MSP']));
    now += 1;
    expect(outages.down()).toEqual(new Set());
  });
});

describe('which orgs endorse a write whose transient data is private to a trade\'s parties', () => {
  it('names the parties\' orgs alone when they are healthy and make a majority, so no other peer receives the data', () => {
    expect(privateEndorsers(['CustodianMSP', 'Bank1MSP'], ENDORSERS, new Set())).toEqual(['Bank1MSP', 'CustodianMSP']);
  });

  it('falls back to the usual choice when the parties are too few (one org, or the regulator) or one of them is down', () => {
    expect(privateEndorsers(['CustodianMSP', 'CustodianMSP'], ENDORSERS, new Set())).toBeUndefined();
    expect(privateEndorsers(['CustodianMSP', 'RegulatorMSP'], ENDORSERS, new Set())).toBeUndefined();
    expect(privateEndorsers(['CustodianMSP', 'Bank1MSP'], ENDORSERS, new Set(['Bank1MSP']))).toBeUndefined();
  });
});
