import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { gatewayClient, type St2Client } from './api/client';
import { navigationFor } from './navigation';
import { hrefOf, type Route } from './route';
import { useRoute } from './router';
import type { Session, SessionStore } from './session/session';
import { AuditView } from './views/audit';
import { CapTableView } from './views/cap-table';
import { HoldingsView } from './views/holdings';
import { PerformanceView } from './views/performance';
import { SecuritiesView } from './views/securities';
import { SignInView } from './views/sign-in';
import { TransferView } from './views/transfer';
import { ApprovalsView } from './views/approvals';
import { CalendarView } from './views/calendar';
import { DocumentsView } from './views/documents';
import { ForcedTransfersView } from './views/forced-transfers';
import { FreezesView } from './views/freezes';
import { IssuanceView } from './views/issuance';
import { RulesView } from './views/rules';
import { DistributionsView } from './views/distributions';

/** The console: sign in, then the signed-in role's views. */
export function App({ baseUrl, sessions }: { readonly baseUrl: string; readonly sessions: SessionStore }) {
  const [session, setSession] = useState<Session | null>(() => sessions.load());
  const route = useRoute();
  const client = useMemo(() => (session ? gatewayClient(baseUrl, session.token) : null), [baseUrl, session]);
  const signIn = (signedIn: Session) => {
    sessions.save(signedIn);
    setSession(signedIn);
  };
  const signOut = () => {
    sessions.clear();
    setSession(null);
  };
  if (!session || !client) return <Shell><SignInView baseUrl={baseUrl} onSignedIn={signIn} /></Shell>;
  const navigation = navigationFor(session.role);
  const current = route ?? navigation[0]?.route ?? { view: 'securities' };
  return (
    <Shell>
      <nav class="main">
        {navigation.map((item) => <a key={item.label} href={hrefOf(item.route)}>{item.label}</a>)}
        <span class="who">{session.sub} · {session.role} · {session.org}</span>
        <button type="button" onClick={signOut}>Sign out</button>
      </nav>
      <View route={current} client={client} session={session} />
    </Shell>
  );
}

function Shell({ children }: { readonly children: ComponentChildren }) {
  return (
    <>
      <header><h1>st2 console</h1></header>
      <main>{children}</main>
    </>
  );
}

function View({ route, client, session }: { readonly route: Route; readonly client: St2Client; readonly session: Session }) {
  switch (route.view) {
    case 'securities': return <SecuritiesView client={client} />;
    case 'cap-table': return <CapTableView client={client} securityId={route.securityId} />;
    case 'holdings': return <HoldingsView client={client} />;
    case 'transfer': return <TransferView client={client} from={session.sub} {...(route.securityId ? { securityId: route.securityId } : {})} />;
    case 'audit': return <AuditView client={client} />;
    case 'performance': return <PerformanceView client={client} securityId={route.securityId} {...(route.benchmark ? { benchmark: route.benchmark } : {})} />;
    case 'rules': return <RulesView client={client} {...forSecurity(route.securityId)} />;
    case 'issuance': return <IssuanceView client={client} {...forSecurity(route.securityId)} />;
    case 'freezes': return <FreezesView client={client} {...forSecurity(route.securityId)} />;
    case 'forced-transfers': return <ForcedTransfersView client={client} {...forSecurity(route.securityId)} />;
    case 'approvals': return <ApprovalsView client={client} {...forSecurity(route.securityId)} />;
    case 'documents': return <DocumentsView client={client} {...forSecurity(route.securityId)} />;
    case 'calendar': return <CalendarView client={client} {...forSecurity(route.securityId)} />;
    case 'distributions': return <DistributionsView client={client} {...forSecurity(route.securityId)} />;
  }
}

/** An agent view's props for its security, when the route names one. */
function forSecurity(securityId: string | undefined): { securityId?: string } {
  return securityId ? { securityId } : {};
}
