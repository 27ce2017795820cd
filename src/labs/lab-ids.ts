/**
 * The guided labs' ids, without their content: the saved lab progress (src/state/lab-progress.ts)
 * checks ids against this list at start, so the catalogue (steps, checks, solutions) can load
 * with the lab screens instead of with the first screen (issue 8). lab-ids.test.ts keeps it
 * equal to the catalogue's ids, in order.
 */
export const LAB_IDS: readonly string[] = [
  'iam-setup',
  'create-cmk',
  'cli-encrypt',
  'data-key',
  'file-encryption',
  'rotation',
  'key-states',
  'separation-of-duties',
  'import-key-material',
  'break-it',
  'acm-cloudfront',
  'sign-verify',
  'hmac-tokens',
  'grant',
  'key-store',
  'data-keys-later',
  'manual-rotation',
];

export const isLabId = (id: string) => LAB_IDS.includes(id);
