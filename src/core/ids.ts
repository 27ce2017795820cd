/** Account, regions, ARNs and identifier shapes of the simulated account. */
export const ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION = 'us-east-1';

/** Commercial regions (partition aws) that the lab accepts. */
export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
] as const;

export const REGION_NAMES: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'af-south-1': 'Africa (Cape Town)',
  'ap-east-1': 'Asia Pacific (Hong Kong)',
  'ap-east-2': 'Asia Pacific (Taipei)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-south-2': 'Asia Pacific (Hyderabad)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-southeast-3': 'Asia Pacific (Jakarta)',
  'ap-southeast-4': 'Asia Pacific (Melbourne)',
  'ap-southeast-5': 'Asia Pacific (Malaysia)',
  'ap-southeast-7': 'Asia Pacific (Thailand)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-northeast-3': 'Asia Pacific (Osaka)',
  'ca-central-1': 'Canada (Central)',
  'ca-west-1': 'Canada West (Calgary)',
  'eu-central-1': 'Europe (Frankfurt)',
  'eu-central-2': 'Europe (Zurich)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-west-2': 'Europe (London)',
  'eu-west-3': 'Europe (Paris)',
  'eu-south-1': 'Europe (Milan)',
  'eu-south-2': 'Europe (Spain)',
  'eu-north-1': 'Europe (Stockholm)',
  'il-central-1': 'Israel (Tel Aviv)',
  'me-south-1': 'Middle East (Bahrain)',
  'me-central-1': 'Middle East (UAE)',
  'mx-central-1': 'Mexico (Central)',
  'sa-east-1': 'South America (São Paulo)',
};

export const isRegion = (r: string): boolean => (REGIONS as readonly string[]).includes(r);

export const keyArn = (region: string, keyId: string, account = ACCOUNT_ID) => `arn:aws:kms:${region}:${account}:key/${keyId}`;

/** `alias/foo` -> `arn:aws:kms:<region>:<account>:alias/foo`. */
export const aliasArn = (region: string, aliasName: string, account = ACCOUNT_ID) => `arn:aws:kms:${region}:${account}:${aliasName}`;

export const rootArn = (account = ACCOUNT_ID) => `arn:aws:iam::${account}:root`;
export const userArn = (name: string, path = '/', account = ACCOUNT_ID) => `arn:aws:iam::${account}:user${path}${name}`;
export const groupArn = (name: string, path = '/', account = ACCOUNT_ID) => `arn:aws:iam::${account}:group${path}${name}`;
export const roleArn = (name: string, path = '/', account = ACCOUNT_ID) => `arn:aws:iam::${account}:role${path}${name}`;
export const managedPolicyArn = (name: string) => `arn:aws:iam::aws:policy/${name}`;

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MRK_RE = /^mrk-[0-9a-f]{32}$/i;
export const isKeyId = (s: string) => UUID_RE.test(s) || MRK_RE.test(s);

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(arn: string): ParsedArn | undefined {
  const m = /^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$/.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4]!, resource: m[5]! };
}

/**
 * The dates a saved or imported account may hold: 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z,
 * the span every date display of the lab can show (a four-digit ISO year). Outside it, or not a
 * number at all (1e300, NaN), a date is damage, not a date.
 */
export const MIN_TIME_MS = 0;
export const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const isSaneTime = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms >= MIN_TIME_MS && ms <= MAX_TIME_MS;
