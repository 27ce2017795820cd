/**
 * "Create key": one CreateKey call with the API's defaults (a symmetric encryption key,
 * SYMMETRIC_DEFAULT, with the default key policy), exactly what `aws kms create-key` does.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatError } from './format-error';
import type { ConsoleCall } from './list-key-rows';

interface Props {
  call: ConsoleCall;
  region: string;
  regionName: string;
  onResult(message: { text: string; error: boolean }): void;
}

export function CreateKeyButton({ call, region, regionName, onResult }: Props) {
  const [busy, setBusy] = useState(false);

  async function create() {
    // aria-disabled instead of disabled: a disabled button drops keyboard focus mid-action.
    if (busy) return;
    setBusy(true);
    try {
      const { KeyMetadata } = await call({ service: 'kms', operation: 'CreateKey', input: {}, region, source: 'console' });
      onResult({ text: `Created key ${KeyMetadata.KeyId} in ${regionName}.`, error: false });
    } catch (e) {
      onResult({ text: `The key could not be created. ${formatError(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="primary" onClick={() => void create()} aria-disabled={busy || undefined}>
      Create key
    </Button>
  );
}
