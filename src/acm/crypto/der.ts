/** The few DER encodings ACM's key handling needs (PKCS#8 wrapping, PBES2 parameters). */
import { concatBytes } from '@/core';

function tlv(tag: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return new Uint8Array(concatBytes(new Uint8Array([tag, ...len]), body));
}

const intBytes = (n: number) => {
  const out: number[] = [];
  do {
    out.unshift(n & 0xff);
    n = Math.floor(n / 256);
  } while (n > 0);
  if (out[0]! & 0x80) out.unshift(0);
  return new Uint8Array(out);
};

export const der = {
  seq: (...items: Uint8Array[]) => tlv(0x30, concatBytes(...items)),
  octets: (b: Uint8Array) => tlv(0x04, b),
  int: (n: number) => tlv(0x02, intBytes(n)),
  int0: () => tlv(0x02, new Uint8Array([0])),
  nul: () => new Uint8Array([0x05, 0x00]),
  oid: {
    rsaEncryption: new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]),
    pbes2: new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d]),
    pbkdf2: new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c]),
    hmacSha256: new Uint8Array([0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x09]),
    aes256Cbc: new Uint8Array([0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a]),
  },
};
