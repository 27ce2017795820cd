/**
 * The page's side of the offline app (issue 8): registers ./sw.js (built by
 * build/service-worker-plugin.ts) in production builds only, and reports a new version that is
 * installed and waiting, so the update banner can offer it. Updating posts SKIP_WAITING and
 * reloads once the new worker controls the page; the account lives in IndexedDB, so nothing is
 * lost. A registration that fails is logged and otherwise ignored: the app works without it.
 */
import { useEffect, useState } from 'react';

/** The parts of ServiceWorkerRegistration used here (a fake one in unit tests). */
export interface Registration extends Pick<EventTarget, 'addEventListener'> {
  readonly waiting: Pick<ServiceWorker, 'postMessage'> | null;
  readonly installing: (Pick<ServiceWorker, 'state'> & Pick<EventTarget, 'addEventListener'>) | null;
}

/**
 * Calls `onWaiting` when a new worker is installed and waiting behind the one controlling the
 * page (`hasController`), now or later. A first install (no controller yet) is not an update.
 */
export function watchForUpdate(reg: Registration, hasController: () => boolean, onWaiting: (w: Pick<ServiceWorker, 'postMessage'>) => void): void {
  if (reg.waiting && hasController()) onWaiting(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const installing = reg.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && reg.waiting && hasController()) onWaiting(reg.waiting);
    });
  });
}

/** Asks the waiting worker to take over; `reload` runs once it controls the page. */
export function applyUpdate(
  waiting: Pick<ServiceWorker, 'postMessage'>,
  container: Pick<ServiceWorkerContainer, 'addEventListener'>,
  reload: () => void,
): void {
  let done = false;
  container.addEventListener('controllerchange', () => {
    if (done) return;
    done = true;
    reload();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Registers the worker (production builds only) and returns the waiting update, if any. */
export function useServiceWorkerUpdate(): { ready: boolean; update(): void } {
  const [waiting, setWaiting] = useState<Pick<ServiceWorker, 'postMessage'> | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || import.meta.env.MODE === 'test' || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    sw.register('./sw.js', { scope: './' }).then(
      (reg) => watchForUpdate(reg, () => sw.controller !== null, setWaiting),
      (e: unknown) => console.warn('KMS Lab: offline support is unavailable (service worker registration failed).', e),
    );
  }, []);
  return {
    ready: waiting !== null,
    update: () => waiting && applyUpdate(waiting, navigator.serviceWorker, () => location.reload()),
  };
}
