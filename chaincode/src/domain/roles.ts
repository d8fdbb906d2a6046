/** The roles st2 knows. A caller's role comes from its certificate (`st2.role`), never from arguments. */
/** `cash-issuer`: creates, issues and redeems cash (cash.ts); the topology grants it to named banks only. */
export const ROLES = ['admin', 'issuer', 'agent', 'claim-issuer', 'custodian', 'investor', 'regulator', 'cash-issuer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is acting: org (MSP id), role and st2 identity, as established by the adapter. */
export interface Actor {
  readonly org: string;
  readonly role: Role;
  readonly id: string;
}
