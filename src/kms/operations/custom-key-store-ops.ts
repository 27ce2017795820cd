/** The custom key store operations' run functions in one chunk, loaded on the first call of any of them (custom-key-store-rows.ts). */
export { connectCustomKeyStore } from './connect-custom-key-store';
export { createCustomKeyStore } from './create-custom-key-store';
export { describeCustomKeyStores } from './describe-custom-key-stores';
export { disconnectCustomKeyStore } from './disconnect-custom-key-store';
