/** The st2 roles, from the chaincode's one list (a type only: nothing of the chaincode reaches the bundle). */
export type { Role } from '../../../chaincode/src/domain/roles';
