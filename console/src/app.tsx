import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { gatewayClient, type St2Client } from './api/client';
import type { Outcome, Refusal } from './api/outcome';
import { navigationFor } from './navigation';
import { hrefOf, type Route } from './route';
import { useRoute } from './router';
import { CALLBACK_PATH } from './session/oidc';
import type { Session, SessionStore } from './session/session';
import { AuditView } from './views/audit';
import { CapTableView } from './views/cap-table';
import { HoldingsView } from './views/holdings';
import { OidcCallback } from './views/oidc-callback';
import { PerformanceView } from './views/performance';
import { SecuritiesView } from './views/securities';
import { SignInView } from './views/sign-in';
import { TransferView } from './views/transfer';
import { CustodyAccountView, CustodyView } from './views/custody';
import { NetworkView } from './views/network';
import { OversightView } from './views/oversight';
import { OversightSecurityView } from './views/oversight-security';
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
  // The provider's answer is handled once, on the page it returned to; a refusal stays on the sign-in view.
  const [callback, setCallback] = useState(() => location.pathname === CALLBACK_PATH);
  const [signInRefusal, setSignInRefusal] = useState<Refusal | null>(null);
  const route = useRoute();
  const client = useMemo(() => (session ? gatewayClient(baseUrl, session.token) : null), [baseUrl, session]);
  const signIn = (signedIn: Session) => {
    setSignInRefusal(null);
    sessions.save(signedIn);
    setSession(signedIn);
  };
  const signOut = () => {
    sessions.clear();
    setSession(null);
    // The provider's session too, or the next "Sign in" would come straight back as the same person.
    if (session?.endSessionUrl) location.assign(session.endSessionUrl);
  };
  // Signed out when the token expires (this store would not load it again either), saying why.
  useEffect(() => {
    if (session?.expiresAt === undefined) return undefined;
    const expire = setTimeout(() => {
      sessions.clear();
      setSession(null);
      setSignInRefusal({ code: 'ST2-UNAUTHENTICATED', message: 'Your sign-in has expired: sign in again.', status: 401 });
    }, session.expiresAt - Date.now());
    return () => clearTimeout(expire);
  }, [session]);
  const callbackFinished = (outcome: Outcome<Session>) => {
    setCallback(false);
    if (outcome.ok) signIn(outcome.value);
    else setSignInRefusal(outcome.refusal);
  };
  if (callback) return <Shell><OidcCallback onFinished={callbackFinished} /></Shell>;
  if (!session || !client) return <Shell><SignInView baseUrl={baseUrl} onSignedIn={signIn} refusal={signInRefusal} /></Shell>;
  const navigation = navigationFor(session.role);
  const current = route ?? navigation[0]?.route ?? { view: 'securities' };
  return (
    <Shell>
      <nav class="main">
        {navigation.map((item) => <a key={item.label} href={hrefOf(item.route)} data-testid={`nav-${item.route.view}`}>{item.label}</a>)}
        <span class="who" data-testid="signed-in-as">{session.sub} · {session.role} · {session.org}</span>
        <button type="button" data-testid="sign-out" onClick={signOut}>Sign out</button>
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
    case 'oversight': return <OversightView client={client} />;
    case 'oversight-security': return <OversightSecurityView client={client} securityId={route.securityId} />;
    case 'custody': return <CustodyView client={client} />;
    case 'custody-account': return <CustodyAccountView client={client} accountId={route.accountId} />;
    case 'network': return <NetworkView client={client} />;
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
