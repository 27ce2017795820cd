/**
 * Dates as the console shows them. The simulated clock is the account's time, shown in UTC so a
 * class sees the same date on every machine (the AWS console uses the browser's zone; UTC is one
 * of its options).
 */
const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

const toDate = (t: Date | number | string) => (t instanceof Date ? t : new Date(t));

/** "May 1, 2027, 10:00:00 UTC" */
export const formatDateTime = (t: Date | number | string) => `${DATE_TIME.format(toDate(t))} UTC`;

/** "May 1, 2027" */
export const formatDate = (t: Date | number | string) => DATE.format(toDate(t));
