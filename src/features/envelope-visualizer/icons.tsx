/** Small pictures that give each kind of object its own look (decorative: every object is also named in text). */
import type { ObjectKind } from '@/envelope/storyboard';

const PATHS: Record<ObjectKind, string> = {
  // A key with a padlock body: the KMS key, locked inside KMS.
  'kms-key':
    'M6 10V7a6 6 0 0 1 12 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1zm2 0h8V7a4 4 0 0 0-8 0v3zm4 3a2 2 0 0 0-1 3.7V19h2v-2.3A2 2 0 0 0 12 13z',
  // A key.
  'data-key': 'M7 14a5 5 0 1 1 4.9-6H22v4h-2v3h-3v-3h-5.1A5 5 0 0 1 7 14zm0-3a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  // A sealed envelope.
  edk: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 3.2V17h16V8.2l-8 5-8-5zM5.3 7 12 11.2 18.7 7H5.3z',
  // A label tag.
  context: 'M3 3h8l10 10-8 8L3 11V3zm4 2.5A1.5 1.5 0 1 0 7 8.5a1.5 1.5 0 0 0 0-3z',
  // A page.
  file: 'M6 2h8l5 5v14a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm7 1.5V8h4.5L13 3.5zM8 12h8v2H8v-2zm0 4h8v2H8v-2z',
  // Stacked frames.
  frames: 'M4 4h16v4H4V4zm0 6h16v4H4v-4zm0 6h16v4H4v-4z',
  // A disk.
  message:
    'M12 2c5 0 9 1.8 9 4v12c0 2.2-4 4-9 4s-9-1.8-9-4V6c0-2.2 4-4 9-4zm0 2C7.6 4 5 5.4 5 6s2.6 2 7 2 7-1.4 7-2-2.6-2-7-2zm7 4.7C17.4 9.5 14.9 10 12 10s-5.4-.5-7-1.3V12c0 .6 2.6 2 7 2s7-1.4 7-2V8.7zm0 6C17.4 15.5 14.9 16 12 16s-5.4-.5-7-1.3V18c0 .6 2.6 2 7 2s7-1.4 7-2v-3.3z',
  // A stop sign.
  refusal: 'M8 2h8l6 6v8l-6 6H8l-6-6V8l6-6zm-1 9v2h10v-2H7z',
};

export function ObjectIcon({ kind }: { kind: ObjectKind }) {
  return (
    <svg className="env-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
