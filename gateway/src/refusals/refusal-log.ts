import type { FastifyBaseLogger } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Principal } from '../auth/principal';
import type { Page, PageRequest } from '../projections/paging';
import type { Sublevel } from '../store/gateway-store';

/**
 * A write this gateway answered with a ledger refusal. A refused proposal is never ordered, on Fabric as on the
 * embedded ledger: no block, no event, nothing for the projector to fold. So the gateway that heard the refusal
 * is the only one that can count it, and it counts what its own callers were refused, no more.
 */
export interface Refusal {
  /** When the gateway answered it, ms since the epoch (the gateway's clock: the dev clock under --clock dev). */
  readonly at: number;
  readonly code: string;
  readonly message: string;
  /** The route template refused, e.g. `POST /v1/transfers`. */
  readonly route: string;
  readonly org: string;
  readonly role: string;
  /** The caller's st2 identity. */
  readonly identity: string;
  /** The security the request named (its body's `securityId`, or the path's `:id` under /v1/securities), if any. */
  readonly securityId?: string;
}

/** Which refusals a caller may read: the regulator every one, an investor its own, anyone else its org's. */
export type RefusalScope = { readonly kind: 'all' } | { readonly kind: 'org'; readonly org: string } | { readonly kind: 'self'; readonly org: string; readonly identity: string };

export function scopeOf(principal: Principal): RefusalScope {
  if (principal.role === 'regulator') return { kind: 'all' };
  if (principal.role === 'investor') return { kind: 'self', org: principal.org, identity: principal.id };
  return { kind: 'org', org: principal.org };
}

export function inScope(scope: RefusalScope, refusal: Refusal): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'org') return refusal.org === scope.org;
  return refusal.org === scope.org && refusal.identity === scope.identity;
}

export interface RefusalFilter {
  readonly scope: RefusalScope;
  readonly from: number;
  readonly to: number;
  readonly securityId?: string | undefined;
}

/** Width of the time part of a key: ms since the epoch, zero-padded so keys sort in time order. */
const TIME_WIDTH = 15;

/**
 * The refusals this gateway answered, in time order, kept in its own store beside the read model (not in it:
 * the read model is the ledger's, and is rebuilt from it). Appended by the write pipeline; read newest first
 * for alerts and over a period for counts by reason code.
 */
export class RefusalLog {
  constructor(
    private readonly sublevel: Sublevel,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Never throws: losing the record of a refusal must not turn the refusal itself into a 500. */
  async record(refusal: Refusal): Promise<void> {
    // The random tail keeps two refusals of the same millisecond apart (several requests, or a restart).
    const key = `${String(refusal.at).padStart(TIME_WIDTH, '0')}.${randomBytes(6).toString('hex')}`;
    await this.sublevel.put(key, JSON.stringify(refusal)).catch((error: unknown) => this.log.warn({ err: error, code: refusal.code }, 'could not record a refusal'));
  }

  /** Up to `limit` refusals matching `filter`, newest first; `cursor` continues before the last one returned. */
  async page(filter: RefusalFilter, page: PageRequest, maxScan: number): Promise<Page<Refusal> & { readonly complete: boolean }> {
    const { gte, lt } = timeRange(filter.from, filter.to);
    const items: Refusal[] = [];
    let scanned = 0;
    let last: string | undefined;
    const below = page.cursor === undefined ? { lt } : { lt: page.cursor < lt ? page.cursor : lt };
    for await (const [key, value] of this.sublevel.iterator({ gte, ...below, reverse: true })) {
      if (items.length === page.limit || scanned === maxScan) return { items, nextCursor: last ?? key, complete: false };
      scanned++;
      last = key;
      const refusal = JSON.parse(value) as Refusal;
      if (matches(filter, refusal)) items.push(refusal);
    }
    return { items, nextCursor: null, complete: true };
  }
}

function matches(filter: RefusalFilter, refusal: Refusal): boolean {
  return inScope(filter.scope, refusal) && (filter.securityId === undefined || refusal.securityId === filter.securityId);
}

/** Keys of refusals at times in [from, to]. */
function timeRange(from: number, to: number): { gte: string; lt: string } {
  return { gte: String(from).padStart(TIME_WIDTH, '0'), lt: String(to + 1).padStart(TIME_WIDTH, '0') };
}
