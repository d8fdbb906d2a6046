import type { Role } from './roles';

/**
 * Who is signed in, and the bearer token every API call carries. How the token was obtained is the sign-in
 * method's business: `dev` (the gateway's --dev-identity sign-in, ./dev-sign-in.ts) or `oidc` (the member's
 * OpenID Connect provider, authorization code with PKCE, ./oidc.ts); the views see only a Session.
 */
export interface Session {
  readonly method: 'dev' | 'oidc';
  readonly token: string;
  readonly role: Role;
  readonly sub: string;
  /** MSP id. */
  readonly org: string;
  /** When the token expires (ms since the epoch): the console signs out then, rather than show refusals. */
  readonly expiresAt?: number;
  /** OIDC: the provider's end-session URL, so that signing out here signs out there too. */
  readonly endSessionUrl?: string;
}

/** Where the session lives: this tab's sessionStorage (gone when the tab closes), never the URL or localStorage. */
export interface SessionStore {
  load(): Session | null;
  save(session: Session): void;
  clear(): void;
}

/** What the store needs of the Web Storage API (sessionStorage has it), so the store is no browser-only code. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'st2.console.session';

/** `now`: the clock the token's expiry is read against; an expired session is forgotten, not loaded. */
export function sessionStore(storage: KeyValueStorage, now: () => number = Date.now): SessionStore {
  return {
    load: () => {
      const saved = storage.getItem(KEY);
      const session = saved ? (JSON.parse(saved) as Session) : null;
      if (session?.expiresAt !== undefined && session.expiresAt <= now()) {
        storage.removeItem(KEY);
        return null;
      }
      return session;
    },
    save: (session) => storage.setItem(KEY, JSON.stringify(session)),
    clear: () => storage.removeItem(KEY),
  };
}
