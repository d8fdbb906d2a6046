import { isAgentView, type AgentView } from './agent-views';

/**
 * The console's places, kept in the URL's fragment (#/securities/ACME-EQ): links and the back button work, the
 * gateway serves one page, and nothing secret is ever part of a URL.
 */
export type Route =
  | { readonly view: 'securities' }
  | { readonly view: 'cap-table'; readonly securityId: string }
  | { readonly view: 'holdings' }
  | { readonly view: 'transfer'; readonly securityId?: string }
  | { readonly view: 'audit' }
  | { readonly view: 'performance'; readonly securityId: string; readonly benchmark?: string }
  | { readonly view: 'oversight' }
  | { readonly view: 'oversight-security'; readonly securityId: string }
  | { readonly view: 'custody' }
  | { readonly view: 'custody-account'; readonly accountId: string }
  | { readonly view: 'network' }
  | { readonly view: AgentView; readonly securityId?: string };

export function parseRoute(hash: string): Route | null {
  const [view, id, benchmark] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (view) {
    case 'securities': return id ? { view: 'cap-table', securityId: id } : { view: 'securities' };
    case 'holdings': return { view: 'holdings' };
    case 'transfer': return id ? { view: 'transfer', securityId: id } : { view: 'transfer' };
    case 'audit': return { view: 'audit' };
    case 'performance': return id ? { view: 'performance', securityId: id, ...(benchmark ? { benchmark } : {}) } : null;
    case 'oversight': return id ? { view: 'oversight-security', securityId: id } : { view: 'oversight' };
    case 'custody': return id ? { view: 'custody-account', accountId: id } : { view: 'custody' };
    case 'network': return { view: 'network' };
    default: return isAgentView(view) ? { view, ...(id ? { securityId: id } : {}) } : null;
  }
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'cap-table': return `#/securities/${encodeURIComponent(route.securityId)}`;
    case 'transfer': return route.securityId ? `#/transfer/${encodeURIComponent(route.securityId)}` : '#/transfer';
    case 'performance': return `#/performance/${[route.securityId, ...(route.benchmark ? [route.benchmark] : [])].map(encodeURIComponent).join('/')}`;
    case 'oversight-security': return `#/oversight/${encodeURIComponent(route.securityId)}`;
    case 'custody-account': return `#/custody/${encodeURIComponent(route.accountId)}`;
    default: return 'securityId' in route && route.securityId ? `#/${route.view}/${encodeURIComponent(route.securityId)}` : `#/${route.view}`;
  }
}
