/**
 * What Sign and Verify share: the key must be a signing key, the request must follow the Sign and
 * Verify rules (signing-rules.ts), and the key's current material signs or verifies.
 */
import { AwsError } from '@/core';
import type { KmsKey } from './key';
import type { MessageType, SigningAlgorithm } from './key-specs';
import { checkSigningRequest } from './signing-rules';
import { requireUsage } from './usage-rules';

export interface SigningInput {
  Message: Uint8Array;
  MessageType?: string;
  SigningAlgorithm: string;
  DryRun?: boolean;
}

/** Checks the request against the key; returns what crypto/signing.ts needs and the key's material. */
export function signingRequest(key: KmsKey, input: SigningInput, operation: 'Sign' | 'Verify') {
  requireUsage(key, 'SIGN_VERIFY', operation);
  const messageType = (input.MessageType ?? 'RAW') as MessageType;
  const algorithm = checkSigningRequest(key.keySpec, input.SigningAlgorithm as SigningAlgorithm, messageType, input.Message);
  const material = key.materials.find((m) => m.id === key.currentMaterialId);
  if (!material?.publicKey || !material.raw) throw new AwsError('KMSInvalidStateException', `${key.arn} is pending import.`);
  return { request: { spec: key.keySpec, algorithm, messageType, message: input.Message }, material };
}
