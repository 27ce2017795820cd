/**
 * The console's status indicator: an icon, a colour and the status in words ("Enabled",
 * "Pending deletion", "Issued", "Failed"), so the state never rests on colour alone. The icon is
 * decoration (hidden from screen readers); the text says it all.
 */
import type { ReactNode } from 'react';
import './status-indicator.css';

export type StatusType = 'success' | 'error' | 'warning' | 'stopped' | 'pending' | 'in-progress' | 'info';

// 16 x 16 line icons in the style of the console's (circle + mark; a triangle for warnings).
const MARK: Record<StatusType, string> = {
  success: 'M4.5 8.2l2.4 2.4 4.6-4.8',
  error: 'M5.5 5.5l5 5m0-5l-5 5',
  warning: 'M8 6v3.5M8 11.5v.5',
  stopped: 'M5 8h6',
  pending: 'M8 4.5V8l2.5 1.5',
  'in-progress': 'M8 4.5V8h3.5',
  info: 'M8 7.5V11.5M8 5v.5',
};

export function StatusIcon({ type }: { type: StatusType }) {
  return (
    <svg className="status-indicator__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {type === 'warning' ? <path d="M8 1.5L15 14H1z" /> : <circle cx="8" cy="8" r="6.5" />}
      <path d={MARK[type]} />
    </svg>
  );
}

export function StatusIndicator({ type, className, children }: { type: StatusType; className?: string; children: ReactNode }) {
  return (
    <span className={`status-indicator status-indicator--${type}${className ? ` ${className}` : ''}`}>
      <StatusIcon type={type} />
      <span>{children}</span>
    </span>
  );
}

/** The status of a KMS key (its KeyState) as the console shows it. */
export const KEY_STATE_STATUS: Record<string, StatusType> = {
  Enabled: 'success',
  Disabled: 'stopped',
  PendingDeletion: 'warning',
  PendingImport: 'pending',
  PendingReplicaDeletion: 'warning',
  Creating: 'in-progress',
  Updating: 'in-progress',
  Unavailable: 'error',
};

const KEY_STATE_WORDS: Record<string, string> = {
  PendingDeletion: 'Pending deletion',
  PendingImport: 'Pending import',
  PendingReplicaDeletion: 'Pending replica deletion',
};

/** A key state in the console's words ("PendingDeletion" is "Pending deletion"). */
export const keyStateLabel = (state: string) => KEY_STATE_WORDS[state] ?? state;

/** The status of an ACM certificate (or of one domain's validation). */
export const CERTIFICATE_STATUS: Record<string, StatusType> = {
  ISSUED: 'success',
  SUCCESS: 'success',
  PENDING_VALIDATION: 'pending',
  INACTIVE: 'stopped',
  EXPIRED: 'stopped',
  VALIDATION_TIMED_OUT: 'error',
  REVOKED: 'error',
  FAILED: 'error',
};
