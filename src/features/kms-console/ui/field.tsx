/** A text field (shared Field frame) that can show a fixed prefix before the input, like the console's alias/ field. */
import type { InputHTMLAttributes } from 'react';
import { Field } from '@/components/ui/form-field';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'prefix'> {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
  prefix?: string;
}

export function PrefixedField({ label, value, onChange, hint, error, prefix, ...rest }: Props) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <div className="kms-prefixed">
          {prefix && (
            <span className="kms-prefix mono" aria-hidden="true">
              {prefix}
            </span>
          )}
          <input
            id={id}
            className="input"
            type="text"
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange(e.target.value)}
            {...rest}
          />
        </div>
      )}
    </Field>
  );
}
