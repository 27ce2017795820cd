/** Step 1, "Configure key": key type, key usage, and the advanced options (origin, regionality). */
import { useState } from 'react';
import type { Origin } from '@/kms/model/key';
import type { Problems, WizardState } from './wizard-state';

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

export function StepConfigure({ state, set, problems, stores }: Props) {
  const [advanced, setAdvanced] = useState(state.origin !== 'AWS_KMS');
  const connected = stores.filter((s) => s.state === 'CONNECTED');
  return (
    <>
      <fieldset className="kms-fieldset">
        <legend>Key type</legend>
        <Radio name="key-type" id="key-type-symmetric" checked label="Symmetric" hint="A single key used for encrypting and decrypting data." />
        <Radio
          name="key-type"
          id="key-type-asymmetric"
          disabled
          label="Asymmetric"
          hint="A public and private key pair. KMS Lab simulates symmetric keys only, the keys the course teaches."
        />
      </fieldset>
      <fieldset className="kms-fieldset">
        <legend>Key usage</legend>
        <Radio name="key-usage" id="key-usage-encrypt" checked label="Encrypt and decrypt" hint="Use the key only to encrypt and decrypt data." />
        <Radio name="key-usage" id="key-usage-mac" disabled label="Generate and verify MAC" hint="HMAC keys are not simulated in KMS Lab." />
      </fieldset>
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
              disabled={o.value === 'EXTERNAL_KEY_STORE'}
              label={o.label}
              hint={o.hint}
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
