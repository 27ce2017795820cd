/**
 * The "Key material" tab of a key with imported material (Origin EXTERNAL), as in
 * https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html:
 * 1. choose the wrapping key spec and algorithm (the algorithms that can carry the key's material:
 *    RSA private keys only with RSA_AES_KEY_WRAP_*), download the wrapping public key and import
 *    token (GetParametersForImport, a real ImportParameters.zip);
 * 2. wrap the key material (OpenSSL, or the lab's in-browser stand-in, which makes material of the
 *    key's spec) and upload it with the token and an expiration choice (ImportKeyMaterial);
 * and Delete key material (DeleteImportedKeyMaterial).
 */
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { downloadBytes } from '@/components/ui/download';
import { formatDateTime } from '@/features/kms-console/lib/format';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import type { KeyMeta } from './crypto-tab';
import type { WrappingAlgorithm } from '@/kms/crypto/key-wrap';
import type { KeySpec } from '@/kms/model/key-specs';
import { importParametersZip, materialFile, newMaterial, wrapKeyMaterial, wrappingAlgorithmsFor, type ImportParameters } from './import-files';

interface Upload {
  name: string;
  bytes: Uint8Array;
}

const readFile = async (f: File): Promise<Upload> => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });

export function KeyMaterialTab({ meta }: { meta: KeyMeta }) {
  const action = useAction('kms');
  const [spec, setSpec] = useState('RSA_2048');
  const materialSpec = meta.KeySpec as KeySpec;
  const algorithms = wrappingAlgorithmsFor(materialSpec);
  const [algorithm, setAlgorithm] = useState<WrappingAlgorithm>(algorithms[0]!);
  const [params, setParams] = useState<ImportParameters>();
  const [wrapped, setWrapped] = useState<Upload>();
  const [token, setToken] = useState<Upload>();
  const [expires, setExpires] = useState(false);
  const [date, setDate] = useState('');
  const [tried, setTried] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [wrapError, setWrapError] = useState<string>();
  const pending = meta.KeyState === 'PendingImport';

  async function download() {
    const outcome = await action.run((call) => call('GetParametersForImport', { KeyId: meta.KeyId, WrappingAlgorithm: algorithm, WrappingKeySpec: spec }), {
      success: (o: any) => `Downloaded ImportParameters.zip: the wrapping public key and import token are valid until ${formatDateTime(o.ParametersValidTo)}.`,
      failure: 'Failed to download the wrapping public key and import token',
    });
    if (!outcome.ok) return;
    const o = outcome.value as { ImportToken: Uint8Array; PublicKey: Uint8Array; ParametersValidTo: Date };
    const p: ImportParameters = {
      keyId: meta.KeyId,
      materialSpec,
      algorithm,
      keySpec: spec,
      publicKey: o.PublicKey,
      token: o.ImportToken,
      validTo: o.ParametersValidTo,
    };
    setParams(p);
    downloadBytes('ImportParameters.zip', importParametersZip(p).bytes, 'application/zip');
  }

  const ownFile = materialFile(materialSpec);

  async function wrapHere(chosen?: File) {
    if (!params) return;
    const material = chosen ? new Uint8Array(await chosen.arrayBuffer()) : await newMaterial(materialSpec);
    if (!chosen) downloadBytes(ownFile.name, new Uint8Array(material));
    let bytes: Uint8Array;
    try {
      bytes = await wrapKeyMaterial(params.publicKey, params.algorithm, material);
    } catch {
      setWrapError(
        `${material.length} bytes do not fit one RSA-OAEP block of the ${params.keySpec} wrapping key: choose RSA_AES_KEY_WRAP_SHA_256 or a longer wrapping key.`,
      );
      return;
    } finally {
      material.fill(0);
    }
    setWrapError(undefined);
    downloadBytes('EncryptedKeyMaterial.bin', bytes);
    setWrapped({ name: 'EncryptedKeyMaterial.bin (wrapped in this browser)', bytes });
    setToken({ name: 'import token (from the download above)', bytes: params.token });
  }

  const uploadProblem = !wrapped
    ? 'Choose the wrapped key material file.'
    : !token
      ? 'Choose the import token file.'
      : expires && !date
        ? 'Choose an expiration date.'
        : undefined;

  function upload() {
    setTried(true);
    if (uploadProblem) return;
    const input: Record<string, unknown> = {
      KeyId: meta.KeyId,
      ImportToken: token!.bytes,
      EncryptedKeyMaterial: wrapped!.bytes,
      ExpirationModel: expires ? 'KEY_MATERIAL_EXPIRES' : 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    };
    if (expires) input.ValidTo = new Date(`${date}T00:00:00Z`);
    void action.run((call) => call('ImportKeyMaterial', input), {
      success: 'Key material imported. The key is usable.',
      failure: 'Failed to import key material',
    });
  }

  function remove() {
    setDeleting(false);
    void action.run((call) => call('DeleteImportedKeyMaterial', { KeyId: meta.KeyId }), {
      success: 'Key material deleted. The key is pending import until you import the same key material again.',
      failure: 'Failed to delete key material',
    });
  }

  return (
    <>
      <ActionResult result={action.result} onDismiss={action.clear} />
      <section className="panel" aria-labelledby="kms-km-status">
        <h2 id="kms-km-status">Key material</h2>
        <dl className="summary">
          <dt>Status</dt>
          <dd>{pending ? 'No key material: the key is pending import' : 'Imported'}</dd>
          {!pending && (
            <>
              <dt>Expiration</dt>
              <dd>{meta.ValidTo ? `Expires ${formatDateTime(meta.ValidTo)}` : 'Does not expire'}</dd>
            </>
          )}
        </dl>
        {!pending && (
          <button type="button" className="button" onClick={() => setDeleting(true)}>
            Delete key material
          </button>
        )}
      </section>

      <section className="panel" aria-labelledby="kms-km-download">
        <h2 id="kms-km-download">Import key material: 1. Download wrapping public key and import token</h2>
        <fieldset className="kms-fieldset">
          <legend>Wrapping key spec</legend>
          {['RSA_2048', 'RSA_3072', 'RSA_4096'].map((s) => (
            <div key={s} className="kms-radio">
              <input type="radio" id={`kms-spec-${s}`} name="kms-wrapping-spec" checked={spec === s} onChange={() => setSpec(s)} />
              <label htmlFor={`kms-spec-${s}`}>{s}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="kms-fieldset">
          <legend>Wrapping algorithm</legend>
          {algorithms.map((a) => (
            <div key={a} className="kms-radio">
              <input type="radio" id={`kms-alg-${a}`} name="kms-wrapping-alg" checked={algorithm === a} onChange={() => setAlgorithm(a)} />
              <label htmlFor={`kms-alg-${a}`}>{a}</label>
            </div>
          ))}
        </fieldset>
        <p className="kms-hint">
          RSAES_OAEP wraps the key material itself with the public key. RSA_AES_KEY_WRAP wraps it under an AES key of yours (AES key wrap with padding) and that
          AES key with the public key: the only way for key material longer than one RSA block, such as an RSA private key.
        </p>
        <button type="button" className="button" onClick={() => void download()}>
          Download wrapping public key and import token
        </button>
        <p className="kms-hint">
          The wrapping public key and import token are valid for 24 hours. The README in the zip file shows the OpenSSL commands that wrap key material.
        </p>
        {params && (
          <div className="kms-lab-helper">
            <p>
              <strong>No OpenSSL at hand?</strong> The lab can wrap key material in this browser with the public key you just downloaded ({params.algorithm}, as
              OpenSSL would). It downloads both files: keep {ownFile.name}, AWS KMS accepts only the same key material again.
            </p>
            <div className="toolbar__actions">
              <button type="button" className="button" onClick={() => void wrapHere()}>
                Generate and wrap new key material
              </button>
              <label className="button" htmlFor="kms-wrap-existing">
                Wrap my key material file…
              </label>
              <input id="kms-wrap-existing" type="file" className="visually-hidden" onChange={(e) => e.target.files?.[0] && void wrapHere(e.target.files[0])} />
            </div>
            {wrapError && (
              <p className="form-field__error" role="alert">
                {wrapError}
              </p>
            )}
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="kms-km-upload">
        <h2 id="kms-km-upload">Import key material: 2. Upload wrapped key material</h2>
        <div className="form-field">
          <label htmlFor="kms-wrapped-file" className="form-field__label">
            Wrapped key material
          </label>
          <input id="kms-wrapped-file" type="file" onChange={async (e) => e.target.files?.[0] && setWrapped(await readFile(e.target.files[0]))} />
          {wrapped && (
            <p className="form-field__hint">
              Chosen: {wrapped.name} ({wrapped.bytes.length} bytes)
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor="kms-token-file" className="form-field__label">
            Import token
          </label>
          <input id="kms-token-file" type="file" onChange={async (e) => e.target.files?.[0] && setToken(await readFile(e.target.files[0]))} />
          {token && (
            <p className="form-field__hint">
              Chosen: {token.name} ({token.bytes.length} bytes)
            </p>
          )}
        </div>
        <fieldset className="kms-fieldset">
          <legend>Key material expiration</legend>
          <div className="kms-radio">
            <input type="radio" id="kms-exp-never" name="kms-expiration" checked={!expires} onChange={() => setExpires(false)} />
            <label htmlFor="kms-exp-never">Key material does not expire</label>
          </div>
          <div className="kms-radio">
            <input type="radio" id="kms-exp-date" name="kms-expiration" checked={expires} onChange={() => setExpires(true)} />
            <label htmlFor="kms-exp-date">Key material expires</label>
          </div>
          {expires && (
            <div className="form-field">
              <label htmlFor="kms-exp-day" className="form-field__label">
                Expiration date (UTC)
              </label>
              <input id="kms-exp-day" className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
          )}
        </fieldset>
        {tried && uploadProblem && <p className="form-field__error">{uploadProblem}</p>}
        <button type="button" className="button button--primary" onClick={upload}>
          Upload key material
        </button>
      </section>
      {deleting && (
        <Dialog
          title="Delete key material"
          onClose={() => setDeleting(false)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setDeleting(false)}>
                Cancel
              </button>
              <button type="button" className="button button--primary" onClick={remove}>
                Delete key material
              </button>
            </>
          }
        >
          <p>The key becomes unusable at once (Pending import): data encrypted under it cannot be decrypted until you import the same key material again.</p>
        </Dialog>
      )}
    </>
  );
}
