/**
 * The create-key wizard's choices, their validation (the console's inline messages), the key
 * policy they produce (buildDefaultPolicy, through the default view) and the calls Finish makes:
 * CreateKey with that policy, then CreateAlias, as the console does.
 */
import { ACCOUNT_ID } from '@/core/ids';
import type { Origin } from '@/kms/model/key';
import { KEY_SPECS, SPECS, type KeySpec, type KeyUsage } from '@/kms/model/key-specs';
import { aliasProblem, fullAliasName, tagKeyProblem, tagValueProblem } from '@/features/kms-console/lib/alias-rules';
import { writeDefaultView } from '@/features/kms-console/lib/policy-view';

export const STEPS = ['Configure key', 'Add labels', 'Define key administrative permissions', 'Define key usage permissions', 'Review'] as const;

export interface TagDraft {
  id: number;
  key: string;
  value: string;
}

export type KeyType = 'symmetric' | 'asymmetric';

export interface WizardState {
  step: number; // 0-based
  keyType: KeyType;
  keyUsage: KeyUsage;
  keySpec: KeySpec;
  origin: Origin;
  acknowledgeExternal: boolean;
  customKeyStoreId: string;
  alias: string;
  description: string;
  tags: TagDraft[];
  administrators: string[];
  allowAdministratorsToDelete: boolean;
  users: string[];
  accounts: { id: number; account: string }[];
  /** Set when the learner edits the policy on the review step. */
  editedPolicy?: string;
}

export const initialWizard = (): WizardState => ({
  step: 0,
  keyType: 'symmetric',
  keyUsage: 'ENCRYPT_DECRYPT',
  keySpec: 'SYMMETRIC_DEFAULT',
  origin: 'AWS_KMS',
  acknowledgeExternal: false,
  customKeyStoreId: '',
  alias: '',
  description: '',
  tags: [],
  administrators: [],
  allowAdministratorsToDelete: true,
  users: [],
  accounts: [],
});

/** The key usages the console offers for a key type, in its order. */
export const USAGES_OF: Record<KeyType, KeyUsage[]> = {
  symmetric: ['ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC'],
  asymmetric: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
};

/** The key specs the console offers for a key type and usage (none to choose for symmetric encryption); SM2 is China-only. */
export function specsFor(type: KeyType, usage: KeyUsage): KeySpec[] {
  if (type === 'symmetric') return usage === 'GENERATE_VERIFY_MAC' ? ['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512'] : ['SYMMETRIC_DEFAULT'];
  const order: KeySpec[] = ['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519'];
  const mlDsa = KEY_SPECS.filter((k) => k.startsWith('ML_DSA'));
  return [...order, ...mlDsa].filter((k) => SPECS[k].usages.includes(usage));
}

/** A change of key type or usage keeps the choices consistent: the first spec of the new list, as the console preselects. */
export function chooseKeyType(s: WizardState, keyType: KeyType, keyUsage?: KeyUsage): Partial<WizardState> {
  const usage = keyUsage ?? (USAGES_OF[keyType].includes(s.keyUsage) ? s.keyUsage : USAGES_OF[keyType][0]!);
  const specs = specsFor(keyType, usage);
  const patch: Partial<WizardState> = { keyType, keyUsage: usage, keySpec: specs.includes(s.keySpec) ? s.keySpec : specs[0]!, editedPolicy: undefined };
  // Only symmetric encryption keys live in a CloudHSM key store.
  if (!(keyType === 'symmetric' && usage === 'ENCRYPT_DECRYPT') && s.origin === 'AWS_CLOUDHSM') patch.origin = 'AWS_KMS';
  return patch;
}

export const WIZARD_MESSAGES = {
  acknowledge: 'To create a key for imported key material, confirm that you understand the implications of using an imported key.',
  keyStore: 'Choose an AWS CloudHSM key store that is connected.',
  description: 'Description must be 8192 characters or fewer.',
  account: 'Enter a 12-digit AWS account ID.',
  sameAccount: 'This is your own account: choose its users and roles in the list above.',
  tooManyTags: 'A KMS key can have at most 50 tags.',
};

export type Problems = Record<string, string>;

/** Inline problems of a step (empty when the learner may go on). */
export function stepProblems(s: WizardState, step: number, existingAliases: readonly string[]): Problems {
  const p: Problems = {};
  if (step === 0) {
    if (s.origin === 'EXTERNAL' && !s.acknowledgeExternal) p.acknowledge = WIZARD_MESSAGES.acknowledge;
    if (s.origin === 'AWS_CLOUDHSM' && !s.customKeyStoreId) p.keyStore = WIZARD_MESSAGES.keyStore;
  }
  if (step === 1) {
    const alias = aliasProblem(s.alias, existingAliases);
    if (alias) p.alias = alias;
    if (s.description.length > 8192) p.description = WIZARD_MESSAGES.description;
    if (s.tags.length > 50) p.tags = WIZARD_MESSAGES.tooManyTags;
    s.tags.forEach((t, i) => {
      const others = s.tags.filter((_, j) => j < i).map((o) => o.key);
      const k = tagKeyProblem(t.key, others);
      if (k) p[`tag-key-${t.id}`] = k;
      const v = tagValueProblem(t.value);
      if (v) p[`tag-value-${t.id}`] = v;
    });
  }
  if (step === 3) {
    for (const a of s.accounts) {
      if (!/^\d{12}$/.test(a.account.trim())) p[`account-${a.id}`] = WIZARD_MESSAGES.account;
      else if (a.account.trim() === ACCOUNT_ID) p[`account-${a.id}`] = WIZARD_MESSAGES.sameAccount;
    }
  }
  return p;
}

/** The key policy the wizard will create: the console's default policy for these choices. */
export function wizardPolicy(s: WizardState): string {
  return writeDefaultView(
    {
      administrators: s.administrators,
      users: s.users,
      accounts: s.accounts.map((a) => a.account.trim()),
      allowAdministratorsToDelete: s.allowAdministratorsToDelete,
    },
    { origin: s.origin, keySpec: s.keySpec, keyUsage: s.keyUsage },
  );
}

/** The CreateKey input Finish sends (what the console sends: usage, spec, origin, policy ...). */
export function createKeyInput(s: WizardState): Record<string, unknown> {
  const input: Record<string, unknown> = {
    Policy: s.editedPolicy ?? wizardPolicy(s),
    KeyUsage: s.keyUsage,
    KeySpec: s.keySpec,
    Origin: s.origin,
  };
  if (s.origin === 'AWS_CLOUDHSM') input.CustomKeyStoreId = s.customKeyStoreId;
  if (s.description) input.Description = s.description;
  if (s.tags.length) input.Tags = s.tags.map((t) => ({ TagKey: t.key, TagValue: t.value }));
  return input;
}

export const aliasName = (s: WizardState) => fullAliasName(s.alias);
