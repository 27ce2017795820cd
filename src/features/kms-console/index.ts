/** The KMS console feature: its routes, for the app's router. */
export { kmsHome, kmsRoutes, type KmsRoute } from './routes';
export { paths as kmsPaths } from './lib/navigate';
