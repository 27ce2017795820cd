/** The KMS console feature: its routes, for the app's router. */
export { kmsHome, kmsRoutes, renderKmsPath, type KmsRoute } from './routes';
export { paths as kmsPaths } from './lib/navigate';
