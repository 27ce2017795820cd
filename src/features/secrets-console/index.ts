/** Secrets Manager's console screens (one lazily loaded chunk). */
export { SecretsListPage } from './list-page';
export { CreateSecretPage } from './create-page';
export { SecretPage } from './secret-page';
