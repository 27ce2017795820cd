/**
 * The KMS data model, as plain structured-cloneable data (a snapshot is the state itself).
 * Field names follow KeyMetadata (docs/aws-behaviour.md, "Key metadata and key states").
 */
import { dict } from '@/core/dict';
import type { GrantRecord } from './grant-record';
import type { KeySpec, KeyUsage } from './key-specs';

export const KEY_STATE_NAMES = ['Creating', 'Enabled', 'Disabled', 'PendingDeletion', 'PendingImport', 'Unavailable'] as const;
export type KeyState = (typeof KEY_STATE_NAMES)[number];
export const KEY_ORIGINS = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM'] as const;
export type Origin = (typeof KEY_ORIGINS)[number];
/** A custom key store's ConnectionState. */
export const CUSTOM_KEY_STORE_STATES = ['CONNECTED', 'CONNECTING', 'FAILED', 'DISCONNECTED', 'DISCONNECTING'] as const;
export type KeyManager = 'AWS' | 'CUSTOMER';
export type ExpirationModel = 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';

/**
 * One version of a key's material. Old versions stay so old ciphertexts decrypt. Which fields a
 * material has depends on the key's spec and usage (materials.ts):
 * - SYMMETRIC_DEFAULT: `key`, a non-extractable AES-256-GCM key;
 * - HMAC_256/384/512, RSA encryption and key agreement keys: `handles`, non-extractable WebCrypto keys;
 * - signing keys and HMAC_224: `raw` always (see crypto/signing.ts and crypto/hmac.ts for why);
 * - asymmetric keys: `publicKey` (DER SubjectPublicKeyInfo).
 */
export interface KeyMaterial {
  /** 64 lowercase hex characters, as KMS's KeyMaterialId. */
  id: string;
  /** SYMMETRIC_DEFAULT keys: the non-extractable AES-256-GCM key: the material never leaves WebCrypto. */
  key?: CryptoKey;
  /** Other key types: non-extractable WebCrypto keys by use ('HMAC', 'ECDH', 'RSA-OAEP/SHA-256' ...). */
  handles?: Record<string, CryptoKey>;
  /** Asymmetric keys: the public key, DER SubjectPublicKeyInfo. Not secret. */
  publicKey?: Uint8Array;
  createdMs: number;
  /**
   * The material's bytes (32 bytes, the HMAC key, or the PKCS#8 private key): when the cloud keeps
   * raw material (the Node endpoint's --state file), and for keys WebCrypto cannot serve alone.
   */
  raw?: Uint8Array;
  /** For imported material: SHA-256 of the material, to recognise a re-import of the same bytes. */
  importedDigest?: string;
  expirationModel?: ExpirationModel;
  validToMs?: number;
  description?: string;
}

export interface RotationRecord {
  keyMaterialId: string;
  rotationDateMs: number;
  rotationType: 'AUTOMATIC' | 'ON_DEMAND';
}

export interface RotationSettings {
  enabled: boolean;
  periodDays: number;
  /** When automatic rotation next happens (enabled keys only). */
  nextRotationMs?: number;
  onDemandCount: number;
  history: RotationRecord[];
  lastRotationMs?: number;
}

export interface ImportTokenRecord {
  token: string; // hex of the token blob
  wrappingAlgorithm: string;
  wrappingKeySpec: string;
  privateKey: CryptoKey;
  validToMs: number;
}

export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface KmsKey {
  keyId: string;
  arn: string;
  region: string;
  creationMs: number;
  description: string;
  keyUsage: KeyUsage;
  keySpec: KeySpec;
  origin: Origin;
  keyManager: KeyManager;
  keyState: KeyState;
  deletionMs?: number;
  pendingWindowInDays?: number;
  /** The key policy as stored (JSON text). */
  policy: string;
  tags: Tag[];
  customKeyStoreId?: string;
  cloudHsmClusterId?: string;
  materials: KeyMaterial[];
  currentMaterialId?: string;
  rotation: RotationSettings;
  /** Rotation setting to restore after CancelKeyDeletion. */
  rotationBeforeDeletion?: boolean;
  importTokens: ImportTokenRecord[];
  /** For AWS managed keys: the service whose alias (alias/aws/<service>) names the key. */
  awsService?: string;
  /**
   * EXTERNAL keys: SHA-256 (hex) of the material imported first. It outlives deletion and expiry
   * of the material, because KMS only ever accepts the same material again (IncorrectKeyMaterialException).
   */
  importedMaterialDigest?: string;
  /** Custom key store keys while their store is disconnected (Unavailable): the state to return to on reconnect. */
  stateBeforeUnavailable?: 'Enabled' | 'Disabled';
  /** The key's grants (model/grants.ts); absent on keys that never had one. They go with the key. */
  grants?: GrantRecord[];
}

export interface AliasRecord {
  aliasName: string;
  targetKeyId: string;
  creationMs: number;
  lastUpdatedMs: number;
}

export interface CustomKeyStore {
  customKeyStoreId: string;
  customKeyStoreName: string;
  cloudHsmClusterId: string;
  trustAnchorCertificate: string;
  connectionState: (typeof CUSTOM_KEY_STORE_STATES)[number];
  creationMs: number;
}

export interface KmsRegionState {
  keys: Record<string, KmsKey>;
  aliases: Record<string, AliasRecord>;
  customKeyStores: Record<string, CustomKeyStore>;
}

/** Maps keyed by ids and names the caller chose: null-prototype maps (core/dict.ts). */
export const emptyRegion = (): KmsRegionState => ({ keys: dict(), aliases: dict(), customKeyStores: dict() });
