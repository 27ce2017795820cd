/**
 * AWS's guide to importing key material, step 3 for RSA_AES_KEY_WRAP_SHA_1 / _SHA_256, as OpenSSL
 * commands (Node tests only; md is sha1 or sha256): in a folder holding WrappingPublicKey.bin
 * (DER) and PrivateKey.der, a fresh AES-256 key wraps the material with AES key wrap with
 * padding (RFC 5649), the wrapping public key wraps the AES key with RSA-OAEP, and
 * EncryptedKeyMaterial.bin is the two together.
 */
export const opensslRsaAesKeyWrap = (md: string): string[] => [
  'openssl rand -out aes-key.bin 32',
  `openssl enc -id-aes256-wrap-pad -K "$(xxd -p < aes-key.bin | tr -d '\\n')" -iv A65959A6 -in PrivateKey.der -out key-material-wrapped.bin`,
  'openssl pkeyutl -encrypt -in aes-key.bin -out aes-key-wrapped.bin -inkey WrappingPublicKey.bin -keyform DER -pubin ' +
    `-pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:${md} -pkeyopt rsa_mgf1_md:${md}`,
  'cat aes-key-wrapped.bin key-material-wrapped.bin > EncryptedKeyMaterial.bin',
];
