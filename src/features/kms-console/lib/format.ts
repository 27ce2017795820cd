/** How the console words key states. Dates: components/ui/format (UTC, the account's clock). */
export { formatDate, formatDateTime } from '@/components/ui/format';

const STATUS: Record<string, string> = {
  Enabled: 'Enabled',
  Disabled: 'Disabled',
  PendingDeletion: 'Pending deletion',
  PendingImport: 'Pending import',
  Unavailable: 'Unavailable',
  Creating: 'Creating',
};

export const statusLabel = (state: string) => STATUS[state] ?? state;

/** yyyy-mm-dd, for <input type="date">. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
