import '../config/chaincode-logging';
import { partyOf } from '@st2/chaincode';
import { createHash } from 'node:crypto';
import { CustodyDesk } from '../custody/custody-desk';
import { submitUntilExecuted } from '../ledger/consortium-change';
import { submitCommand } from '../ledger/identity-record';
import type { Caller } from '../ledger/ledger';
import { Consortium } from '../config/consortium';
import { DEFAULT_TOPOLOGY } from '../config/layout';
import { openBenchGateway } from './http';
import { closedLoop } from './in-process';
import { benchCallers } from './setup';

/**
 * bench:custody: a custodian's gateway with one omnibus account of POSITIONS beneficial owners (10,000 by
 * default), then the custodian's queries measured in process (app.inject): pages of positions from its custody
 * read model, and the account with its last reconciliation check. Prints figures; asserts nothing (the goal
 * is p99 < 50 ms).
 */
const POSITIONS = Number(process.env.POSITIONS ?? 10_000);
const MEASURE_MS = Number(process.env.MEASURE_MS ?? 10_000);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function main(): Promise<void> {
  const gateway = await openBenchGateway('st2-bench-custody-', 'custodian');
  const { ledger, app, token } = gateway;
  try {
    const bank = (await Consortium.load(DEFAULT_TOPOLOGY)).ofKind('bank')[0]?.mspId ?? '';
    const as = (org: string, role: string, id: string): Caller => ({ org, role, id });
    const [kyc, issuer, agent, whale] = [as(bank, 'claim-issuer', 'b-kyc'), as(bank, 'issuer', 'b-issuer'), as(bank, 'agent', 'b-agent'), as(bank, 'investor', 'whale')];
    const custodian = as(gateway.org, 'custodian', 'custody-desk');
    const started = Date.now();
    const evidence = Buffer.from('bench evidence');
    // Trusting an issuer is a consortium change: the administrator orgs approve it in turn until it executes.
    await submitUntilExecuted(ledger, benchCallers(bank).admins, 'TrustClaimIssuer', { issuer: partyOf(kyc), topics: ['kyc'] });
    await submitCommand(ledger, issuer, 'CreateSecurity', {
      securityId: 'FUND', name: 'Fund units', isin: 'XS0000000009', decimals: 0, agents: [], rules: { requiredClaims: ['kyc'] },
      terms: { kind: 'equity', shareClass: 'A', votingRights: false, parValue: '1', currency: 'EUR' },
    });
    const record = Buffer.from('{"name":"whale"}');
    await submitCommand(ledger, agent, 'RegisterIdentity', { identityId: 'whale', investor: 'whale', jurisdiction: 'DE', investorType: 'institutional', recordHash: sha256(record) }, { record });
    for (const id of ['whale', 'OMNI']) {
      if (id === 'OMNI') await submitCommand(ledger, custodian, 'OpenCustodyAccount', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
      await submitCommand(ledger, kyc, 'AddClaim', { identityId: id, topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidenceHash: sha256(evidence) }, { evidence });
    }
    await submitCommand(ledger, issuer, 'Issue', { securityId: 'FUND', to: 'whale', amount: String(POSITIONS * 10) });
    await submitCommand(ledger, whale, 'AuthorizeOperator', { securityId: 'FUND', holder: 'whale', operator: partyOf(custodian) });
    const desk = new CustodyDesk(ledger);
    let deposited = 0;
    for (let i = 0; i < POSITIONS; i++) {
      deposited += 1 + (i % 10);
      await desk.deposit(custodian, custodian, { securityId: 'FUND', accountId: 'OMNI', from: 'whale', amount: String(1 + (i % 10)) }, { owner: `client-${String(i).padStart(6, '0')}`, jurisdiction: 'DE', investorType: 'retail' });
      if ((i + 1) % 1_000 === 0) process.stdout.write(`setup: ${i + 1} positions (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }
    const custodianAuth = { authorization: token('custodian', custodian.id) };
    await caughtUp(app, custodianAuth, deposited);
    process.stdout.write(`setup: the custody read model holds ${POSITIONS} positions (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    const cursors = Array.from({ length: 100 }, (_, k) => (k === 0 ? '' : `&cursor=${encodeURIComponent(`FUND\u0000client-${String(k * (POSITIONS / 100)).padStart(6, '0')}`)}`));
    const page = (n: number) => app.inject({ method: 'GET', url: `/v1/custody/accounts/OMNI/positions?limit=100${cursors[n % cursors.length] ?? ''}`, headers: custodianAuth }).then(ok);
    const account = () => app.inject({ method: 'GET', url: '/v1/custody/accounts/OMNI', headers: custodianAuth }).then(ok);
    const pages = await closedLoop(1, MEASURE_MS, page);
    const reads = await closedLoop(1, MEASURE_MS / 2, account);
    process.stdout.write(`custodian positions page (100 of ${POSITIONS}, read model): ${pages.ok} requests, p50 ${pages.p50.toFixed(2)} ms, p99 ${pages.p99.toFixed(2)} ms (goal p99 < 50 ms)\n`);
    process.stdout.write(`custodian account + last reconciliation check: ${reads.ok} requests, p50 ${reads.p50.toFixed(2)} ms, p99 ${reads.p99.toFixed(2)} ms\n`);
  } finally {
    await gateway.close();
  }
}

/** Until the account's last reconciliation check (made after the block that moved it last) covers every deposit. */
async function caughtUp(app: Awaited<ReturnType<typeof openBenchGateway>>['app'], headers: Record<string, string>, deposited: number): Promise<void> {
  for (;;) {
    const reply = await app.inject({ method: 'GET', url: '/v1/custody/accounts/OMNI', headers });
    const check = (reply.json() as { lastCheck?: { reconciled: boolean; securities: { subLedger: string }[] } }).lastCheck;
    if (check?.reconciled && check.securities[0]?.subLedger === String(deposited)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function ok(response: { statusCode: number; body: string }): void {
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
