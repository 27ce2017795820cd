/** The "Cryptographic configuration" tab: what the key is and what it can do, from DescribeKey. */
import { Fragment } from 'react';
import { USAGE_LABELS, type KeyUsage } from '@/kms/model/key-specs';

export interface KeyMeta {
  KeyId: string;
  Arn: string;
  KeyState: string;
  KeyManager: 'AWS' | 'CUSTOMER';
  Origin: 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM';
  KeySpec: string;
  KeyUsage: string;
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  MacAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
  Description: string;
  CreationDate: Date;
  DeletionDate?: Date;
  ValidTo?: Date;
  ExpirationModel?: string;
  CustomKeyStoreId?: string;
  CloudHsmClusterId?: string;
  MultiRegion: boolean;
}

/** The console's words for the key type: symmetric (encryption and HMAC keys) or asymmetric. */
export const keyTypeOf = (spec: string) => (spec === 'SYMMETRIC_DEFAULT' || spec.startsWith('HMAC_') ? 'Symmetric' : 'Asymmetric');

const ALGORITHM_LISTS = [
  ['Encryption algorithms', 'EncryptionAlgorithms'],
  ['Signing algorithms', 'SigningAlgorithms'],
  ['MAC algorithms', 'MacAlgorithms'],
  ['Key agreement algorithms', 'KeyAgreementAlgorithms'],
] as const;

export function CryptoTab({ meta }: { meta: KeyMeta }) {
  return (
    <>
      <h2>Cryptographic configuration</h2>
      <dl className="summary">
        <dt>Key type</dt>
        <dd>{keyTypeOf(meta.KeySpec)}</dd>
        <dt>Origin</dt>
        <dd className="mono">{meta.Origin}</dd>
        <dt>Key spec</dt>
        <dd className="mono">{meta.KeySpec}</dd>
        <dt>Key usage</dt>
        <dd>{USAGE_LABELS[meta.KeyUsage as KeyUsage] ?? meta.KeyUsage}</dd>
        {ALGORITHM_LISTS.map(([label, field]) =>
          meta[field] ? (
            <Fragment key={field}>
              <dt>{label}</dt>
              <dd className="mono">{meta[field]!.join(', ')}</dd>
            </Fragment>
          ) : null,
        )}
        {meta.CustomKeyStoreId && (
          <>
            <dt>Custom key store ID</dt>
            <dd className="mono">{meta.CustomKeyStoreId}</dd>
            <dt>CloudHSM cluster ID</dt>
            <dd className="mono">{meta.CloudHsmClusterId}</dd>
          </>
        )}
      </dl>
    </>
  );
}
