import { join } from 'node:path';
import { q, writeIfChanged } from './files';
import { type Layout, REPO_ROOT } from './layout';
import { endorsementQuorum, type OrdererNode, ordererOrg, ordererOrgs, type PeerNode, type PeerOrg, type Topology } from './topology';

/**
 * Fabric's configuration files, generated from the topology. Written as YAML text (double-quoted
 * scalars for every path) rather than by editing sampleconfig/: each setting a native, Docker-free
 * process needs is visible here, following Fabric's own integration orchestrator (integration/nwo).
 */

/** The CCaaS external builder's detect/build/release scripts, checked in next to the topology. */
export const CCAAS_BUILDER_DIR = join(REPO_ROOT, 'network', 'builders', 'ccaas');

export function generateConfig(topology: Topology, layout: Layout): void {
  writeIfChanged(layout.configtx, configtxYaml(topology, layout));
  writeIfChanged(layout.collections, `${JSON.stringify(collectionsConfig(topology), null, 2)}\n`);
  for (const org of topology.orgs) for (const peer of org.peers) writeIfChanged(join(layout.nodeConfig(peer.id), 'core.yaml'), coreYaml(org, peer, layout));
  for (const node of topology.ordering.nodes) writeIfChanged(join(layout.nodeConfig(node.id), 'orderer.yaml'), ordererYaml(topology, node, layout));
}

/** `OutOf(k, 'A.peer', ...)`: a majority of the endorser orgs' peers. The regulator is never in it. */
export function endorsementRule(topology: Topology): string {
  const peers = topology.orgs.filter((o) => o.endorser).map((o) => `'${o.mspId}.peer'`);
  return `OutOf(${endorsementQuorum(topology)}, ${peers.join(', ')})`;
}

/** The chaincode definitions reference this channel policy, so the rule lives in one place. */
export const ENDORSEMENT_POLICY_REF = '/Channel/Application/Endorsement';

export interface CollectionConfig {
  readonly name: string;
  readonly policy: string;
  readonly requiredPeerCount: number;
  readonly maxPeerCount: number;
  readonly blockToLive: number;
  readonly memberOnlyRead: boolean;
  readonly memberOnlyWrite: boolean;
  readonly endorsementPolicy: { readonly signaturePolicy: string };
}

/**
 * The explicit collections (`collections.json` for `peer lifecycle ... --collections-config`).
 * Each org's implicit collection (`_implicit_org_<MSP id>`) exists without configuration.
 * - members come from the topology (org names → MSP ids), never hand-copied;
 * - memberOnlyRead: a non-member client gets an error instead of silently reading nothing;
 * - memberOnlyWrite false: a bank writes the regulator's audit copy without being able to read it;
 * - requiredPeerCount 0 / maxPeerCount = every member org's peers: the endorser pushes the data to all
 *   the member peers (a bank's second peer included), but a member peer that is down does not block
 *   every write (it pulls the data at commit from a peer that has it, or reconciles when back).
 */
export function collectionsConfig(topology: Topology): CollectionConfig[] {
  // Any one endorsing org's peer may endorse a write to an explicit collection: an org files its own
  // clients' private data there in a transaction that only its peer sees (see identity:storeRecord).
  const endorsingPeers = topology.orgs.filter((o) => o.endorser).map((o) => `'${o.mspId}.peer'`);
  return topology.collections.map((c) => {
    const members = c.members.map((name) => {
      const org = topology.orgs.find((o) => o.name === name);
      if (!org) throw new Error(`collection ${c.name}: unknown org ${name}`);
      return `'${org.mspId}.member'`;
    });
    const memberPeers = c.members.reduce((n, name) => n + (topology.orgs.find((o) => o.name === name)?.peers.length ?? 0), 0);
    return {
      name: c.name,
      policy: `OR(${members.join(', ')})`,
      requiredPeerCount: 0,
      maxPeerCount: memberPeers,
      blockToLive: c.blockToLive,
      memberOnlyRead: true,
      memberOnlyWrite: false,
      endorsementPolicy: { signaturePolicy: `OR(${endorsingPeers.join(', ')})` },
    };
  });
}

/** A peer's gossip bootstrap: the other peers of its org, or itself when it is the only one. */
function bootstrapOf(org: PeerOrg, p: PeerNode): string {
  const others = org.peers.filter((other) => other !== p);
  return (others.length > 0 ? others : [p]).map((other) => `${other.host}:${other.port}`).join(' ');
}

function orgPolicies(org: PeerOrg): string {
  const m = org.mspId;
  // An org's orderer node reads the channel as a member of it: it pulls blocks from the other consenters
  // when it restarts behind them (and the channel's Readers policy is checked on every deliver).
  const readers = [`'${m}.admin'`, `'${m}.peer'`, `'${m}.client'`, ...(org.orderer ? [`'${m}.orderer'`] : [])];
  // Writers: members that may submit transactions. The regulator's admin is its only writer, and only
  // because Fabric runs a chaincode on a peer solely if that peer's org approved the definition (and an
  // approval is a transaction). No regulator client or peer identity can get a write ordered.
  // An org's orderer node writes too: it wraps an accepted config update into the config transaction it
  // signs itself, and checks that transaction against the channel's Writers before ordering it (without
  // this no config update passes, network:add-org's included); SmartBFT consenters also check each
  // other's consensus messages against the Writers.
  const writers = `OR(${[`'${m}.admin'`, ...(org.endorser ? [`'${m}.client'`] : []), ...(org.orderer ? [`'${m}.orderer'`] : [])].join(', ')})`;
  return `    Policies:
      Readers:
        Type: Signature
        Rule: "OR(${readers.join(', ')})"
      Writers:
        Type: Signature
        Rule: "${writers}"
      Admins:
        Type: Signature
        Rule: "OR('${m}.admin')"
      # Fabric validates writes to the org's implicit collections (chaincode data and lifecycle approvals)
      # against this policy; the chaincode endorsement policy is the channel's Endorsement below.
      Endorsement:
        Type: Signature
        Rule: "OR('${m}.peer')"
`;
}

/** The Orderer section's consensus part for Raft: one consenter per node, identified by its TLS certificate. */
function raftConsensus(t: Topology, layout: Layout): string {
  const consenters = t.ordering.nodes
    .map((n) => {
      const tls = layout.nodeTls(ordererOrg(t, n), n.name);
      return `          - Host: ${n.host}
            Port: ${n.clusterPort}
            ClientTLSCert: ${q(tls.cert)}
            ServerTLSCert: ${q(tls.cert)}
`;
    })
    .join('');
  return `      OrdererType: etcdraft
${batchYaml(t)}      EtcdRaft:
        # One consenter per member org that runs an orderer node, identified by its TLS certificate.
        Consenters:
${consenters}        # Shorter than Fabric's 500ms x 10: after losing the leader, followers elect a new one within
        # 1.5-3s (randomised election timeout) instead of 5-10s; a heartbeat every tick keeps a busy,
        # shared machine from triggering needless elections.
        Options:
          TickInterval: 100ms
          ElectionTick: 15
          HeartbeatTick: 1
          MaxInflightBlocks: 5
          SnapshotIntervalSize: 16 MB
`;
}

function batchYaml(t: Topology): string {
  return `      BatchTimeout: ${t.ordering.batchTimeout}
      BatchSize:
        MaxMessageCount: ${t.ordering.maxMessageCount}
        AbsoluteMaxBytes: 98 MB
        PreferredMaxBytes: 2 MB
`;
}

/**
 * SmartBFT (Fabric 3): each consenter is known by its signing identity as well as its TLS certificates,
 * since a block is valid only with a quorum of consenters' signatures (configtxgen derives the
 * BlockValidation policy from this mapping). IDs are the nodes' positions, fixed for the channel's life.
 */
function bftConsensus(t: Topology, layout: Layout): string {
  const mapping = t.ordering.nodes
    .map((n, i) => {
      const org = ordererOrg(t, n);
      const tls = layout.nodeTls(org, n.name);
      return `        - ID: ${i + 1}
          Host: ${n.host}
          Port: ${n.clusterPort}
          MSPID: ${n.mspId}
          Identity: ${q(join(layout.nodeMsp(org, n.name), 'signcerts', 'cert.pem'))}
          ClientTLSCert: ${q(tls.cert)}
          ServerTLSCert: ${q(tls.cert)}
`;
    })
    .join('');
  return `      OrdererType: BFT
${batchYaml(t)}      ConsenterMapping:
${mapping}      # Fabric's defaults, but a leader batches for at most the Raft BatchTimeout.
      SmartBFT:
        RequestBatchMaxInterval: ${t.ordering.batchTimeout}
        RequestForwardTimeout: 5s
        RequestComplainTimeout: 20s
        RequestAutoRemoveTimeout: 3m0s
        ViewChangeResendInterval: 5s
        ViewChangeTimeout: 20s
        LeaderHeartbeatTimeout: 1m0s
        CollectTimeout: 1s
        IncomingMessageBufferSize: 200
        RequestPoolSize: 100000
        LeaderHeartbeatCount: 10
`;
}

/** One org's entry under configtx.yaml's Organizations: its MSP, policies, anchor peers and orderer endpoint. */
export function orgSection(org: PeerOrg, layout: Layout): string {
  return `  - &${org.mspId}
    Name: ${org.mspId}
    ID: ${org.mspId}
    MSPDir: ${q(layout.orgMsp(org))}
${orgPolicies(org)}    # Every peer of the org: other orgs find the org through whichever of them is up.
    AnchorPeers:
${org.peers.map((p) => `      - Host: ${p.host}\n        Port: ${p.port}\n`).join('')}${org.orderer ? `    # Where peers and clients reach this org's ordering node (each org lists its own).
    OrdererEndpoints:
      - ${org.orderer.host}:${org.orderer.port}
` : ''}`;
}

/**
 * configtx.yaml with only one org (`configtxgen -printOrg` reads it): the org's channel config group,
 * as the genesis block holds the others', for admitting it to a running channel (add-org.ts).
 */
export function orgConfigtxYaml(org: PeerOrg, layout: Layout): string {
  return `# Generated by scripts/network (network:add-org): do not edit.\nOrganizations:\n${orgSection(org, layout)}`;
}

export function configtxYaml(t: Topology, layout: Layout): string {
  const rule = endorsementRule(t);
  const orgs = t.orgs.map((org) => orgSection(org, layout)).join('');
  const orderers = ordererOrgs(t);
  return `# Generated by scripts/network from network/topology.json: do not edit.
Organizations:
${orgs}
Profiles:
  St2Channel:
    Capabilities:
      ${t.ordering.type === 'bft' ? 'V3_0: true # BFT ordering needs every node at Fabric 3' : 'V2_0: true'}
    Policies:
      Readers:
        Type: ImplicitMeta
        Rule: "ANY Readers"
      Writers:
        Type: ImplicitMeta
        Rule: "ANY Writers"
      Admins:
        Type: ImplicitMeta
        Rule: "MAJORITY Admins"
    Orderer:
${t.ordering.type === 'bft' ? bftConsensus(t, layout) : raftConsensus(t, layout)}      # The member orgs that run a node: ordering is the consortium's, not one operator's.
      Organizations:
${orderers.map((org) => `        - *${org.mspId}\n`).join('')}      Policies:
        Readers:
          Type: ImplicitMeta
          Rule: "ANY Readers"
        Writers:
          Type: ImplicitMeta
          Rule: "ANY Writers"
        Admins:
          Type: ImplicitMeta
          Rule: "MAJORITY Admins"
        # Blocks are signed by an orderer node; the orgs' Writers admit only admins and clients.
        BlockValidation:
          Type: Signature
          Rule: "OR(${orderers.map((org) => `'${org.mspId}.orderer'`).join(', ')})"
      Capabilities:
        V2_0: true
    Application:
      Organizations:
${t.orgs.map((org) => `        - *${org.mspId}\n`).join('')}      Capabilities:
        V2_5: true
      # Proposals (evaluate as well as endorse) need only channel read rights, so the regulator's
      # gateway can query; writes stay guarded by the orderer (Writers) and the endorsement policy.
      ACLs:
        peer/Propose: /Channel/Application/Readers
        peer/ChaincodeToChaincode: /Channel/Application/Readers
      Policies:
        Readers:
          Type: ImplicitMeta
          Rule: "ANY Readers"
        Writers:
          Type: ImplicitMeta
          Rule: "ANY Writers"
        Admins:
          Type: ImplicitMeta
          Rule: "MAJORITY Admins"
        # A majority of the endorser orgs (banks, custodian) commits chaincode definitions ...
        LifecycleEndorsement:
          Type: Signature
          Rule: "${rule}"
        # ... and endorses every chaincode transaction (chaincode definitions reference this policy).
        Endorsement:
          Type: Signature
          Rule: "${rule}"
`;
}

export function coreYaml(org: PeerOrg, p: PeerNode, layout: Layout): string {
  const tls = layout.nodeTls(org, p.name);
  const data = layout.nodeData(p.id);
  const self = `${p.host}:${p.port}`;
  return `# Generated by scripts/network from network/topology.json: do not edit.
peer:
  id: ${p.id}
  networkId: st2
  listenAddress: ${self}
  address: ${self}
  addressAutoDetect: false
  # The peer binds this even though CCaaS chaincode never dials it; it needs its own port.
  chaincodeListenAddress: ${p.host}:${p.chaincodePort}
  chaincodeAddress: ${p.host}:${p.chaincodePort}
  gateway:
    enabled: true
    endorsementTimeout: 30s
    broadcastTimeout: 30s
    dialTimeout: 2m
  keepalive:
    interval: 7200s
    timeout: 20s
    minInterval: 60s
    client:
      interval: 60s
      timeout: 20s
    deliveryClient:
      interval: 60s
      timeout: 20s
  gossip:
    # Gossip within the org starts from its other peers (a single peer is its own bootstrap). Every peer
    # is a static org leader, pulling blocks from the ordering service itself: with one leader elected,
    # its loss would stall the other peer's blocks for an election (leaderAliveThreshold); two streams
    # from the orderers cost little.
    bootstrap: ${bootstrapOf(org, p)}
    useLeaderElection: false
    orgLeader: true
    membershipTrackerInterval: 5s
    endpoint: ${self}
    # What other orgs' peers are told; with anchor peers it is how private data finds member peers.
    externalEndpoint: ${self}
    maxBlockCountToStore: 10
    maxPropagationBurstLatency: 10ms
    maxPropagationBurstSize: 10
    propagateIterations: 1
    propagatePeerNum: 3
    pullInterval: 4s
    pullPeerNum: 3
    requestStateInfoInterval: 4s
    publishStateInfoInterval: 4s
    stateInfoRetentionInterval:
    publishCertPeriod: 10s
    skipBlockVerification: false
    dialTimeout: 3s
    connTimeout: 2s
    recvBuffSize: 20
    sendBuffSize: 200
    digestWaitTime: 1s
    requestWaitTime: 1500ms
    responseWaitTime: 2s
    # Shorter than the 5s/25s defaults: membership converges in seconds after start or restart.
    aliveTimeInterval: 2s
    aliveExpirationTimeout: 10s
    reconnectInterval: 5s
    maxConnectionAttempts: 120
    msgExpirationFactor: 20
    election:
      startupGracePeriod: 15s
      membershipSampleInterval: 1s
      leaderAliveThreshold: 10s
      leaderElectionDuration: 5s
    pvtData:
      # A block whose private data is missing waits at most this long before committing without it
      # (the reconciler fetches it later); the 60s default would stall a peer that long.
      pullRetryThreshold: 5s
      # Transient data a peer holds for a block it never commits private data from (it endorsed or was
      # pushed a write to a collection it is not a member of) is purged this many blocks on, not after
      # the 1000 of Fabric's default. Well above any endorse-to-commit delay (seconds: a resend after an
      # orderer's loss), so no member peer loses its own write's data before it commits it.
      transientstoreMaxBlockRetention: 100
      pushAckTimeout: 3s
      btlPullMargin: 10
      reconcileBatchSize: 10
      reconcileSleepInterval: 10s
      reconciliationEnabled: true
      skipPullingInvalidTransactionsDuringCommit: false
      # An org's own private data (its implicit collection) goes to its other peers at endorsement, so
      # either of a bank's peers serves it; none required, so a write does not wait for a peer that is down.
      implicitCollectionDisseminationPolicy:
        requiredPeerCount: 0
        maxPeerCount: ${Math.max(1, org.peers.length - 1)}
    state:
      enabled: false
      checkInterval: 10s
      responseTimeout: 3s
      batchSize: 10
      blockBufferSize: 20
      maxRetries: 3
  tls:
    enabled: true
    clientAuthRequired: false
    cert:
      file: ${q(tls.cert)}
    key:
      file: ${q(tls.key)}
    rootcert:
      file: ${q(tls.ca)}
    clientRootCAs:
      files:
        - ${q(tls.ca)}
    clientCert:
      file: ${q(tls.cert)}
    clientKey:
      file: ${q(tls.key)}
  authentication:
    timewindow: 15m
  fileSystemPath: ${q(data)}
  BCCSP:
    Default: SW
    SW:
      Hash: SHA2
      Security: 256
      FileKeyStore:
        KeyStore:
  mspConfigPath: ${q(layout.nodeMsp(org, p.name))}
  localMspId: ${org.mspId}
  client:
    connTimeout: 3s
  deliveryclient:
    blockGossipEnabled: true
    reconnectTotalTimeThreshold: 3600s
    connTimeout: 3s
    reConnectBackoffThreshold: 3600s
    addressOverrides:
  localMspType: bccsp
  profile:
    enabled: false
    listenAddress: ${p.host}:0
  handlers:
    authFilters:
      - name: DefaultAuth
      - name: ExpirationCheck
    decorators:
      - name: DefaultDecorator
    endorsers:
      escc:
        name: DefaultEndorsement
        library:
    validators:
      vscc:
        name: DefaultValidation
        library:
  validatorPoolSize:
  discovery:
    enabled: true
    authCacheEnabled: true
    authCacheMaxSize: 1000
    authCachePurgeRetentionRatio: 0.75
    orgMembersAllowedAccess: false
  limits:
    concurrency:
      endorserService: 2500
      deliverService: 2500
      gatewayService: 500
  maxRecvMsgSize: 104857600
  maxSendMsgSize: 104857600

# Empty: no Docker. Chaincode runs as a service (CCaaS) through the external builder below. Setting
# CORE_VM_ENDPOINT="" is not enough in Fabric 2.5 (an empty env var is ignored), so it is set here.
vm:
  endpoint: ""

chaincode:
  id:
    path:
    name:
  builder: $(DOCKER_NS)/fabric-ccenv:$(TWO_DIGIT_VERSION)
  pull: false
  golang:
    runtime: $(DOCKER_NS)/fabric-baseos:$(TWO_DIGIT_VERSION)
    dynamicLink: false
  java:
    runtime: $(DOCKER_NS)/fabric-javaenv:$(TWO_DIGIT_VERSION)
  node:
    runtime: $(DOCKER_NS)/fabric-nodeenv:$(TWO_DIGIT_VERSION)
  externalBuilders:
    - name: ccaas
      path: ${q(CCAAS_BUILDER_DIR)}
      propagateEnvironment:
        - PATH
  installTimeout: 300s
  startuptimeout: 300s
  executetimeout: 30s
  mode: net
  keepalive: 0
  system:
    _lifecycle: enable
    cscc: enable
    lscc: enable
    qscc: enable
  logging:
    level: info
    shim: warning
    format: '%{color}%{time:2006-01-02 15:04:05.000 MST} [%{module}] %{shortfunc} -> %{level:.4s} %{id:03x}%{color:reset} %{message}'

ledger:
  blockchain:
  state:
    stateDatabase: goleveldb
    totalQueryLimit: 100000
    couchDBConfig:
      couchDBAddress: 127.0.0.1:5984
      username:
      password:
      maxRetries: 3
      maxRetriesOnStartup: 10
      requestTimeout: 35s
      internalQueryLimit: 1000
      maxBatchUpdateSize: 1000
      createGlobalChangesDB: false
      cacheSize: 64
  history:
    enableHistoryDatabase: true
  pvtdataStore:
    collElgProcMaxDbBatchSize: 5000
    collElgProcDbBatchesInterval: 1000
    deprioritizedDataReconcilerInterval: 60m
    purgeInterval: 100
    purgedKeyAuditLogging: true
  snapshots:
    rootDir: ${q(join(data, 'snapshots'))}

operations:
  listenAddress: ${p.host}:${p.operationsPort}
  tls:
    enabled: true
    cert:
      file: ${q(tls.cert)}
    key:
      file: ${q(tls.key)}
    # /healthz is open; /metrics and /logspec demand a client certificate from these CAs whenever
    # TLS is on (network:up reads /metrics with the org admin's TLS certificate).
    clientAuthRequired: false
    clientRootCAs:
      files:
        - ${q(tls.ca)}

metrics:
  # Prometheus on the operations port: network:up reads gossip membership from it.
  provider: prometheus
  statsd:
    network: udp
    address: 127.0.0.1:8125
    writeInterval: 10s
    prefix:
`;
}

export function ordererYaml(t: Topology, n: OrdererNode, layout: Layout): string {
  const org = ordererOrg(t, n);
  const tls = layout.nodeTls(org, n.name);
  const data = layout.nodeData(n.id);
  const tlsBlock = (indent: string): string =>
    [`Enabled: true`, `PrivateKey: ${q(tls.key)}`, `Certificate: ${q(tls.cert)}`, `RootCAs:`, `  - ${q(tls.ca)}`].map((l) => `${indent}${l}`).join('\n');
  return `# Generated by scripts/network from network/topology.json: do not edit.
General:
  ListenAddress: ${n.host}
  ListenPort: ${n.port}
  TLS:
${tlsBlock('    ')}
    ClientAuthRequired: false
    ClientRootCAs:
  Keepalive:
    ServerMinInterval: 60s
    ServerInterval: 7200s
    ServerTimeout: 20s
  MaxRecvMsgSize: 104857600
  MaxSendMsgSize: 104857600
  Cluster:
    SendBufferSize: 100
    ClientCertificate: ${q(tls.cert)}
    ClientPrivateKey: ${q(tls.key)}
    ListenAddress: ${n.host}
    ListenPort: ${n.clusterPort}
    ServerCertificate: ${q(tls.cert)}
    ServerPrivateKey: ${q(tls.key)}
    # Bounded tightly (defaults 5s/7s): a follower forwarding a transaction to a leader that just died
    # waits out RPCTimeout before the client hears SERVICE_UNAVAILABLE and can retry on the new leader.
    DialTimeout: 2s
    RPCTimeout: 2s
    ReplicationBufferSize: 20971520
    ReplicationPullTimeout: 5s
    ReplicationRetryTimeout: 5s
  # No system channel: channels are created with the channel participation API (osnadmin).
  BootstrapMethod: none
  BootstrapFile:
  LocalMSPDir: ${q(layout.nodeMsp(org, n.name))}
  LocalMSPID: ${org.mspId}
  Profile:
    Enabled: false
    Address: ${n.host}:0
  BCCSP:
    Default: SW
    SW:
      Hash: SHA2
      Security: 256
      FileKeyStore:
        KeyStore:
  Authentication:
    TimeWindow: 15m
FileLedger:
  Location: ${q(join(data, 'ledger'))}
Debug:
  BroadcastTraceDir:
  DeliverTraceDir:
Operations:
  ListenAddress: ${n.host}:${n.operationsPort}
  TLS:
${tlsBlock('    ')}
    # /metrics wants a client certificate from the org's TLS CA (network:status reads Raft state with the admin's).
    ClientAuthRequired: false
    ClientRootCAs:
      - ${q(tls.ca)}
Metrics:
  Provider: prometheus
  Statsd:
    Network: udp
    Address: 127.0.0.1:8125
    WriteInterval: 30s
    Prefix:
Admin:
  ListenAddress: ${n.host}:${n.adminPort}
  TLS:
${tlsBlock('    ')}
    # Only a client certificate from the running org's TLS CA (its admin's) may manage this node's channels.
    ClientAuthRequired: true
    ClientRootCAs:
      - ${q(tls.ca)}
ChannelParticipation:
  Enabled: true
  MaxRequestBodySize: 1 MB
Consensus:
  WALDir: ${q(join(data, 'etcdraft', 'wal'))}
  SnapDir: ${q(join(data, 'etcdraft', 'snapshot'))}
  EvictionSuspicion: 10m
`;
}
