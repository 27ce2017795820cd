/** A grant as stored on its key (plain data, structured-cloneable): the types alone, so the key's type (key.ts) names them without importing the grant rules. */
import type { GrantOperation } from './grant-operations';

export type EncryptionContextMap = Record<string, string>;

export interface GrantConstraints {
  EncryptionContextSubset?: EncryptionContextMap;
  EncryptionContextEquals?: EncryptionContextMap;
  SourceArn?: string;
}

/** A grant as stored on its key (structured-cloneable). */
export interface GrantRecord {
  /** 64 lowercase hex characters. */
  grantId: string;
  name?: string;
  creationMs: number;
  granteePrincipal?: string;
  granteeServicePrincipal?: string;
  retiringPrincipal?: string;
  retiringServicePrincipal?: string;
  /** arn:aws:iam::<account>:root of the account that created it. */
  issuingAccount: string;
  operations: GrantOperation[];
  constraints?: GrantConstraints;
}
