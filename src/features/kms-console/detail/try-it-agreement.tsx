/**
 * "Try it" for key agreement keys: the learner plays the peer. A peer public key is pasted (PEM or
 * base64 DER) or made here (an ECDH key pair on the key's curve, its private key kept in the page);
 * KMS derives the shared secret from its private key and the peer's public key
 * (DeriveSharedSecret), and, when the peer's private key is here, the peer derives its side from
 * its private key and the KMS key's public key (GetPublicKey): both secrets are shown and compared.
 */
import { useId, useState } from 'react';
import { CodeBlock } from '@/components/ui/code-block';
import { TextArea } from '@/components/ui/form-field';
import { bytesEqual, toBase64, toHex } from '@/core/bytes';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { SPECS, type KeySpec } from '@/kms/model/key-specs';
import { newPeerKeyPair, peerSecret, readPublicKeyText, type PeerKeyPair } from './outside-kms';
import { toPem } from './public-key-tab';

interface Derived {
  kms: Uint8Array;
  /** The peer's side, when the peer's private key was made here. */
  peer?: Uint8Array;
}

export function TryAgreementPanel({ keyId, keySpec }: { keyId: string; keySpec: KeySpec }) {
  const id = useId();
  const curve = SPECS[keySpec].curve!;
  const [peerText, setPeerText] = useState('');
  const [peer, setPeer] = useState<{ pair: PeerKeyPair; pem: string }>();
  const [problem, setProblem] = useState<string>();
  const [derived, setDerived] = useState<Derived>();
  const action = useAction('kms');
  // The private key made here belongs to the public key in the box only while the box is unchanged.
  const ownPeer = peer && peer.pem.trim() === peerText.trim() ? peer.pair : undefined;

  async function generate() {
    const pair = await newPeerKeyPair(curve);
    const pem = toPem(pair.publicKey);
    setPeer({ pair, pem });
    setPeerText(pem);
    setProblem(undefined);
    setDerived(undefined);
  }

  async function derive() {
    setDerived(undefined);
    const read = readPublicKeyText(peerText);
    setProblem('problem' in read ? read.problem : undefined);
    if ('problem' in read) return action.clear();
    const outcome = await action.run(
      async (call): Promise<Derived> => {
        const { SharedSecret } = await call('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: read.der });
        if (!ownPeer) return { kms: SharedSecret };
        const { PublicKey } = await call('GetPublicKey', { KeyId: keyId });
        return { kms: SharedSecret, peer: await peerSecret(ownPeer, curve, PublicKey) };
      },
      { success: 'KMS derived the shared secret (ECDH).', failure: 'DeriveSharedSecret failed' },
    );
    if (outcome.ok) setDerived(outcome.value);
  }

  const same = derived?.peer && bytesEqual(derived.kms, derived.peer);

  return (
    <section className="panel kms-try" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Try it</h2>
      <p className="kms-hint">
        Key agreement (ECDH): two parties each combine their own private key with the other&apos;s public key, and both get the same secret without ever sending
        it. KMS holds this key&apos;s private key; you play the peer, with a key pair on the same curve ({curve}).
      </p>
      <form
        aria-labelledby={`${id}-derive`}
        onSubmit={(e) => {
          e.preventDefault();
          void derive();
        }}
      >
        <h3 id={`${id}-derive`}>Derive a shared secret</h3>
        <TextArea
          label="Peer public key (PEM or base64 DER)"
          className="input textarea mono"
          value={peerText}
          onChange={setPeerText}
          rows={5}
          error={problem}
          hint={ownPeer ? 'A key pair made in this page: its private key stays here, so the peer side is computed too.' : `A ${curve} public key.`}
          spellCheck={false}
        />
        <div className="toolbar__actions">
          <button type="button" className="button" onClick={() => void generate()}>
            Generate a peer key pair here
          </button>
          <button type="submit" className="button button--primary">
            Derive shared secret
          </button>
        </div>
        <ActionResult result={action.result} onDismiss={action.clear} />
        {derived && (
          <div className="form-field">
            <dl className="summary">
              <div>
                <dt>Shared secret from KMS (DeriveSharedSecret, base64)</dt>
                <dd className="mono kms-break">{toBase64(derived.kms)}</dd>
              </div>
              {derived.peer && (
                <div>
                  <dt>Shared secret computed by the peer (its private key with GetPublicKey&apos;s public key, base64)</dt>
                  <dd className="mono kms-break">{toBase64(derived.peer)}</dd>
                </div>
              )}
            </dl>
            {derived.peer ? (
              <p role="status" className={same ? 'kms-verdict kms-verdict--ok' : 'kms-verdict kms-verdict--bad'}>
                {same ? `Both sides computed the same ${derived.kms.length}-byte secret (${toHex(derived.kms).slice(0, 16)}…).` : 'The two secrets differ.'}
              </p>
            ) : (
              <>
                <p className="form-field__hint">
                  The peer computes the same secret with its private key and this key&apos;s public key (Public key tab), for example with OpenSSL:
                </p>
                <CodeBlock
                  code={`openssl pkeyutl -derive -inkey peer_private_key.pem -peerkey ${keyId}_public_key.pem -out shared_secret.bin`}
                  label="Peer side with OpenSSL"
                />
              </>
            )}
            <p className="form-field__hint">
              Use the raw secret only as input to a key derivation function (such as HKDF), never directly as a key, as AWS advises.
            </p>
          </div>
        )}
      </form>
    </section>
  );
}
