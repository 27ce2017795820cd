/**
 * Lab 15: a CloudHSM key store: connect it, create a key whose material lives in the cluster,
 * encrypt, disconnect the store and see the key Unavailable (KMSInvalidStateException), then
 * reconnect and decrypt. The store exists from the start (its cluster, trust anchor and kmsuser
 * password are set up by the lab: the CloudHSM cluster is simulated).
 */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, LAB_REGION, type KmsKeyRecord } from '@/labs/inspect';
import { notYet, ok, type CheckResult, type Lab } from '@/labs/types';
import { lastFailure, requireAlias } from './common';

const STORE = 'myKeyStore';
const ALIAS = 'alias/myHsmKey';
const STORE_ID = `$(aws kms describe-custom-key-stores --custom-key-store-name ${STORE} --query "CustomKeyStores[0].CustomKeyStoreId" --output text)`;
const CONNECT = `aws kms connect-custom-key-store --custom-key-store-id ${STORE_ID}`;
const DISCONNECT = `aws kms disconnect-custom-key-store --custom-key-store-id ${STORE_ID}`;
const STATUS = `aws kms describe-custom-key-stores --custom-key-store-name ${STORE} --query "CustomKeyStores[0].ConnectionState" --output text`;
const CREATE_KEY = `aws kms create-key --origin AWS_CLOUDHSM --custom-key-store-id ${STORE_ID} --description "Key in my CloudHSM cluster" --query KeyMetadata.KeyId --output text`;
const ENCRYPT =
  'aws kms encrypt --key-id alias/myHsmKey --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > hsm-secret.bin';
const DECRYPT = 'aws kms decrypt --ciphertext-blob fileb://hsm-secret.bin --output text --query Plaintext | base64 --decode';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';

const storeOf = (cloud: Cloud) => Object.values(cloud.state.kms[LAB_REGION]?.customKeyStores ?? {}).find((s) => s.customKeyStoreName === STORE);

/** The key the alias names, when it lives in myKeyStore; otherwise what is wrong, in words. */
function hsmKey(cloud: Cloud): { key: KmsKeyRecord } | { fail: CheckResult } {
  const found = requireAlias(cloud, ALIAS);
  if ('fail' in found) {
    const refused = lastFailure(cloud, 'CreateKey');
    return refused
      ? { fail: notYet(`${found.fail.message}${refused} A key in a custom key store is a symmetric encryption key (SYMMETRIC_DEFAULT), nothing else.`) }
      : found;
  }
  const store = storeOf(cloud);
  if (found.key.origin !== 'AWS_CLOUDHSM' || !store || found.key.customKeyStoreId !== store.customKeyStoreId)
    return {
      fail: notYet(
        `${ALIAS} points to a key with origin ${found.key.origin}: its material is in KMS's own HSMs, not in your cluster. Create the key with origin AWS_CLOUDHSM in ${STORE} and point the alias to it (the origin never changes).`,
      ),
    };
  return { key: found.key };
}

const connections = (cloud: Cloud) => events(cloud, { name: 'ConnectCustomKeyStore', outcome: 'ok' });

export const lab15: Lab = {
  id: 'key-store',
  number: 15,
  title: 'A CloudHSM key store: keys that depend on your cluster',
  module: 'cmk-summary',
  goal: 'Connect the CloudHSM key store myKeyStore, create a key in it (alias myHsmKey), encrypt, disconnect the store and see the key become Unavailable, then reconnect and decrypt.',
  startsWith: "A CloudHSM key store named myKeyStore, Disconnected, on a simulated CloudHSM cluster. CloudShell's home holds secret.txt.",
  setup: async (d) => {
    await d.call('kms', 'CreateCustomKeyStore', {
      CustomKeyStoreName: STORE,
      CloudHsmClusterId: 'cluster-234abcdefgh',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'kmsuser-pass1',
    });
  },
  steps: [
    {
      id: 'connect',
      title: 'Connect the key store',
      instructions: [
        CONNECT,
        STATUS,
        'A CloudHSM key store is a KMS front end to a CloudHSM cluster you own: single-tenant HSMs in your VPC. KMS logs in to the cluster as the kmsuser crypto user (and changes its password). In AWS the cluster needs at least two active HSMs in different Availability Zones before KMS keys can be created, connecting takes up to about 20 minutes, and the HSMs, their availability and backups are yours to run (here the cluster is simulated and connects at once).',
      ],
      hints: [
        'A new key store starts Disconnected.',
        'Key Management Service > Custom key stores > myKeyStore > Key store actions > Connect; or CloudShell.',
        CONNECT,
      ],
      async check(cloud) {
        const store = storeOf(cloud);
        if (!store) return notYet(`There is no key store named ${STORE} in ${LAB_REGION}: Reset lab to get it back.`);
        if (store.connectionState !== 'CONNECTED' && !connections(cloud).length)
          return notYet(`${STORE} is ${store.connectionState}. Connect it.${lastFailure(cloud, 'ConnectCustomKeyStore')}`);
        return ok(`${STORE} is connected to cluster ${store.cloudHsmClusterId}.`);
      },
      solution: [{ cli: CONNECT }],
    },
    {
      id: 'create-key',
      title: 'Create a key in the key store',
      instructions: [
        'Create key > Advanced options > Key material origin: AWS CloudHSM key store > myKeyStore; alias myHsmKey. Or:',
        CREATE_KEY,
        'aws kms create-alias --alias-name alias/myHsmKey --target-key-id <KeyId from the answer above>',
        'Only symmetric encryption keys live in a custom key store: no asymmetric, HMAC or imported-material keys, and no automatic rotation. The key works like any other; its material is generated in, and never leaves, your cluster.',
      ],
      hints: [
        'The key material origin is AWS_CLOUDHSM, and the key names its store.',
        'Create key > Configure key > Advanced options > Key material origin.',
        CREATE_KEY,
      ],
      async check(cloud) {
        const found = hsmKey(cloud);
        if ('fail' in found) return found.fail;
        return ok(`Key ${found.key.keyId} has origin AWS_CLOUDHSM, in ${STORE}.`);
      },
      solution: [
        {
          say: 'Create key > Advanced options > AWS CloudHSM key store > myKeyStore > alias myHsmKey',
          run: async (d) => {
            const store = storeOf(d.cloud)!;
            const { KeyMetadata } = await d.call('kms', 'CreateKey', {
              Origin: 'AWS_CLOUDHSM',
              CustomKeyStoreId: store.customKeyStoreId,
              Description: 'Key in my CloudHSM cluster',
            });
            await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
          },
        },
      ],
    },
    {
      id: 'encrypt',
      title: 'Encrypt with it',
      instructions: [ENCRYPT],
      hints: ['Encrypt as with any symmetric key.', 'CloudShell, or the key page > Try it.', ENCRYPT],
      async check(cloud) {
        const found = hsmKey(cloud);
        if ('fail' in found) return found.fail;
        if (!lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet(`No successful Encrypt with ${ALIAS} yet.${lastFailure(cloud, 'Encrypt', found.key.arn)}`);
        return ok('KMS encrypted with key material held in your cluster.');
      },
      solution: [{ cli: ENCRYPT }],
    },
    {
      id: 'disconnect',
      title: 'Disconnect the store, and try to decrypt',
      instructions: [
        DISCONNECT,
        DECRYPT,
        'The key is now Unavailable and every cryptographic call fails with KMSInvalidStateException: the material is in the cluster, and KMS cannot reach it. In AWS, a cluster left with no active HSM makes calls with the key fail too, and every service that encrypts with the key for you (S3, EBS, RDS ...) fails with them.',
      ],
      hints: [
        'Disconnecting is a key store action.',
        'Custom key stores > myKeyStore > Key store actions > Disconnect; or CloudShell.',
        `${DISCONNECT}, then ${DECRYPT}`,
      ],
      async check(cloud) {
        const found = hsmKey(cloud);
        if ('fail' in found) return found.fail;
        const cut = lastEvent(cloud, { name: 'DisconnectCustomKeyStore', outcome: 'ok' });
        if (!cut) return notYet(`${STORE} has not been disconnected yet.`);
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'KMSInvalidStateException', afterIndex: indexOf(cloud, cut) }))
          return notYet(
            `No Decrypt refused with KMSInvalidStateException since the store was disconnected. Try to decrypt hsm-secret.bin while the key is ${found.key.keyState}.`,
          );
        return ok('The key is Unavailable while its store is disconnected: KMSInvalidStateException.');
      },
      solution: [{ cli: DISCONNECT }, { cli: `${DECRYPT} || true` }],
    },
    {
      id: 'reconnect',
      title: 'Reconnect and decrypt',
      instructions: [
        CONNECT,
        DECRYPT,
        'The key is back in the state it had (Enabled), and the ciphertext decrypts: nothing was lost, the key was only out of reach.',
      ],
      hints: ['Connect the store again.', 'Custom key stores > myKeyStore > Connect; or CloudShell.', `${CONNECT}, then ${DECRYPT}`],
      async check(cloud) {
        const found = hsmKey(cloud);
        if ('fail' in found) return found.fail;
        const cut = lastEvent(cloud, { name: 'DisconnectCustomKeyStore', outcome: 'ok' });
        if (!cut) return notYet('Disconnect the store first (previous step).');
        const back = connections(cloud).find((e) => indexOf(cloud, e) > indexOf(cloud, cut));
        if (!back) return notYet(`${STORE} has not been connected again since you disconnected it.`);
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, back) }))
          return notYet(`No successful Decrypt with the key since the store was reconnected.${lastFailure(cloud, 'Decrypt', found.key.arn)}`);
        return ok('Reconnected: the key is Enabled again and the old ciphertext decrypts.');
      },
      solution: [{ cli: CONNECT }, { cli: DECRYPT }],
    },
  ],
  completion:
    'A CloudHSM key store puts key material in HSMs you control, at the price of running them: keys are symmetric only, and when the store is disconnected (or the cluster fails) its keys are Unavailable and every call fails with KMSInvalidStateException until it is connected again. An external key store (XKS) goes further, keeping the key outside AWS behind a proxy you run; the same kind of outage applies. Exam tip: choose a custom key store only when a regulation requires single-tenant HSMs or keys outside AWS.',
  wrongAttempts: [
    {
      say: 'Create an HMAC key in the key store',
      run: async (d) => {
        const store = storeOf(d.cloud)!;
        await d
          .call('kms', 'CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: store.customKeyStoreId, KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })
          .catch(() => undefined);
      },
      failingStep: 'create-key',
      expect: /UnsupportedOperationException.*symmetric encryption key \(SYMMETRIC_DEFAULT\), nothing else/,
    },
    {
      say: 'Create an ordinary key (origin AWS_KMS) named alias/myHsmKey',
      run: async (d) => {
        const { KeyMetadata } = await d.call('kms', 'CreateKey', {});
        await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
      },
      failingStep: 'create-key',
      expect: /origin AWS_KMS: its material is in KMS's own HSMs/,
    },
    {
      say: 'Disconnect the store but never try the key',
      cli: [DISCONNECT],
      failingStep: 'disconnect',
      expect: /No Decrypt refused with KMSInvalidStateException/,
    },
  ],
};
