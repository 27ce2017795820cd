/**
 * Copies a text to the clipboard and says so in a live region. Where the Clipboard API is not
 * offered (insecure pages, some browsers), it says how to copy by hand instead of failing silently.
 */
import { useEffect, useState } from 'react';
import { Button } from './button';

interface Props {
  text: string;
  /** What is copied, for the accessible name: "Copy CLI command". */
  label?: string;
}

export function CopyButton({ text, label = 'Copy' }: Props) {
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (!said) return;
    const t = setTimeout(() => setSaid(''), 4000);
    return () => clearTimeout(t);
  }, [said]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied');
    } catch {
      setSaid('Copying is not available here: select the text and press Ctrl+C');
    }
  }

  return (
    <span className="copy">
      <Button className="button--small" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="copy__status">
        {said}
      </span>
    </span>
  );
}
