// @vitest-environment jsdom
/** Presenter mode: arrows and a clicker's PageDown/PageUp move through the open lab's steps. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLab } from '@/labs';
import { openLab, useLabSession } from '@/state/lab-progress';
import { setPresenter } from '@/state/presenter';
import { LabPanel } from './lab-panel';

const lab = findLab('iam-setup')!;
const title = () => screen.getByRole('heading', { level: 3 }).textContent;

beforeEach(() => {
  localStorage.clear();
  useLabSession.setState({ activeLab: undefined, activeStep: undefined, panelOpen: false, progress: {}, last: undefined, notice: undefined });
});
afterEach(() => {
  cleanup();
  setPresenter(false);
});

describe('the lab panel in presenter mode', () => {
  it('steps forward and back, stopping at the ends, and not while typing', async () => {
    const user = person();
    setPresenter(true);
    act(() => openLab('iam-setup'));
    render(
      <>
        <input aria-label="Notes" />
        <LabPanel />
      </>,
    );
    expect(title()).toBe(`Step 1: ${lab.steps[0]!.title}`);
    await user.press(document.body, 'ArrowRight');
    expect(title()).toBe(`Step 2: ${lab.steps[1]!.title}`);
    await user.press(screen.getByLabelText('Notes'), 'PageDown');
    expect(title()).toBe(`Step 2: ${lab.steps[1]!.title}`);
    await user.click(document.body); // out of the field, as a presenter clicks the page
    await user.press(document.body, 'PageUp');
    await user.press(document.body, 'ArrowLeft');
    expect(title()).toBe(`Step 1: ${lab.steps[0]!.title}`);
  });

  it('leaves the arrows alone outside presenter mode', async () => {
    const user = person();
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    await user.press(document.body, 'ArrowRight');
    expect(title()).toBe(`Step 1: ${lab.steps[0]!.title}`);
  });
});

describe('a closed lab panel in presenter mode', () => {
  afterEach(() => {
    cleanup();
    setPresenter(false);
  });

  it('leaves the stepping keys to the rest of the page', () => {
    setPresenter(true);
    render(<LabPanel />);
    const e = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
  });
});
