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

export function sessionStore(storage: KeyValueStorage): SessionStore {
  return {
    load: () => {
      const saved = storage.getItem(KEY);
      return saved ? (JSON.parse(saved) as Session) : null;
    },
    save: (session) => storage.setItem(KEY, JSON.stringify(session)),
    clear: () => storage.removeItem(KEY),
  };
}
