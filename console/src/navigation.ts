import type { Route } from './route';
import type { Role } from './session/roles';
import { AGENT_VIEW_LABELS, type AgentView } from './agent-views';

export interface NavItem {
  readonly label: string;
  readonly route: Route;
}

/** What each role's console offers, its main task first (the landing view). Roles not listed get the securities. */
const BY_ROLE: Partial<Record<Role, readonly NavItem[]>> = {
  investor: [{ label: 'My holdings', route: { view: 'holdings' } }, { label: 'Transfer', route: { view: 'transfer' } }],
  regulator: [{ label: 'Audit events', route: { view: 'audit' } }, { label: 'Securities', route: { view: 'securities' } }],
  issuer: [{ label: 'Securities', route: { view: 'securities' } }, ...agentViews(['rules', 'issuance', 'documents', 'approvals', 'freezes', 'forced-transfers', 'calendar', 'distributions'])],
  agent: [{ label: 'Securities', route: { view: 'securities' } }, ...agentViews(['issuance', 'freezes', 'forced-transfers', 'approvals', 'documents', 'calendar', 'distributions'])],
  custodian: [{ label: 'Custody accounts', route: { view: 'custody' } }, { label: 'Securities', route: { view: 'securities' } }],
  admin: [{ label: 'Securities', route: { view: 'securities' } }, { label: 'Network', route: { view: 'network' } }],
};

/** Views a role has after its main ones (each feature appends its own entry here). */
const ALSO: Partial<Record<Role, readonly NavItem[]>> = {
  regulator: [{ label: 'Oversight', route: { view: 'oversight' } }, { label: 'Network', route: { view: 'network' } }],
};

const DEFAULT: readonly NavItem[] = [{ label: 'Securities', route: { view: 'securities' } }];

export function navigationFor(role: Role): readonly NavItem[] {
  return [...(BY_ROLE[role] ?? DEFAULT), ...(ALSO[role] ?? [])];
}

/** Nav items for agent views, each starting at the security picker. */
function agentViews(views: readonly AgentView[]): readonly NavItem[] {
  return views.map((view) => ({ label: AGENT_VIEW_LABELS[view], route: { view } }));
}
