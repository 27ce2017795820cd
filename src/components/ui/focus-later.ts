/**
 * Moves focus after the next render, for a control that makes itself disappear (Remove, Edit,
 * Cancel): without it focus falls to <body> and a keyboard user is sent back to the top of the
 * page. `focusLater(() => ref.current)` focuses what the getter returns once React has rendered.
 */
import { useEffect, useState } from 'react';

export function useFocusLater(): (target: () => HTMLElement | null | undefined) => void {
  const [target, setTarget] = useState<{ get: () => HTMLElement | null | undefined }>();
  useEffect(() => {
    target?.get()?.focus();
  }, [target]);
  return (get) => setTarget({ get });
}
