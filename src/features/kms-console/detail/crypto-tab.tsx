/** The "Cryptographic configuration" tab: what the key is and what it can do, from DescribeKey. */
export interface KeyMeta {
  KeyId: string;
  Arn: string;
  KeyState: string;
  KeyManager: 'AWS' | 'CUSTOMER';
  Origin: 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM';
  KeySpec: string;
  KeyUsage: string;
  EncryptionAlgorithms: string[];
  Description: string;
  CreationDate: Date;
  DeletionDate?: Date;
  ValidTo?: Date;
  ExpirationModel?: string;
  CustomKeyStoreId?: string;
  CloudHsmClusterId?: string;
  MultiRegion: boolean;
}

export function CryptoTab({ meta }: { meta: KeyMeta }) {
  return (
    <>
      <h2>Cryptographic configuration</h2>
      <dl className="summary">
        <dt>Key type</dt>
        <dd>Symmetric</dd>
        <dt>Origin</dt>
        <dd className="mono">{meta.Origin}</dd>
        <dt>Key spec</dt>
        <dd className="mono">{meta.KeySpec}</dd>
        <dt>Key usage</dt>
        <dd>{meta.KeyUsage === 'ENCRYPT_DECRYPT' ? 'Encrypt and decrypt' : meta.KeyUsage}</dd>
        <dt>Encryption algorithms</dt>
        <dd className="mono">{meta.EncryptionAlgorithms.join(', ')}</dd>
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
