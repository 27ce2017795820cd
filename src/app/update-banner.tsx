/** The polite notice that a new version of KMS Lab is installed and waiting (see service-worker.ts). */
import { Button } from '@/components/ui/button';
import { useServiceWorkerUpdate } from './service-worker';

export function UpdateBanner() {
  const { ready, update } = useServiceWorkerUpdate();
  if (!ready) return null;
  return (
    <section role="status" aria-label="Update available" className="banner">
      <p>A new version of KMS Lab is ready — reload to update.</p>
      <div className="banner__actions">
        <Button variant="primary" onClick={update}>
          Reload to update
        </Button>
      </div>
    </section>
  );
}
