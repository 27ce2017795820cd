/**
 * Node only, never bundled (not exported from index.ts): the frame cipher on node:crypto, for
 * Node users of the envelope API (`encryptMessage`/`decryptMessage`/`...WithDataKey` with
 * `cipher: nodeFrameCipher()`) and for `npm run bench:envelope`, whose lab runs use it. The
 * browser keeps the default, `webCryptoFrames`.
 *
 * Why: Node 20's WebCrypto AES-GCM decrypt slices the tag and the ciphertext off the input (a
 * copy of each frame on the calling thread), then its job copies the input again and allocates
 * the output; `createDecipheriv` reads the caller's bytes in place and allocates only the
 * output. In `npm run bench:envelope` (1 MiB frames) decrypt costs 2.9 ms of CPU per MiB with
 * WebCrypto frames, 1.1-1.3 with these, and 3.1 in the AWS Encryption SDK (README, "Speed").
 * The key never leaves its KeyObject: `KeyObject.from` wraps the non-extractable CryptoKey of
 * the derived message key (never the KMS key), so no raw key bytes are handled here.
 *
 * The work is synchronous on the calling thread (AES-GCM itself, with AES-NI, takes about
 * 0.25 ms per 1 MiB frame); the reads of the next frames stay in flight meanwhile. A pool of
 * worker threads (read buffers shared with two workers, plaintext transferred back) was
 * measured and not built: on the two-core machine, shared with other work, it did no better
 * than this in a micro-benchmark of 1 MiB frames (median 1376-1634 MiB/s with one or two
 * workers, 1607 in-thread).
 */
import { KeyObject, createCipheriv, createDecipheriv } from 'node:crypto';
import type { FrameCipher } from './frame-cipher';

const ALGORITHM = 'aes-256-gcm';
const TAG_LENGTH = 16;

export function nodeFrameCipher(): FrameCipher {
  return {
    bind(key) {
      const k = KeyObject.from(key);
      return {
        async seal(iv, aad, plain) {
          const c = createCipheriv(ALGORITHM, k, iv, { authTagLength: TAG_LENGTH });
          c.setAAD(aad);
          const out = c.update(plain);
          c.final(); // GCM has no final block
          return [out, c.getAuthTag()];
        },
        async open(iv, aad, sealed) {
          if (sealed.length < TAG_LENGTH) throw new Error('The frame is shorter than its tag.');
          const d = createDecipheriv(ALGORITHM, k, iv, { authTagLength: TAG_LENGTH });
          d.setAAD(aad);
          d.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
          const out = d.update(sealed.subarray(0, sealed.length - TAG_LENGTH));
          d.final(); // throws when the tag does not verify; `out` is then dropped unread
          return out;
        },
      };
    },
  };
}
