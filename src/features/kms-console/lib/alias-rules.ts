/**
 * The console's checks on an alias before it calls CreateAlias (the rules of
 * https://docs.aws.amazon.com/kms/latest/developerguide/alias-create.html): required in the
 * create-key wizard, 1-256 characters with the alias/ prefix, alphanumerics / _ - only, not
 * beginning with aws/ (reserved for AWS managed keys), unique in the account and Region.
 * The learner types the name; the console adds the alias/ prefix.
 */
import { ALIAS_NAME_MAX_LENGTH as MAX_ALIAS } from '@/cloud/rules';

export const ALIAS_PREFIX = 'alias/';

export const ALIAS_MESSAGES = {
  required: 'Alias is required.',
  reserved: 'Alias must not begin with aws/. The aws/ prefix is reserved for AWS managed keys.',
  characters: 'Alias can contain only alphanumeric characters, forward slashes (/), underscores (_), and dashes (-).',
  length: `Alias must be ${MAX_ALIAS} characters or fewer, including the alias/ prefix.`,
  duplicate: (name: string) => `An alias named ${name} already exists in this Region. Enter a different alias.`,
};

/** "myCMK" or "alias/myCMK" -> "alias/myCMK". */
export const fullAliasName = (typed: string) => {
  const t = typed.trim();
  return t.startsWith(ALIAS_PREFIX) ? t : `${ALIAS_PREFIX}${t}`;
};

/** The inline message for what the learner typed, or undefined when it is valid. */
export function aliasProblem(typed: string, existing: readonly string[] = []): string | undefined {
  const t = typed.trim();
  if (!t || t === ALIAS_PREFIX) return ALIAS_MESSAGES.required;
  const name = fullAliasName(t);
  const rest = name.slice(ALIAS_PREFIX.length);
  if (rest.startsWith('aws/') || rest === 'aws') return ALIAS_MESSAGES.reserved;
  if (!/^[a-zA-Z0-9/_-]+$/.test(rest)) return ALIAS_MESSAGES.characters;
  if (name.length > MAX_ALIAS) return ALIAS_MESSAGES.length;
  if (existing.includes(name)) return ALIAS_MESSAGES.duplicate(name);
  return undefined;
}

export const TAG_MESSAGES = {
  keyRequired: 'Tag key is required.',
  keyLength: 'Tag key must be 128 characters or fewer.',
  valueLength: 'Tag value must be 256 characters or fewer.',
  duplicate: 'Tag keys must be unique: this key is already used.',
  reserved: 'Tag keys cannot begin with aws: (reserved for AWS use).',
};

export function tagKeyProblem(key: string, otherKeys: readonly string[]): string | undefined {
  if (!key) return TAG_MESSAGES.keyRequired;
  if (key.length > 128) return TAG_MESSAGES.keyLength;
  if (key.toLowerCase().startsWith('aws:')) return TAG_MESSAGES.reserved;
  if (otherKeys.includes(key)) return TAG_MESSAGES.duplicate;
  return undefined;
}

export const tagValueProblem = (value: string) => (value.length > 256 ? TAG_MESSAGES.valueLength : undefined);
