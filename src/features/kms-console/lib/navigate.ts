/** Hash URLs (docs/architecture.md, "The composition root, state and routing"): `#/kms/keys/<id>?tab=rotation`. The app's router follows hashchange. */
export const KMS = 'kms';

export const paths = {
  awsKeys: 'kms/keys/aws',
  customerKeys: 'kms/keys/customer',
  customKeyStores: 'kms/custom-key-stores',
  create: 'kms/create',
  key: (keyId: string, tab?: string) => `kms/keys/${keyId}${tab ? `?tab=${tab}` : ''}`,
};

export const href = (path: string) => `#/${path}`;

export function navigate(path: string): void {
  location.hash = `#/${path}`;
}
