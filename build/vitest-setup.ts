/**
 * Set up before every unit test file. Component tests (jsdom) wait for what a learner would see
 * with Testing Library's `findBy*`/`waitFor`; their default of 1 s is a speed assumption that a
 * busy two-core CI machine breaks (a lazily loaded screen took over 1 s to render at load 20), so
 * they wait up to 10 s. A test still fails when what it waits for never appears; engine tests
 * (node environment) load nothing here.
 * Every rendered tree is unmounted after each test (Testing Library does so by itself only with
 * Vitest's globals on).
 */
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { configure, cleanup } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
  afterEach(() => cleanup());
}

export {};
