/** Preformatted text (JSON, commands) with a copy button. Shown as text: never interpreted as HTML. */
import { CopyButton } from './copy-button';

interface Props {
  code: string;
  /** Names the block for assistive technology and the copy button: "Policy JSON". */
  label: string;
  copy?: boolean;
}

export function CodeBlock({ code, label, copy = true }: Props) {
  return (
    <div className="code-block">
      {/* tabIndex: a scrollable region must be reachable by keyboard to be scrolled. */}
      <pre tabIndex={0} aria-label={label}>
        <code>{code}</code>
      </pre>
      {copy && <CopyButton text={code} label={`Copy ${label}`} />}
    </div>
  );
}
