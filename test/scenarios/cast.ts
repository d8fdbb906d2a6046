import type { Caller } from '../../gateway/src/ledger/ledger';
import type { Backend } from './backend';

/**
 * The people of a scenario on a backend, with ids unique to this run (a real network keeps its state
 * between runs): admins and operators of both banks, a KYC provider, an issuer with its transfer agent, the regulator.
 */
export function scenarioCast(msp: Backend['msp'], prefix: string) {
  const run = `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const id = (name: string) => `${name}-${run}`;
  const as = (org: string, role: string, who: string): Caller => ({ org, role, id: who });
  const investor = (org: string, name: string) => as(org, 'investor', id(name));
  return {
    id,
    investor,
    admin1: as(msp.bank1, 'admin', id('admin1')),
    /** The second administrator org's admin: a consortium change takes both approvals (bank1 proposes, bank2 executes). */
    admin2: as(msp.bank2, 'admin', id('admin2')),
    ops1: as(msp.bank1, 'agent', id('bank1-ops')),
    ops2: as(msp.bank2, 'agent', id('bank2-ops')),
    kyc: as(msp.bank2, 'claim-issuer', id('kyc')),
    issuer: as(msp.bank1, 'issuer', id('acme')),
    agent: as(msp.bank1, 'agent', id('acme-ta')),
    audit: as(msp.regulator, 'regulator', id('regulator')),
    treasury: as(msp.bank1, 'cash-issuer', id('treasury')),
    custodian: as(msp.custodian, 'custodian', id('custody-desk')),
  };
}
