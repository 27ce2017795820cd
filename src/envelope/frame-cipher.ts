/**
 * How the frames of a message are sealed and opened with its derived message key (AES-256-GCM,
 * 12-byte IV, 16-byte tag). The streamer takes the cipher as an option (`StreamOptions.cipher`)
 * so each platform can bring its cheapest one; the format, the checks and their order stay in
 * the streamer and are the same whichever cipher runs:
 *  - `webCryptoFrames` (the default, and the browser's): crypto.subtle. In the browser the
 *    envelope runs in a Worker and WebCrypto works off that thread, which measures at the speed
 *    of a bare WebCrypto loop.
 *  - `nodeFrameCipher()` (node-frame-cipher.ts, Node only, never bundled): node:crypto. In Node,
 *    WebCrypto's AES-GCM decrypt copies every frame twice on the calling thread and allocates
 *    twice; node:crypto reads the caller's bytes in place (see that file for the figures).
 *
 * Contract for implementations: `open` returns the plaintext only once the frame's tag has
 * verified, and throws otherwise (the streamer names the failure); `seal` returns the
 * ciphertext followed by the tag, in one or more parts to be written in order. Neither keeps a
 * reference to its input once it has settled: the streamer then reuses the input buffer.
 */
export interface FrameCipher {
  /** Binds the cipher to one message key (called once per message). */
  bind(key: CryptoKey): FrameKey;
}

export interface FrameKey {
  seal(iv: Uint8Array, aad: Uint8Array, plain: Uint8Array): Promise<Uint8Array[]>;
  open(iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>;
}

type Bytes = Uint8Array<ArrayBuffer>;

export const webCryptoFrames: FrameCipher = {
  bind: (key) => ({
    // WebCrypto reads the views' ranges (no copy here; the streamer never passes shared memory).
    seal: async (iv, aad, plain) => [
      new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as Bytes, additionalData: aad as Bytes }, key, plain as Bytes)),
    ],
    open: async (iv, aad, sealed) =>
      new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Bytes, additionalData: aad as Bytes }, key, sealed as Bytes)),
  }),
};

/** The first `n` bytes across `parts` (a copy). */
export function headOf(parts: Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    if (at === n) break;
    const take = p.subarray(0, n - at);
    out.set(take, at);
    at += take.length;
  }
  return out.subarray(0, at);
}
