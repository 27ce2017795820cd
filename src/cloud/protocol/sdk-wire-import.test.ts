/**
 * Wire fidelity with the real @aws-sdk/client-kms: imported key material (timestamps going in
 * as well as out) and CloudHSM custom key stores.
 */
import {
  ConnectCustomKeyStoreCommand,
  CreateCustomKeyStoreCommand,
  CreateKeyCommand,
  CustomKeyStoreInvalidStateException,
  CustomKeyStoreNameInUseException,
  CustomKeyStoreNotFoundException,
  DecryptCommand,
  DeleteImportedKeyMaterialCommand,
  DescribeCustomKeyStoresCommand,
  DescribeKeyCommand,
  DisconnectCustomKeyStoreCommand,
  EncryptCommand,
  GetParametersForImportCommand,
  ImportKeyMaterialCommand,
  IncorrectKeyMaterialException,
  InvalidImportTokenException,
  KMSInvalidStateException,
  UnsupportedOperationException,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '@/core';
import { DAY, START, keyArn, rejects, sdkWireSetup } from './testing';

const setup = () => sdkWireSetup(23);

/** Wraps 32 bytes of material with the public key of GetParametersForImport, as openssl pkeyutl would. */
async function wrap(kms: KMSClient, keyId: string, material: Uint8Array) {
  const params = await kms.send(new GetParametersForImportCommand({ KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }));
  const publicKey = await crypto.subtle.importKey('spki', params.PublicKey! as Uint8Array<ArrayBuffer>, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, [
    'encrypt',
  ]);
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, material as Uint8Array<ArrayBuffer>));
  return { params, wrapped };
}

describe('imported key material', () => {
  it('GetParametersForImport / ImportKeyMaterial / DeleteImportedKeyMaterial', async () => {
    const { kms } = setup();
    const id = (await kms.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }))).KeyMetadata!.KeyId!;
    const material = crypto.getRandomValues(new Uint8Array(32));
    const { params, wrapped } = await wrap(kms, id, material);
    expect(params.KeyId).toBe(keyArn(id));
    expect(params.ImportToken).toBeInstanceOf(Uint8Array);
    expect(params.PublicKey).toBeInstanceOf(Uint8Array);
    expect(params.ParametersValidTo).toBeInstanceOf(Date);
    expect(params.ParametersValidTo!.getTime()).toBe(START + DAY);

    // ValidTo goes over the wire as epoch seconds and comes back as the key's ValidTo.
    const validTo = new Date(START + 30 * DAY);
    const imported = await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: id,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: wrapped,
        ExpirationModel: 'KEY_MATERIAL_EXPIRES',
        ValidTo: validTo,
      }),
    );
    expect(imported.KeyId).toBe(keyArn(id));
    const meta = (await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!;
    expect(meta.KeyState).toBe('Enabled');
    expect(meta.ValidTo).toEqual(validTo);
    const blob = (await kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('imported') }))).CiphertextBlob!;
    expect(fromUtf8((await kms.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext!)).toBe('imported');

    await kms.send(new DeleteImportedKeyMaterialCommand({ KeyId: id }));
    await rejects(kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('x') })), KMSInvalidStateException, `${keyArn(id)} is pending import.`);
  });

  it('errors: a token of another key, other material, a key that is not EXTERNAL', async () => {
    const { kms } = setup();
    const id = (await kms.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }))).KeyMetadata!.KeyId!;
    const other = (await kms.send(new CreateKeyCommand({ Origin: 'EXTERNAL' }))).KeyMetadata!.KeyId!;
    const material = crypto.getRandomValues(new Uint8Array(32));
    const { params, wrapped } = await wrap(kms, id, material);
    await rejects(
      kms.send(
        new ImportKeyMaterialCommand({
          KeyId: other,
          ImportToken: params.ImportToken,
          EncryptedKeyMaterial: wrapped,
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        }),
      ),
      InvalidImportTokenException,
    );
    await kms.send(
      new ImportKeyMaterialCommand({
        KeyId: id,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: wrapped,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    await kms.send(new DeleteImportedKeyMaterialCommand({ KeyId: id }));
    const again = await wrap(kms, id, crypto.getRandomValues(new Uint8Array(32)));
    await rejects(
      kms.send(
        new ImportKeyMaterialCommand({
          KeyId: id,
          ImportToken: again.params.ImportToken,
          EncryptedKeyMaterial: again.wrapped,
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        }),
      ),
      IncorrectKeyMaterialException,
    );
    const kmsKey = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await rejects(
      kms.send(new GetParametersForImportCommand({ KeyId: kmsKey, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' })),
      UnsupportedOperationException,
      `${keyArn(kmsKey)} origin is AWS_KMS which is not valid for this operation.`,
    );
    await rejects(kms.send(new DeleteImportedKeyMaterialCommand({ KeyId: kmsKey })), UnsupportedOperationException);
  });
});

describe('custom key stores', () => {
  const PEM = '-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n';
  const store = { CustomKeyStoreName: 'lab-hsm', CloudHsmClusterId: 'cluster-234abcdefgh', TrustAnchorCertificate: PEM, KeyStorePassword: 'kmsPswd1' };

  it('Create / Describe / Connect / Disconnect', async () => {
    const { kms } = setup();
    const { CustomKeyStoreId } = await kms.send(new CreateCustomKeyStoreCommand(store));
    expect(CustomKeyStoreId).toMatch(/^cks-[0-9a-f]{17}$/);
    const described = await kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId }));
    expect(described.CustomKeyStores).toHaveLength(1);
    expect(described.CustomKeyStores![0]).toMatchObject({
      CustomKeyStoreName: 'lab-hsm',
      ConnectionState: 'DISCONNECTED',
      CloudHsmClusterId: 'cluster-234abcdefgh',
    });
    expect(described.CustomKeyStores![0]!.CreationDate).toBeInstanceOf(Date);
    await kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId }));
    expect((await kms.send(new DescribeCustomKeyStoresCommand({}))).CustomKeyStores![0]!.ConnectionState).toBe('CONNECTED');
    const key = (await kms.send(new CreateKeyCommand({ Origin: 'AWS_CLOUDHSM', CustomKeyStoreId }))).KeyMetadata!;
    expect(key).toMatchObject({ Origin: 'AWS_CLOUDHSM', CustomKeyStoreId, CloudHsmClusterId: 'cluster-234abcdefgh' });
    await kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId }));
    await rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })), KMSInvalidStateException, `${key.Arn} is unavailable.`);
  });

  it('errors: a name in use, an unknown store, disconnecting a disconnected store', async () => {
    const { kms } = setup();
    const { CustomKeyStoreId } = await kms.send(new CreateCustomKeyStoreCommand(store));
    await rejects(kms.send(new CreateCustomKeyStoreCommand({ ...store, CloudHsmClusterId: 'cluster-9999999999a' })), CustomKeyStoreNameInUseException);
    await rejects(
      kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: 'cks-00000000000000000' })),
      CustomKeyStoreNotFoundException,
      'Custom key store cks-00000000000000000 does not exist.',
    );
    await rejects(kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: 'cks-00000000000000000' })), CustomKeyStoreNotFoundException);
    await rejects(
      kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId })),
      CustomKeyStoreInvalidStateException,
      `Custom key store ${CustomKeyStoreId} is not connected.`,
    );
  });
});
