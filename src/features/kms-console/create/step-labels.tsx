/** Step 2, "Add labels": alias (required in the console), description, tags. */
import { useRef } from 'react';
import { TextArea, TextField } from '@/components/ui/form-field';
import { PrefixedField } from '@/features/kms-console/ui/field';
import type { Problems, TagDraft, WizardState } from './wizard-state';

interface Props {
  state: WizardState;
  set(patch: Partial<WizardState>): void;
  problems: Problems;
}

let nextTagId = 1;

export function StepLabels({ state, set, problems }: Props) {
  const setTag = (id: number, patch: Partial<TagDraft>) => set({ tags: state.tags.map((t) => (t.id === id ? { ...t, ...patch } : t)) });
  const addTag = useRef<HTMLButtonElement>(null);
  return (
    <>
      <section aria-labelledby="kms-alias-heading" className="panel">
        <h2 id="kms-alias-heading">Alias</h2>
        <PrefixedField
          label="Alias"
          prefix="alias/"
          hint="A display name for the key. 1-256 characters with the alias/ prefix: letters, numbers, /, _ and -. It cannot begin with aws/ (reserved for AWS managed keys). You can change it later."
          value={state.alias}
          onChange={(alias) => set({ alias })}
          error={problems.alias}
          autoComplete="off"
          spellCheck={false}
        />
      </section>
      <section aria-labelledby="kms-description-heading" className="panel">
        <h2 id="kms-description-heading">Description - optional</h2>
        <TextArea
          label="Description"
          hint="Explain the type of data the key protects or the application that uses it."
          value={state.description}
          onChange={(description) => set({ description })}
          error={problems.description}
        />
      </section>
      <section aria-labelledby="kms-tags-heading" className="panel">
        <h2 id="kms-tags-heading">Tags - optional</h2>
        <p className="kms-hint">Tags are key-value pairs that help you identify, organize and control access to the key.</p>
        {state.tags.length === 0 && <p>No tags are associated with this key.</p>}
        {state.tags.map((t, i) => (
          <fieldset key={t.id} className="kms-tag-row">
            <legend className="visually-hidden">Tag {i + 1}</legend>
            <TextField label="Tag key" value={t.key} onChange={(key) => setTag(t.id, { key })} error={problems[`tag-key-${t.id}`]} />
            <TextField label="Tag value - optional" value={t.value} onChange={(value) => setTag(t.id, { value })} error={problems[`tag-value-${t.id}`]} />
            <button
              type="button"
              className="button"
              aria-label={`Remove tag ${i + 1}${t.key ? ` (${t.key})` : ''}`}
              onClick={() => (set({ tags: state.tags.filter((x) => x.id !== t.id) }), addTag.current?.focus())}
            >
              Remove
            </button>
          </fieldset>
        ))}
        {problems.tags && <p className="form-field__error">{problems.tags}</p>}
        {/* Remove gives focus here: the button pressed disappears with its row. */}
        <button ref={addTag} type="button" className="button" onClick={() => set({ tags: [...state.tags, { id: nextTagId++, key: '', value: '' }] })}>
          Add tag
        </button>
      </section>
    </>
  );
}
