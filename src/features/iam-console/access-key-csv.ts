/**
 * The .csv the AWS console offers when an access key is created: the only copy of the secret.
 * Same header and file name as AWS's (`<user>_accessKeys.csv`).
 */
export const accessKeyCsv = (accessKeyId: string, secretAccessKey: string) => `Access key ID,Secret access key\n${accessKeyId},${secretAccessKey}\n`;

export const accessKeyCsvName = (userName: string) => `${userName}_accessKeys.csv`;

/** Starts a download of a text file from memory (nothing leaves the browser). */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
