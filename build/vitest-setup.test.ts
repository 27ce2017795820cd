// @vitest-environment jsdom
import { getConfig } from '@testing-library/react';
import { expect, it } from 'vitest';

it('component tests wait up to 10 s for what a learner would see (build/vitest-setup.ts)', () => {
  expect(getConfig().asyncUtilTimeout).toBe(10_000);
});
