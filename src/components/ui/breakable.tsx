/**
 * An API enum value (ENCRYPT_DECRYPT, ECC_NIST_P256) that may wrap after its underscores, never
 * inside a word: in a cell of class `enum` (global.css), the column is never squeezed below the
 * value's longest part, so "Key usage" beside the lab panel reads ENCRYPT_ / DECRYPT.
 */
import type { ReactNode } from 'react';

export function breakable(value: string): ReactNode {
  const parts = value.split('_');
  return parts.map((p, i) => (i < parts.length - 1 ? [p, '_', <wbr key={i} />] : p));
}
