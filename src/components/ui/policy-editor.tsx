/**
 * The JSON policy editor: a plain textarea (so every browser feature works: undo, paste,
 * screen readers), line numbers, and the policy checked as it is typed with the engine's own
 * parser, the one IAM and KMS use. A JSON syntax error is shown with its line and column and the
 * line is marked in the gutter; a grammar problem ("Policy statement must contain actions.")
 * with AWS's words.
 */
import { useId, useRef } from 'react';
import { parsePolicyDocument, type PolicyKind } from '@/iam/policy-document';
import './policy-editor.css';

export interface PolicyProblem {
  message: string;
  line?: number;
  column?: number;
}

/** What is wrong with a policy text, or undefined when it is a valid policy of that kind. */
export function policyProblem(text: string, kind: PolicyKind = 'identity'): PolicyProblem | undefined {
  const r = parsePolicyDocument(text, kind);
  if (r.ok) return undefined;
  return { message: r.problem, line: r.line, column: r.column };
}

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  /** identity (IAM policies), resource (key policies) or trust (role trust policies). */
  kind?: PolicyKind;
  rows?: number;
  readOnly?: boolean;
  /** Takes focus when shown: for an editor opened by an Edit button, which it replaces. */
  autoFocus?: boolean;
}

export function PolicyEditor({ label, value, onChange, kind = 'identity', rows = 16, readOnly, autoFocus }: Props) {
  const id = useId();
  const gutter = useRef<HTMLDivElement>(null);
  const problem = policyProblem(value, kind);
  const lines = value.split('\n').length;

  return (
    <div className="policy-editor">
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      <div className={problem ? 'policy-editor__frame policy-editor__frame--invalid' : 'policy-editor__frame'}>
        <div ref={gutter} className="policy-editor__gutter" aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <div key={i} className={problem?.line === i + 1 ? 'policy-editor__line policy-editor__line--error' : 'policy-editor__line'}>
              {i + 1}
            </div>
          ))}
        </div>
        <textarea
          id={id}
          className="policy-editor__text"
          value={value}
          rows={rows}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          readOnly={readOnly}
          autoFocus={autoFocus}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-status`}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <p id={`${id}-status`} className={problem ? 'policy-editor__status policy-editor__status--error' : 'policy-editor__status'} aria-live="polite">
        {problem ? problem.message : 'The policy is valid JSON and a valid policy.'}
      </p>
    </div>
  );
}
