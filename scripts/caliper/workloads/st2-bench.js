'use strict';

/**
 * Caliper workload on the st2-bench chaincode, the round's `kind` argument choosing the transaction, as in
 * bench:fabric: `put` is the bare put-state (`bench:put`, a new key each time); `erc20` the rule-free
 * ERC-20-style transfer (`bench:erc20Transfer`), one unit back and forth within a pair of accounts, taken in
 * turn over more pairs than can be in flight at once, so two transfers rarely touch one account (which
 * Fabric would invalidate, MVCC). A plain module (Caliper calls these three methods): Caliper's packages
 * live outside the repository (scripts/caliper/caliper.sh), where a require from here would not find them.
 */
const PAIRS = 1000;

const proposals = {
  put: (prefix, n) => ['bench:put', [`${prefix}-${n}`, 'v']],
  erc20: (prefix, n) => {
    const [a, b] = [`${prefix}-a${n % PAIRS}`, `${prefix}-b${n % PAIRS}`];
    return ['bench:erc20Transfer', Math.floor(n / PAIRS) % 2 === 0 ? [a, b, '1'] : [b, a, '1']];
  },
};

class St2Bench {
  async initializeWorkloadModule(workerIndex, _totalWorkers, roundIndex, roundArguments, sutAdapter) {
    const proposal = proposals[roundArguments.kind];
    if (!proposal) throw new Error(`round argument kind must be one of ${Object.keys(proposals).join(', ')}, got ${roundArguments.kind}`);
    this.proposal = proposal;
    this.sut = sutAdapter;
    // The network keeps its state between runs: every key of this run is new.
    this.prefix = `caliper-${Date.now().toString(36)}-${workerIndex}-${roundIndex}`;
    this.sent = 0;
  }

  async submitTransaction() {
    const [contractFunction, contractArguments] = this.proposal(this.prefix, this.sent++);
    await this.sut.sendRequests({ contractId: 'st2-bench', contractFunction, contractArguments, invokerIdentity: 'admin', readOnly: false });
  }

  async cleanupWorkloadModule() {}
}

module.exports.createWorkloadModule = () => new St2Bench();
