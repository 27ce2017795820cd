/** Step 1, "Configure key": key type, key usage, key spec, and the advanced options (origin, regionality). */
import { useState } from 'react';
import type { Origin } from '@/kms/model/key';
import { USAGE_LABELS, type KeySpec, type KeyUsage } from '@/kms/model/key-specs';
import { chooseKeyType, specsFor, USAGES_OF, type KeyType, type Problems, type WizardState } from './wizard-state';

export interface StoreOption {
  id: string;
  name: string;
  state: string;
}

interface Props {
  state: WizardState;
  set(patch: Partial<WizardState>): void;
  problems: Problems;
  stores: StoreOption[];
}

const ORIGINS: { value: Origin | 'EXTERNAL_KEY_STORE'; label: string; hint: string }[] = [
  { value: 'AWS_KMS', label: 'KMS - recommended', hint: 'AWS KMS creates and manages the key material.' },
  { value: 'EXTERNAL', label: 'External (Import key material)', hint: 'You create the key material and import it into the key.' },
  { value: 'AWS_CLOUDHSM', label: 'AWS CloudHSM key store', hint: 'AWS KMS creates the key material in your AWS CloudHSM cluster.' },
  { value: 'EXTERNAL_KEY_STORE', label: 'External key store', hint: 'Not simulated in KMS Lab.' },
];

const TYPES: { value: KeyType; label: string; hint: string }[] = [
  { value: 'symmetric', label: 'Symmetric', hint: 'A single key used for encrypting and decrypting data or generating and verifying HMAC codes.' },
  {
    value: 'asymmetric',
    label: 'Asymmetric',
    hint: 'A public and private key pair used for encrypting and decrypting data, signing and verifying messages, or deriving shared secrets.',
  },
];

const USAGE_HINTS: Record<KeyType, Partial<Record<KeyUsage, string>>> = {
  symmetric: {
    ENCRYPT_DECRYPT: 'Use the key only to encrypt and decrypt data.',
    GENERATE_VERIFY_MAC: 'Use the key only to generate and verify hash-based message authentication codes (HMAC).',
  },
  asymmetric: {
    ENCRYPT_DECRYPT: 'Use the key pair to encrypt and decrypt data: anyone with the public key can encrypt, only KMS decrypts.',
    SIGN_VERIFY: 'Use the key pair to sign messages and verify signatures: anyone with the public key can verify.',
    KEY_AGREEMENT: 'Use the key pair to derive shared secrets with a peer (ECDH).',
  },
};

const SPEC_HINTS: Partial<Record<KeySpec, string>> = {
  RSA_2048: 'RSA with a 2048-bit modulus.',
  RSA_3072: 'RSA with a 3072-bit modulus.',
  RSA_4096: 'RSA with a 4096-bit modulus.',
  ECC_NIST_P256: 'Elliptic curve NIST P-256 (secp256r1).',
  ECC_NIST_P384: 'Elliptic curve NIST P-384 (secp384r1).',
  ECC_NIST_P521: 'Elliptic curve NIST P-521 (secp521r1).',
  ECC_SECG_P256K1: 'Elliptic curve secp256k1, used for cryptocurrencies.',
  ECC_NIST_EDWARDS25519: 'Edwards curve Ed25519 (EdDSA).',
  ML_DSA_44: 'Post-quantum signatures, ML-DSA (FIPS 204), security category 2.',
  ML_DSA_65: 'Post-quantum signatures, ML-DSA (FIPS 204), security category 3.',
  ML_DSA_87: 'Post-quantum signatures, ML-DSA (FIPS 204), security category 5.',
  HMAC_224: 'HMAC with SHA-224, a 224-bit key.',
  HMAC_256: 'HMAC with SHA-256, a 256-bit key.',
  HMAC_384: 'HMAC with SHA-384, a 384-bit key.',
  HMAC_512: 'HMAC with SHA-512, a 512-bit key.',
};

export function StepConfigure({ state, set, problems, stores }: Props) {
  const [advanced, setAdvanced] = useState(state.origin !== 'AWS_KMS');
  const connected = stores.filter((s) => s.state === 'CONNECTED');
  const specs = specsFor(state.keyType, state.keyUsage);
  const symmetricEncryption = state.keySpec === 'SYMMETRIC_DEFAULT';
  return (
    <>
      <fieldset className="kms-fieldset">
        <legend>Key type</legend>
        {TYPES.map((t) => (
          <Radio
            key={t.value}
            name="key-type"
            id={`key-type-${t.value}`}
            checked={state.keyType === t.value}
            label={t.label}
            hint={t.hint}
            onChange={() => set(chooseKeyType(state, t.value))}
          />
        ))}
      </fieldset>
      <fieldset className="kms-fieldset">
        <legend>Key usage</legend>
        {USAGES_OF[state.keyType].map((usage) => (
          <Radio
            key={usage}
            name="key-usage"
            id={`key-usage-${usage}`}
            checked={state.keyUsage === usage}
            label={USAGE_LABELS[usage]}
            hint={USAGE_HINTS[state.keyType][usage]!}
            onChange={() => set(chooseKeyType(state, state.keyType, usage))}
          />
        ))}
      </fieldset>
      {!symmetricEncryption && (
        <fieldset className="kms-fieldset">
          <legend>Key spec</legend>
          {specs.map((spec) => (
            <Radio
              key={spec}
              name="key-spec"
              id={`key-spec-${spec}`}
              checked={state.keySpec === spec}
              label={spec}
              hint={SPEC_HINTS[spec] ?? ''}
              onChange={() => set({ keySpec: spec, editedPolicy: undefined })}
            />
          ))}
        </fieldset>
      )}
      <button type="button" className="kms-disclosure" aria-expanded={advanced} aria-controls="kms-advanced" onClick={() => setAdvanced(!advanced)}>
        <span aria-hidden="true">{advanced ? '▾' : '▸'}</span> Advanced options
      </button>
      <div id="kms-advanced" hidden={!advanced}>
        <fieldset className="kms-fieldset">
          <legend>Key material origin</legend>
          {ORIGINS.map((o) => (
            <Radio
              key={o.value}
              name="origin"
              id={`origin-${o.value}`}
              checked={state.origin === o.value}
              disabled={o.value === 'EXTERNAL_KEY_STORE' || (o.value === 'AWS_CLOUDHSM' && !symmetricEncryption)}
              label={o.label}
              hint={o.value === 'AWS_CLOUDHSM' && !symmetricEncryption ? 'Only symmetric encryption keys can be created in an AWS CloudHSM key store.' : o.hint}
              onChange={() => set({ origin: o.value as Origin })}
            />
          ))}
        </fieldset>
        {state.origin === 'EXTERNAL' && (
          <div className="kms-explain">
            <p>
              A key with imported key material starts without key material (Pending import). You import it from the key's Key material tab. You are responsible
              for the key material: keep a copy, because KMS cannot recover it if it expires or is deleted.
            </p>
            <div className="checkbox">
              <input
                id="kms-ack-external"
                type="checkbox"
                checked={state.acknowledgeExternal}
                onChange={(e) => set({ acknowledgeExternal: e.target.checked })}
                aria-invalid={!!problems.acknowledge || undefined}
                aria-describedby={problems.acknowledge ? 'kms-ack-external-error' : undefined}
              />
              <label htmlFor="kms-ack-external">I understand the security, availability, and durability implications of using an imported key.</label>
            </div>
            {problems.acknowledge && (
              <p id="kms-ack-external-error" className="form-field__error">
                {problems.acknowledge}
              </p>
            )}
          </div>
        )}
        {state.origin === 'AWS_CLOUDHSM' && (
          <div className="form-field">
            <label htmlFor="kms-key-store">AWS CloudHSM key store</label>
            <p id="kms-key-store-hint" className="kms-hint">
              Only connected key stores can create keys. Manage key stores under Custom key stores.
            </p>
            <select
              id="kms-key-store"
              value={state.customKeyStoreId}
              onChange={(e) => set({ customKeyStoreId: e.target.value })}
              aria-invalid={!!problems.keyStore || undefined}
              aria-describedby={problems.keyStore ? 'kms-key-store-hint kms-key-store-error' : 'kms-key-store-hint'}
            >
              <option value="">Choose a key store</option>
              {connected.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.id})
                </option>
              ))}
            </select>
            {connected.length === 0 && <p className="kms-hint">No connected AWS CloudHSM key store in this Region.</p>}
            {problems.keyStore && (
              <p id="kms-key-store-error" className="form-field__error">
                {problems.keyStore}
              </p>
            )}
          </div>
        )}
        <fieldset className="kms-fieldset">
          <legend>Regionality</legend>
          <Radio
            name="regionality"
            id="regionality-single"
            checked
            label="Single-Region key"
            hint="Never allow this key to be replicated into other Regions."
          />
          <Radio name="regionality" id="regionality-multi" disabled label="Multi-Region key" hint="Multi-Region keys are not simulated in KMS Lab." />
        </fieldset>
      </div>
    </>
  );
}

interface RadioProps {
  name: string;
  id: string;
  label: string;
  hint: string;
  checked?: boolean;
  disabled?: boolean;
  onChange?(): void;
}

function Radio({ name, id, label, hint, checked, disabled, onChange }: RadioProps) {
  return (
    <div className="kms-radio">
      <input type="radio" name={name} id={id} checked={!!checked} disabled={disabled} onChange={() => onChange?.()} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="kms-hint">
        {hint}
      </p>
    </div>
  );
}
