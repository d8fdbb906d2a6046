import { sessionStore, type KeyValueStorage, type Session } from '../../console/src/session/session';

/** A Web Storage stand-in over a Map: what sessionStorage does for the store, in memory. */
function memoryStorage(): KeyValueStorage & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value), removeItem: (key) => void entries.delete(key) };
}

describe('the console session store', () => {
  const session: Session = { method: 'dev', token: 'a.b.c', role: 'investor', sub: 'alice', org: 'Bank1MSP' };

  it('keeps the session in the given storage under one key, and forgets it on sign-out', () => {
    const storage = memoryStorage();
    const store = sessionStore(storage);
    expect(store.load()).toBeNull();
    store.save(session);
    expect([...storage.entries.keys()]).toEqual(['st2.console.session']);
    expect(sessionStore(storage).load()).toEqual(session);
    store.clear();
    expect(storage.entries.size).toBe(0);
    expect(store.load()).toBeNull();
  });

  it('forgets a session whose token has expired instead of loading it', () => {
    const storage = memoryStorage();
    let now = 1_000;
    const store = sessionStore(storage, () => now);
    store.save({ ...session, method: 'oidc', expiresAt: 61_000 });
    expect(store.load()).toMatchObject({ method: 'oidc', expiresAt: 61_000 });
    now = 61_000;
    expect(store.load()).toBeNull();
    expect(storage.entries.size).toBe(0);
  });
});
