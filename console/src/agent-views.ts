/**
 * The issuer's and agents' views of one security (rules, issuance, freezes, forced transfers and recoveries, pending
 * approvals, documents, calendar, distributions): each at `#/<view>/<security>`, or at `#/<view>` with a security to pick first.
 */
export const AGENT_VIEWS = ['rules', 'issuance', 'freezes', 'forced-transfers', 'approvals', 'documents', 'calendar', 'distributions'] as const;
export type AgentView = (typeof AGENT_VIEWS)[number];

export function isAgentView(view: string | undefined): view is AgentView {
  return AGENT_VIEWS.some((known) => known === view);
}

export const AGENT_VIEW_LABELS: Readonly<Record<AgentView, string>> = {
  rules: 'Rules',
  issuance: 'Issuance',
  freezes: 'Freezes',
  'forced-transfers': 'Forced transfers',
  approvals: 'Pending approvals',
  documents: 'Documents',
  calendar: 'Calendar',
  distributions: 'Distributions',
};
