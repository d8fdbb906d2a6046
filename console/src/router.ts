import { useEffect, useState } from 'preact/hooks';

/**
 * The console's places, kept in the URL's fragment (#/securities/ACME-EQ): links and the back button work, the
 * gateway serves one page, and nothing secret is ever part of a URL.
 */
export type Route =
  | { readonly view: 'securities' }
  | { readonly view: 'cap-table'; readonly securityId: string }
  | { readonly view: 'holdings' }
  | { readonly view: 'transfer'; readonly securityId?: string }
  | { readonly view: 'audit' };

export function parseRoute(hash: string): Route | null {
  const [view, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (view) {
    case 'securities': return id ? { view: 'cap-table', securityId: id } : { view: 'securities' };
    case 'holdings': return { view: 'holdings' };
    case 'transfer': return id ? { view: 'transfer', securityId: id } : { view: 'transfer' };
    case 'audit': return { view: 'audit' };
    default: return null;
  }
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'cap-table': return `#/securities/${encodeURIComponent(route.securityId)}`;
    case 'transfer': return route.securityId ? `#/transfer/${encodeURIComponent(route.securityId)}` : '#/transfer';
    default: return `#/${route.view}`;
  }
}

/** The current route, following the fragment. */
export function useRoute(): Route | null {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
