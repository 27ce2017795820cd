/** How the console words key states. Dates: components/ui/format (UTC, the account's clock). */
export { formatDate, formatDateTime } from '@/components/ui/format';

export { keyStateLabel as statusLabel } from '@/components/ui/status-indicator';

/** yyyy-mm-dd, for <input type="date">. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
