/** What the app says about its storage: an account it could not load, another tab, no saving. */
import { Banner } from '../components/ui/banner';
import { Button } from '../components/ui/button';
import type { LoadFailure } from '../persist';

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
