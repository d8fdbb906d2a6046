import * as grpc from '@grpc/grpc-js';
import type { PeerConnection } from './connection-profile';

/**
 * Which of its org's peers each org's gateway connections go through. An org's clients use its first
 * peer until that peer cannot be reached, then the next, and so on round the org's peers: sticky, so a
 * peer that comes back is used again when the one in use fails, not at once (it may still be catching
 * up, and reads from a peer behind the last write would go back in time).
 */
export class OrgPeers {
  private readonly inUse = new Map<string, number>();

  constructor(private readonly peers: ReadonlyMap<string, readonly PeerConnection[]>) {}

  /** The peer `org`'s clients use now, or undefined if the profile names none. */
  current(org: string): PeerConnection | undefined {
    const peers = this.peers.get(org) ?? [];
    return peers[(this.inUse.get(org) ?? 0) % Math.max(1, peers.length)];
  }

  /** How many peers `org` has: how many a call may try before giving up. */
  count(org: string): number {
    return this.peers.get(org)?.length ?? 0;
  }

  /**
   * `peer` of `org` could not be reached: the org's clients move on to its next peer, unless another
   * call has already moved them (concurrent calls that saw the same peer die move once).
   */
  unreachable(org: string, peer: PeerConnection): void {
    const peers = this.peers.get(org) ?? [];
    if (this.current(org) !== peer || peers.length < 2) return;
    this.inUse.set(org, ((this.inUse.get(org) ?? 0) + 1) % peers.length);
  }
}

/**
 * Whether a call failed because the peer it went to could not be reached (not running, or the
 * connection dropped): gRPC UNAVAILABLE from the client library itself. The peer's gateway also
 * answers UNAVAILABLE when it could not reach others (endorsers, orderers); it then says which in the
 * error's details, or names the orgs it found no peer for, and the peer itself is fine.
 */
export function peerUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, details, message } = error as { code?: unknown; details?: unknown; message?: unknown };
  if (code !== grpc.status.UNAVAILABLE || (Array.isArray(details) && details.length > 0)) return false;
  const text = String(message);
  return !text.includes('endorsing peers') && !text.includes('orderer');
}
