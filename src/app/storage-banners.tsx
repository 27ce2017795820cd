/** What the app says about its storage: an account it could not load, another tab, no saving. */
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import type { LoadFailure } from '@/persist';

const FAILURE_TEXT: Record<LoadFailure, string> = {
  corrupted: 'The account saved in this browser is damaged or incomplete.',
  'newer-version': 'The account saved in this browser was written by a newer version of KMS Lab.',
  unavailable: "This browser's storage could not be opened.",
};

export function LoadFailedBanner({ reason, detail, onStartFresh }: { reason: LoadFailure; detail: string; onStartFresh(): void }) {
  return (
    <Banner
      tone="danger"
      title="Your saved account could not be loaded"
      actions={
        <Button variant="primary" onClick={onStartFresh}>
          Start a fresh account (keeps the old data in storage)
        </Button>
      }
    >
      <p>{FAILURE_TEXT[reason]} Nothing has been changed or deleted.</p>
      <p className="banner__detail">Details: {detail}</p>
      {reason === 'newer-version' && <p>To keep working with that account, open it with the newer version of KMS Lab.</p>}
    </Banner>
  );
}

export function ConflictBanner({ detail }: { detail: string }) {
  return (
    <Banner
      title="This account was changed in another tab"
      actions={
        <Button variant="primary" onClick={() => location.reload()}>
          Reload
        </Button>
      }
    >
      <p>{detail} Changes made here since then are not saved, so that the other tab's work is not overwritten.</p>
    </Banner>
  );
}

export function NotSavedBanner({ detail }: { detail: string }) {
  return (
    <Banner title="Your work in this tab is not being saved">
      <p>{detail}</p>
      <p className="banner__detail">Everything still works; it is lost when you close or reload the page.</p>
    </Banner>
  );
}

/** The browser's storage could not be opened at all (private windows, site data blocked): the lab runs in memory. */
export function StorageUnavailableBanner({ detail }: { detail: string }) {
  return (
    <Banner title="This browser's storage could not be opened">
      <p>KMS Lab works for this session only: everything works, but nothing you do here will be saved, and it is gone when you close or reload the page.</p>
      <p>
        This happens in a private window and when the browser is set to block site data. To keep your work, open KMS Lab in a normal window, or allow site data
        for this site, then reload.
      </p>
      <p className="banner__detail">Details: {detail}</p>
    </Banner>
  );
}

/** A save was refused because the browser's storage is full; the account in this tab is intact and the last good save untouched. */
export function StorageFullBanner({ detail }: { detail: string }) {
  return (
    <Banner title="Browser storage is full">
      <p>
        Your latest changes are not saved: the browser has no room left for this site. Everything still works in this tab, and the last saved copy of your
        account is kept as it was.
      </p>
      <p>
        To save again, free some space: remove large files you encrypted or uploaded (Encrypt files, CloudShell), or clear other sites' data in the browser's
        settings. KMS Lab saves everything again at your next change. Until then, reloading or closing the page loses the changes since the last save.
      </p>
      <p className="banner__detail">Details: {detail}</p>
    </Banner>
  );
}
