#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { issueUserIdentity } from './identity';
import { defaultNetworkDir, Layout } from './layout';
import { addOrg, deploy, down, status, up, upgrade } from './network';
import { logTail, ProcessError } from './processes';

// `network:status | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** `npm run network:<command>`: the st2 native Fabric network (see network/topology.json). */
const program = new Command('st2-network')
  .description('st2 native Hyperledger Fabric network: Raft orderers run by member orgs, one peer per org, channel, CCaaS chaincode')
  .option('--dir <path>', 'network directory (default: env ST2_NETWORK_DIR or .st2/network)');

function dir(): string {
  const opts = program.opts<{ dir?: string }>();
  return opts.dir ? resolve(opts.dir) : defaultNetworkDir();
}

program
  .command('up')
  .description('build Fabric if missing, generate, start, create the channel, deploy the st2 chaincode (idempotent)')
  .option('--no-chaincode', 'do not build or deploy the st2 chaincode')
  .option('--no-build-chaincode', 'deploy chaincode/dist as it is, without tsc -b chaincode')
  .option('--host <name>', "start only this host's processes (topology hosts; see hosts.json)")
  .action(async (opts: { chaincode: boolean; buildChaincode: boolean; host?: string }) => {
    await up({ dir: dir(), chaincode: opts.chaincode, buildChaincode: opts.buildChaincode, ...(opts.host === undefined ? {} : { host: opts.host }) });
  });

program
  .command('down')
  .description('stop every process of the network; --purge also deletes its directory (ledgers, crypto)')
  .option('--purge', 'delete all network state')
  .option('--host <name>', "stop only this host's processes")
  .action(async (opts: { purge?: boolean; host?: string }) => {
    await down({ dir: dir(), purge: opts.purge === true, ...(opts.host === undefined ? {} : { host: opts.host }) });
  });

program
  .command('status')
  .description('each process: running, healthy, channel height, which orderer leads the consensus (Raft or BFT)')
  .option('--json', 'machine-readable output')
  .action(async (opts: { json?: boolean }) => {
    const rows = await status({ dir: dir() });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      for (const r of rows) {
        const state = !r.running ? 'stopped' : r.problem ? `UNHEALTHY: ${r.problem}` : 'healthy';
        const height = r.height === undefined ? '' : `  height ${r.height}`;
        const leader = r.leader ? '  leader' : '';
        process.stdout.write(`${r.name.padEnd(26)} ${(r.pid === undefined ? '-' : String(r.pid)).padStart(7)}  ${state}${height}${leader}\n`);
      }
    }
    if (rows.some((r) => !r.running || r.problem)) process.exitCode = 1;
  });

program
  .command('logs')
  .description('show process logs: the last lines of each, or follow one (-f)')
  .argument('[process]', 'process name, e.g. peer0.bank1, orderer0.bank1, cc-st2.bank1')
  .option('-n, --lines <n>', 'lines per log', (v) => positiveInt(v), 20)
  .option('-f, --follow', 'keep following (tail -F)')
  .action(async (name: string | undefined, opts: { lines: number; follow?: boolean }) => {
    const layout = new Layout(dir());
    const all = existsSync(layout.logs) ? readdirSync(layout.logs).filter((f) => f.endsWith('.log')).map((f) => basename(f, '.log')).sort() : [];
    const chosen = name === undefined ? all : all.filter((n) => n === name);
    if (name !== undefined && chosen.length === 0) throw new Error(`no log for ${name}; logs: ${all.join(', ') || 'none'}`);
    if (opts.follow) {
      const child = spawn('tail', ['-n', String(opts.lines), '-F', ...chosen.map((n) => layout.log(n))], { stdio: 'inherit' });
      await new Promise<void>((done) => child.on('close', () => done()));
      return;
    }
    for (const n of chosen) process.stdout.write(`==> ${layout.log(n)} <==\n${logTail(layout.log(n), opts.lines)}\n\n`);
  });

program
  .command('identity')
  .description("issue (or return) an st2 user's identity: client certificate with st2.role/st2.id attributes, signed by the org's CA")
  .requiredOption('--org <org>', 'org name or MSP id')
  .requiredOption('--role <role>', 'st2.role attribute')
  .requiredOption('--id <id>', 'st2.id attribute (also the certificate CN)')
  .option('--pem', 'include the PEM texts in the JSON output')
  .action(async (opts: { org: string; role: string; id: string; pem?: boolean }) => {
    const identity = await issueUserIdentity({ org: opts.org, role: opts.role, id: opts.id, dir: dir() });
    const { org, mspId, role, id, certificatePath, privateKeyPath, msp } = identity;
    process.stdout.write(`${JSON.stringify(opts.pem ? identity : { org, mspId, role, id, certificatePath, privateKeyPath, msp }, null, 2)}\n`);
  });

program
  .command('deploy')
  .description('deploy another chaincode module onto the running network (idempotent)')
  .requiredOption('--name <name>', 'chaincode name')
  .requiredOption('--module <path>', 'directory whose package.json main exports `contracts`')
  .requiredOption('--slot <n>', 'chaincode server port slot 1..9 (0 is st2)', (v) => positiveInt(v))
  .action(async (opts: { name: string; module: string; slot: number }) => {
    await deploy({ name: opts.name, modulePath: resolve(opts.module), slot: opts.slot }, { dir: dir() });
  });

program
  .command('upgrade')
  .description('upgrade the st2 chaincode through the lifecycle: package, approve, check readiness, commit sequence + 1, replace each org\'s server in turn')
  .option('--version <version>', 'the new version (default: the committed one plus one)')
  .option('--approvers <orgs>', 'comma-separated orgs whose admins approve before the commit (default: every member org)', (v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
  .option('--no-build-chaincode', 'serve chaincode/dist as it is, without tsc -b chaincode')
  .action(async (opts: { version?: string; approvers?: string[]; buildChaincode: boolean }) => {
    await upgrade({ dir: dir(), buildChaincode: opts.buildChaincode, ...(opts.version === undefined ? {} : { version: opts.version }), ...(opts.approvers === undefined ? {} : { approvers: opts.approvers }) });
  });

program
  .command('add-org')
  .description("admit an org listed in topology.json to the running channel: crypto, config update signed by a majority of the member admins, its peers joined, the st2 chaincode approved for it")
  .requiredOption('--name <org>', 'the org to admit (its topology.json entry: name or MSP id)')
  .option('--signers <orgs>', 'comma-separated member orgs whose admins sign the config update (default: the first that make a majority)', (v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
  .action(async (opts: { name: string; signers?: string[] }) => {
    await addOrg({ dir: dir(), name: opts.name, ...(opts.signers === undefined ? {} : { signers: opts.signers }) });
  });

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  // One clear message: ProcessError already names the process and its log file.
  const message = error instanceof ProcessError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`\nnetwork: ${message}\n`);
  process.exit(1);
});
