import { describe, expect, it, vi } from 'vitest';
import { applyUpdate, watchForUpdate, type Registration } from './service-worker';

/** A registration whose events the test fires by hand. */
function fakeRegistration(waiting: Registration['waiting'] = null) {
  const target = new EventTarget();
  const reg = {
    waiting,
    installing: null as (EventTarget & { state: ServiceWorkerState }) | null,
    addEventListener: target.addEventListener.bind(target),
  };
  return { reg, fire: (type: string) => target.dispatchEvent(new Event(type)) };
}
const worker = () => ({ postMessage: vi.fn() });

describe('watchForUpdate', () => {
  it('reports a worker already waiting behind the controlling one', () => {
    const w = worker();
    const onWaiting = vi.fn();
    watchForUpdate(fakeRegistration(w).reg, () => true, onWaiting);
    expect(onWaiting).toHaveBeenCalledWith(w);
  });

  it('does not treat the first install (no controller yet) as an update', () => {
    const onWaiting = vi.fn();
    const { reg, fire } = fakeRegistration();
    watchForUpdate(reg, () => false, onWaiting);
    const installing = Object.assign(new EventTarget(), { state: 'installing' as ServiceWorkerState });
    reg.installing = installing;
    fire('updatefound');
    installing.state = 'installed';
    reg.waiting = worker();
    installing.dispatchEvent(new Event('statechange'));
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('reports a new worker once it is installed, not before', () => {
    const onWaiting = vi.fn();
    const { reg, fire } = fakeRegistration();
    watchForUpdate(reg, () => true, onWaiting);
    const installing = Object.assign(new EventTarget(), { state: 'installing' as ServiceWorkerState });
    reg.installing = installing;
    fire('updatefound');
    installing.dispatchEvent(new Event('statechange'));
    expect(onWaiting).not.toHaveBeenCalled();
    installing.state = 'installed';
    const w = worker();
    reg.waiting = w;
    installing.dispatchEvent(new Event('statechange'));
    expect(onWaiting).toHaveBeenCalledWith(w);
  });
});

describe('applyUpdate', () => {
  it('posts SKIP_WAITING and reloads once, when the new worker takes control', () => {
    const w = worker();
    const container = new EventTarget();
    const reload = vi.fn();
    applyUpdate(w, container, reload);
    expect(w.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
