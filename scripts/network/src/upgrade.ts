import {
  approvedWith, approveForOrg, type ChaincodeSpec, commitDefinition, commitReadiness, committedDefinition, definitionArgs, type DeployContext, fingerprintOf,
  install, packageFor, ping, recordDefinition, servedSpec, serverTag, startServer,
} from './chaincode';
import { retry } from './exec';
import { chaincodeProcess } from './layout';
import { isAlive, readPidRecord, stopProcess, writePidRecord } from './processes';
import { CHAINCODE_SLOTS, endorsementQuorum, findOrg, type PeerOrg } from './topology';

/**
 * Upgrading a chaincode through the Fabric lifecycle on the running network (`npm run network:upgrade`).
 *
 * The consortium agrees on the definition (version, sequence + 1, policies): each org's admin approves
 * it, a majority of the endorsing orgs (the channel's LifecycleEndorsement policy) is enough to commit
 * it. Which package an org's peers run is that org's own choice: with chaincode as a service, a server
 * registers with its package id, and a peer accepts only the id its org approved. So every org first
 * approves the new definition with the package its server runs now (the commit then changes nothing at
 * run time), and afterwards the orgs switch one at a time: a server for the new package starts beside the
 * old one, on the org's other slot (the new package's connection.json names it), the org's admin approves
 * the committed sequence again with the new package id (Fabric allows that: only the package id differs),
 * its peers are checked to reach the new server, and the old server is stopped. A peer never dials a
 * server registering another package id: Fabric would leave that launch hanging until its connection
 * ends. Should an org's peers still fail meanwhile, the gateway's endorsement by the healthy majority
 * rides through it.
 */
export interface UpgradePlan {
  readonly name: string;
  /** The chaincode as its servers run before and after the upgrade (slots alternate). */
  readonly current: ChaincodeSpec;
  readonly next: ChaincodeSpec;
  readonly from: { readonly sequence: number; readonly version: string };
  readonly sequence: number;
  readonly version: string;
  /** The definition's arguments for the peer CLI (without its sequence). */
  readonly definition: readonly string[];
  /** Per org name: the package its server runs now, and the one it runs after the upgrade. */
  readonly packages: Readonly<Record<string, { readonly current: string; readonly next: string }>>;
}

/** The commit was not attempted: too few endorsing orgs approved (the policy would refuse it). */
export class UpgradeNotApproved extends Error {
  override readonly name = 'UpgradeNotApproved';
}

export interface UpgradeOptions {
  /** The new version; default the current one plus one (when it is a number). */
  readonly version?: string;
  /** Orgs (names or MSP ids) whose admins approve before the commit; default every member org. */
  readonly approvers?: readonly string[];
}

/** Every step, with progress lines: package and install, approve, check readiness, commit, switch each org. */
export async function upgradeChaincode(ctx: DeployContext, spec: ChaincodeSpec, options: UpgradeOptions = {}): Promise<UpgradePlan> {
  // An unknown name fails here (findOrg names the orgs there are), before anything is approved.
  const approvers = options.approvers === undefined ? ctx.topology.orgs : options.approvers.map((name) => findOrg(ctx.topology, name));
  const plan = await prepareUpgrade(ctx, spec, options.version);
  await approveUpgrade(ctx, plan, approvers);
  await checkReadiness(ctx, plan);
  await commitUpgrade(ctx, plan);
  await switchServers(ctx, plan);
  ctx.log(`chaincode ${plan.name}: upgraded to version ${plan.version}, sequence ${plan.sequence}`);
  return plan;
}

/** Reads the committed definition, packages the new version for every org and installs it on every peer. */
export async function prepareUpgrade(ctx: DeployContext, spec: ChaincodeSpec, version?: string): Promise<UpgradePlan> {
  const { topology, layout, log } = ctx;
  const first = anchor(ctx);
  const from = await committedDefinition(ctx, first, spec.name);
  if (from.sequence === 0) throw new Error(`chaincode ${spec.name} is not deployed on ${topology.channel}: run network:up first`);
  const next = version ?? nextVersion(from.version);
  if (next === from.version) throw new Error(`chaincode ${spec.name} is already at version ${next}`);
  log(`chaincode ${spec.name}: committed version ${from.version}, sequence ${from.sequence}; upgrading to version ${next}, sequence ${from.sequence + 1}`);

  const current = servedSpec(layout, spec);
  const nextSpec = { ...spec, slot: alternateSlot(spec, current.slot) };
  const packages: Record<string, { current: string; next: string }> = {};
  for (const org of topology.orgs) packages[org.name] = { current: packageFor(layout, current, org, from.version), next: packageFor(layout, nextSpec, org, next) };
  log(`chaincode ${spec.name}: packaged ${spec.name}_${next} for ${topology.orgs.map((o) => o.name).join(', ')}; installing on ${topology.orgs.flatMap((o) => o.peers.map((p) => p.id)).join(', ')}`);
  await Promise.all(topology.orgs.flatMap((org) => org.peers.map((peer) => install(ctx, spec, org, peer, packages[org.name]?.next ?? ''))));
  return { name: spec.name, current, next: nextSpec, from, sequence: from.sequence + 1, version: next, definition: definitionArgs(ctx, spec.name, next), packages };
}

/** `orgs`' admins approve the new definition, each with the package its server runs now (skipped when done). */
export async function approveUpgrade(ctx: DeployContext, plan: UpgradePlan, orgs: readonly PeerOrg[]): Promise<void> {
  for (const org of orgs) {
    const { current, next } = packageOf(plan, org);
    if ((await approvedWith(ctx, org, plan.name, plan.sequence, current)) || (await approvedWith(ctx, org, plan.name, plan.sequence, next))) {
      ctx.log(`chaincode ${plan.name}: ${org.mspId} has approved sequence ${plan.sequence}`);
      continue;
    }
    ctx.log(`chaincode ${plan.name}: ${org.mspId} admin approves version ${plan.version}, sequence ${plan.sequence}`);
    await approveForOrg(ctx, org, plan.definition, plan.sequence, current);
  }
}

/** Refuses (before any commit is sent) unless a majority of the endorsing orgs approved. */
async function checkReadiness(ctx: DeployContext, plan: UpgradePlan): Promise<void> {
  const approvals = await commitReadiness(ctx, anchor(ctx), plan.definition, plan.sequence);
  const endorsers = ctx.topology.orgs.filter((o) => o.endorser);
  const approved = endorsers.filter((o) => approvals[o.mspId] === true);
  const quorum = endorsementQuorum(ctx.topology);
  ctx.log(`chaincode ${plan.name}: commit readiness ${Object.entries(approvals).map(([msp, ok]) => `${msp} ${ok ? 'approved' : 'not yet'}`).join(', ')} (${approved.length} of ${endorsers.length} endorsing orgs, ${quorum} needed)`);
  if (approved.length < quorum) {
    throw new UpgradeNotApproved(`chaincode ${plan.name} sequence ${plan.sequence} not committed: approved by ${approved.length} of the ${endorsers.length} endorsing orgs, the channel's LifecycleEndorsement policy needs ${quorum}`);
  }
}

/** Commits the new definition, endorsed by `endorsers` (default every endorsing org), and records it for `up`. */
export async function commitUpgrade(ctx: DeployContext, plan: UpgradePlan, endorsers: readonly PeerOrg[] = ctx.topology.orgs.filter((o) => o.endorser)): Promise<void> {
  ctx.log(`chaincode ${plan.name}: committing sequence ${plan.sequence} (endorsed by ${endorsers.map((o) => o.peer.id).join(', ')})`);
  await commitDefinition(ctx, plan.definition, plan.sequence, endorsers);
  recordDefinition(ctx, plan.next, plan.sequence, plan.version);
}

/**
 * One org at a time: a server for its new package started beside the old one, its admin's approval moved
 * to the new package id, every peer of the org checked to reach the new server, the old one stopped.
 */
export async function switchServers(ctx: DeployContext, plan: UpgradePlan): Promise<void> {
  const fingerprint = fingerprintOf(plan.next);
  for (const org of ctx.topology.orgs) {
    const started = Date.now();
    const { next } = packageOf(plan, org);
    const name = chaincodeProcess(plan.name, org);
    ctx.log(`chaincode ${plan.name}: ${org.name} switches to ${plan.name}_${plan.version}: a new ${name} beside the old one`);
    const old = readPidRecord(ctx.layout, name);
    const running = old && isAlive(old) && old.tag === serverTag(next, fingerprint) ? old : await startServer(ctx, plan.next, org, next, fingerprint);
    if (!(await approvedWith(ctx, org, plan.name, plan.sequence, next))) {
      ctx.log(`chaincode ${plan.name}: ${org.mspId} admin approves sequence ${plan.sequence} with package ${next}`);
      await approveForOrg(ctx, org, plan.definition, plan.sequence, next);
    }
    // Each peer of the org must have the new approval (else it still dials the old server) and reach the new server.
    await Promise.all(
      org.peers.map((peer) =>
        retry(`${peer.id} running chaincode ${plan.name} ${plan.version}`, 60_000, async () => {
          if (!(await approvedWith(ctx, org, plan.name, plan.sequence, next, peer))) throw new Error(`${peer.id} has not committed ${org.mspId}'s new approval yet`);
          await ping(ctx, org, peer, plan.name);
        }),
      ),
    );
    if (old && old !== running) {
      await stopProcess(ctx.layout, old);
      writePidRecord(ctx.layout, running);
    }
    ctx.log(`chaincode ${plan.name}: ${org.name} runs version ${plan.version}; old server stopped (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

function packageOf(plan: UpgradePlan, org: PeerOrg): { current: string; next: string } {
  const ids = plan.packages[org.name];
  if (!ids) throw new Error(`no package of ${plan.name} for ${org.name}`);
  return ids;
}

/** The org whose peer answers the lifecycle queries: the first endorsing one. */
function anchor(ctx: DeployContext): PeerOrg {
  const org = ctx.topology.orgs.find((o) => o.endorser);
  if (!org) throw new Error('the topology has no endorsing org');
  return org;
}

/**
 * The slot the new servers listen on: the spec's own, or the one CHAINCODE_SLOTS / 2 above it, whichever
 * the current servers do not use.
 */
function alternateSlot(spec: ChaincodeSpec, currentSlot: number): number {
  const half = CHAINCODE_SLOTS / 2;
  if (spec.slot >= half) throw new Error(`chaincode ${spec.name}: an upgrade needs a slot below ${half} (slot + ${half} serves the next version)`);
  return currentSlot === spec.slot ? spec.slot + half : spec.slot;
}

function nextVersion(version: string): string {
  const n = Number(version);
  if (!Number.isInteger(n) || n < 0) throw new Error(`the committed version "${version}" is not a number: name the new one with --version`);
  return String(n + 1);
}
