/** The IAM area's public API: state, identities, policies, evaluation, and the IAM/STS operations. */
export * from './model';
export { MANAGED_POLICIES, findManagedPolicy, managedPolicyDocument, type ManagedPolicy } from './managed-policies';
export {
  parsePolicy,
  parsePolicyDocument,
  parsePolicyObject,
  type ConditionBlock,
  type ParsedPolicy,
  type ParsedStatement,
  type ParseResult,
  type PolicyKind,
  type PrincipalSpec,
} from './policy-document';
export { locateJsonError, lineColumn, type JsonErrorLocation } from './json-error';
export { CONDITION_OPERATORS, conditionsMatch, evaluateCondition, type ContextValue, type RequestContext } from './condition-operators';
export { actionMatches, arnMatches, globMatch } from './glob';
export { evaluate, ROOT_IMPLICIT_ALLOW, type AccessRequest, type Decision, type DecisionReason, type TraceEntry } from './evaluate';
export {
  createIamState,
  rootPrincipal,
  principalForUser,
  principalForRole,
  principalIamArn,
  findAccessKey,
  identityPolicies,
  LAB_ADMIN,
  EXAMPLE_ACCESS_KEY_ID,
  EXAMPLE_SECRET_ACCESS_KEY,
  DEFAULT_SESSION_NAME,
  type IdentityPolicy,
} from './state';
export { findUser, findGroup, findRole } from './find';
export type { IamContext, IamOperationDef } from './operations/context';
export { iamOperations, stsOperations } from './operations/registry';
