import { AGENT_VIEWS } from '../../console/src/agent-views';
import { navigationFor } from '../../console/src/navigation';
import { hrefOf, parseRoute } from '../../console/src/route';

describe('the console\'s issuer and agent places', () => {
  it('keeps each agent view and its security in the fragment, and reads it back; without a security, the view picks one', () => {
    for (const view of AGENT_VIEWS) {
      const route = { view, securityId: 'ACME EQ/1' };
      expect(hrefOf(route)).toBe(`#/${view}/ACME%20EQ%2F1`);
      expect(parseRoute(hrefOf(route))).toEqual(route);
      expect(parseRoute(`#/${view}`)).toEqual({ view });
    }
  });

  it('offers the issuer its rules and the agent no rules (rules are the issuer\'s), both the operations of their powers', () => {
    const views = (role: 'issuer' | 'agent') => navigationFor(role).map((item) => item.route.view);
    expect(views('issuer')).toEqual(expect.arrayContaining(['securities', 'rules', 'issuance', 'documents', 'approvals', 'calendar']));
    expect(views('agent')).toEqual(expect.arrayContaining(['securities', 'issuance', 'freezes', 'forced-transfers', 'approvals', 'calendar']));
    expect(views('agent')).not.toContain('rules');
    for (const item of [...navigationFor('issuer'), ...navigationFor('agent')]) expect(parseRoute(hrefOf(item.route))).toEqual(item.route);
  });
});
