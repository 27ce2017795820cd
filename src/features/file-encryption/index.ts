export { FileEncryptionPage } from './file-encryption-page';
