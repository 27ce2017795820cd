// @vitest-environment jsdom
/** Presenter mode: arrows and a clicker's PageDown/PageUp move through the open lab's steps. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
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
  it('steps forward and back, stopping at the ends, and not while typing', () => {
    setPresenter(true);
    act(() => openLab('iam-setup'));
    render(
      <>
        <input aria-label="Notes" />
        <LabPanel />
      </>,
    );
    expect(title()).toBe(`Step 1: ${lab.steps[0]!.title}`);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(title()).toBe(`Step 2: ${lab.steps[1]!.title}`);
    fireEvent.keyDown(screen.getByLabelText('Notes'), { key: 'PageDown' });
    expect(title()).toBe(`Step 2: ${lab.steps[1]!.title}`);
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(title()).toBe(`Step 1: ${lab.steps[0]!.title}`);
  });

  it('leaves the arrows alone outside presenter mode', () => {
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
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
