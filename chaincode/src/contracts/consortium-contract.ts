import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { execute } from './execute';

/**
 * Consortium governance (domain/governance.ts): the orgs' roles and the administrators themselves change
 * only by N-of-M approval. Trusted claim issuers are consortium changes too, submitted through the identity
 * contract where they always were; any pending change can be approved here by its subject.
 */
@Info({ title: 'consortium', description: 'Consortium-wide settings, changed by N-of-M approval of the administrator orgs' })
export class ConsortiumContract extends Contract {
  constructor() {
    super('consortium');
  }

  /** `{ org, roles }`: admits an org or changes the roles its certificates may carry. */
  @Transaction()
  @Returns('string')
  async setOrgRoles(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SetOrgRoles', input);
  }

  /** `{ admins, approvals }`: the administrator orgs and how many must approve a change. */
  @Transaction()
  @Returns('string')
  async setAdmins(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SetConsortiumAdmins', input);
  }

  /** `{ subject }`: approves the change pending on it, as proposed. */
  @Transaction()
  @Returns('string')
  async approve(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ApproveConsortiumChange', input);
  }
}
