/**
 * The areas of the "What is simplified" page, by source folder: the first prefix a note's file
 * starts with names its area, in the page's order. A file of no listed folder is "The whole lab".
 */
import type { SimplifiedNote } from 'virtual:simplified-notes';

export const AREAS: readonly { id: string; title: string; folders: string[] }[] = [
  { id: 'kms', title: 'AWS KMS', folders: ['src/kms/'] },
  { id: 'iam', title: 'IAM', folders: ['src/iam/'] },
  { id: 'acm', title: 'Certificate Manager and Private CA', folders: ['src/acm/'] },
  { id: 'secrets', title: 'Secrets Manager', folders: ['src/secrets/', 'src/features/secrets-console/'] },
  { id: 'envelope', title: 'Envelope encryption and the AWS Encryption CLI', folders: ['src/envelope/', 'src/cli/encryption-cli/'] },
  { id: 'cloudshell', title: 'CloudShell and the AWS CLI', folders: ['src/cli/', 'src/vfs/', 'src/features/cloudshell/'] },
  { id: 'endpoint', title: 'The local KMS endpoint (wire protocol)', folders: ['src/cloud/protocol/', 'src/endpoint/'] },
];
export const WHOLE_LAB = { id: 'lab', title: 'The whole lab' };

/** The notes grouped by area, in the page's order; empty areas left out. */
export function byArea(notes: readonly SimplifiedNote[]): { id: string; title: string; notes: SimplifiedNote[] }[] {
  const areaOf = (n: SimplifiedNote) => AREAS.find((a) => a.folders.some((f) => n.file.startsWith(f))) ?? WHOLE_LAB;
  return [...AREAS, WHOLE_LAB]
    .map((a) => ({ id: a.id, title: a.title, notes: notes.filter((n) => areaOf(n).id === a.id).sort((x, y) => x.title.localeCompare(y.title)) }))
    .filter((a) => a.notes.length > 0);
}
