/**
 * Labelled form controls. Each control gets its label, its hint and its error wired through
 * ids (aria-describedby, aria-invalid), so screen readers read them with the control.
 */
import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  children: (ids: FieldIds) => ReactNode;
}

/** The frame of a field: label above, the control, then its hint and its error. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="form-field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A control that holds a text value, in a Field: the Field's texts, and onChange with the new value. */
type ValueFieldProps<Attributes> = Omit<Attributes, 'onChange'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  value: string;
  onChange(value: string): void;
};

/** The attributes that tie a control to its Field's hint and error, and report its new value. */
function wired({ describedBy, invalid }: FieldIds, onChange: (value: string) => void) {
  return {
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange(e.target.value),
  };
}

export function TextField({ label, hint, error, value, onChange, ...rest }: ValueFieldProps<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <input id={ids.id} className="input" type="text" value={value} {...wired(ids, onChange)} {...rest} />}
    </Field>
  );
}

export function TextArea({ label, hint, error, value, onChange, ...rest }: ValueFieldProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <textarea id={ids.id} className="input textarea" value={value} {...wired(ids, onChange)} {...rest} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  value,
  onChange,
  options,
  ...rest
}: ValueFieldProps<SelectHTMLAttributes<HTMLSelectElement>> & { options: { value: string; label: string }[] }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => (
        <select id={ids.id} value={value} {...wired(ids, onChange)} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label to the right and an optional description under it. */
export function Checkbox({
  label,
  description,
  checked,
  onChange,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> & {
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={description ? `${id}-d` : undefined}
        {...rest}
      />
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-d`} className="checkbox__description">
          {description}
        </p>
      )}
    </div>
  );
}
