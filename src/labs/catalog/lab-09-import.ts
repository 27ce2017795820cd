/** Lab 9: import your own key material (origin EXTERNAL): PendingImport, then imported and Enabled. */
import { lastEvent } from '@/labs/inspect';
import type { Cloud } from '@/cloud';
import { notYet, ok, type Lab, type LabDriver } from '@/labs/types';
import { lastFailure, requireAlias } from './common';

/** What to do after a failed ImportKeyMaterial, by its error code. */
function importAdvice(cloud: Cloud, keyArn: string): string {
  const code = [...cloud.state.trail].reverse().find((e) => e.eventName === 'ImportKeyMaterial' && e.resources?.some((r) => r.ARN === keyArn))?.errorCode;
  if (code === 'ExpiredImportTokenException') return 'The import token and wrapping key are valid for 24 hours: download fresh parameters and wrap again.';
  if (code === 'InvalidImportTokenException') return 'Use the token downloaded for this key, with the wrapping key from the same download.';
  if (code === 'InvalidCiphertextException')
    return 'KMS could not unwrap the material: wrap it with the public key of the same download, with the algorithm you chose (RSAES_OAEP_SHA_256).';
  if (code === 'IncorrectKeyMaterialException') return 'The material must be 32 bytes (256 bits) for a symmetric key.';
  return 'Download the wrapping key and import token again, wrap, and upload.';
}

/** What `openssl rand 32` + `openssl pkeyutl -encrypt ... rsa_oaep_md:sha256` do, with WebCrypto. */
async function importMaterial(d: LabDriver, keyId: string) {
  const params = await d.call('kms', 'GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
  const publicKey = await crypto.subtle.importKey('spki', new Uint8Array(params.PublicKey), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
  const material = crypto.getRandomValues(new Uint8Array(32));
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, material));
  await d.call('kms', 'ImportKeyMaterial', {
    KeyId: keyId,
    ImportToken: params.ImportToken,
    EncryptedKeyMaterial: wrapped,
    ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
  });
}

export const lab09: Lab = {
  id: 'import-key-material',
  number: 9,
  title: 'Import your own key material',
  module: 'cmk-summary',
  goal: 'Create a key with External key material (alias myImportedKey), import 256 bits of your own material into it, use it, and understand why it can never be exported.',
  startsWith: 'A fresh account.',
  steps: [
    {
      id: 'create-external',
      title: 'Create a key with External key material',
      instructions: [
        'Create key > Advanced options > Key material origin: External (Import key material); tick the acknowledgement; alias myImportedKey.',
        'The key is created without material: its state is Pending import.',
      ],
      hints: [
        'Key material origin is chosen when the key is created and never changes.',
        'Create key > Configure key > Advanced options.',
        'Key material origin: External; alias myImportedKey; finish the wizard.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myImportedKey');
        if ('fail' in found) return found.fail;
        if (found.key.origin !== 'EXTERNAL')
          return notYet(
            `alias/myImportedKey points to a key whose origin is ${found.key.origin}. The origin cannot be changed: create a new key with key material origin External and point the alias to it.`,
          );
        return ok(`Key ${found.key.keyId} has origin EXTERNAL (it was created Pending import).`);
      },
      solution: [
        {
          say: 'Create key > Advanced options > External > alias myImportedKey',
          run: async (d) => {
            const { KeyMetadata } = await d.call('kms', 'CreateKey', { Origin: 'EXTERNAL', Description: 'Key with imported material' });
            await d.call('kms', 'CreateAlias', { AliasName: 'alias/myImportedKey', TargetKeyId: KeyMetadata.KeyId });
          },
        },
      ],
    },
    {
      id: 'import',
      title: 'Import the key material',
      instructions: [
        "On the key's Key material tab: download the wrapping public key and import token (RSAES_OAEP_SHA_256, RSA_2048), wrap 32 random bytes with the public key, and upload the wrapped material with the token.",
        'Outside the lab you would wrap with: openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin -inkey WrappingPublicKey.bin -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256',
      ],
      hints: [
        'Material travels to KMS only wrapped under a public key that KMS gives you, with an import token valid for 24 hours.',
        'The key page > Key material tab > Import key material.',
        'Download wrapping key and import token; let the lab wrap 32 bytes for you; upload; Finish. The key becomes Enabled.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myImportedKey');
        if ('fail' in found) return found.fail;
        if (found.key.origin !== 'EXTERNAL') return notYet('alias/myImportedKey does not point to an External key: finish the previous step first.');
        if (found.key.keyState === 'PendingImport')
          return notYet(
            `Key ${found.key.keyId} is still Pending import.${lastEvent(cloud, { name: 'ImportKeyMaterial', keyArn: found.key.arn }) ? `${lastFailure(cloud, 'ImportKeyMaterial', found.key.arn)} ${importAdvice(cloud, found.key.arn)}` : ' Import material on its Key material tab.'}`,
          );
        if (!lastEvent(cloud, { name: 'ImportKeyMaterial', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet('No successful ImportKeyMaterial for this key in the event history.');
        if (found.key.keyState !== 'Enabled') return notYet(`The material is imported but the key is ${found.key.keyState}; enable it.`);
        return ok('Material imported: the key went from Pending import to Enabled.');
      },
      solution: [
        { say: 'Key material tab > download wrapping key and token > wrap > upload', run: (d) => importMaterial(d, d.keyIdOf('alias/myImportedKey')) },
      ],
    },
    {
      id: 'use',
      title: 'Use it, and look for an export',
      instructions: [
        'Encrypt something with alias/myImportedKey. Then look for a way to get the material back: there is no such API call, in the console or in the CLI. KMS holds key material only inside its hardware security modules; you keep your own copy of what you imported. Later you may import this same material again (after deleting it or when it expires), or, for a symmetric key like this one, new material (ImportType NEW_KEY_MATERIAL) and rotate to it on demand.',
      ],
      hints: [
        'Any cryptographic operation shows the key works.',
        'The key page > Try it, or CloudShell.',
        'aws kms encrypt --key-id alias/myImportedKey --plaintext fileb://secret.txt',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myImportedKey');
        if ('fail' in found) return found.fail;
        if (!lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' })) return notYet('No successful Encrypt with alias/myImportedKey yet.');
        return ok('Your imported key encrypts like any other; its material still cannot leave KMS.');
      },
      solution: [{ cli: 'aws kms encrypt --key-id alias/myImportedKey --plaintext fileb://secret.txt' }],
    },
  ],
  completion:
    'External origin: you create the key, you bring the material (wrapped), you can delete it or let it expire, and you must keep your own copy; KMS never exports it. The import token and wrapping key are valid for 24 hours. Exam tip: key material origins are AWS_KMS (generated by KMS), EXTERNAL (imported), AWS_CLOUDHSM (CloudHSM key store) and EXTERNAL_KEY_STORE (a key manager outside AWS).',
  wrongAttempts: [
    {
      say: 'Create the key with the default origin (KMS) and alias myImportedKey',
      run: async (d) => {
        const { KeyMetadata } = await d.call('kms', 'CreateKey', {});
        await d.call('kms', 'CreateAlias', { AliasName: 'alias/myImportedKey', TargetKeyId: KeyMetadata.KeyId });
      },
      failingStep: 'create-external',
      expect: /origin is AWS_KMS/,
    },
  ],
};
