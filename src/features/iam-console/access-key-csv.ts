/**
 * The .csv the AWS console offers when an access key is created: the only copy of the secret.
 * Same header and file name as AWS's (`<user>_accessKeys.csv`).
 */
export const accessKeyCsv = (accessKeyId: string, secretAccessKey: string) => `Access key ID,Secret access key\n${accessKeyId},${secretAccessKey}\n`;

export const accessKeyCsvName = (userName: string) => `${userName}_accessKeys.csv`;
