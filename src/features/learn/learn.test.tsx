// @vitest-environment jsdom
/** The learning path as a learner sees it: modules in course order, lab progress, "continue", module pages with diagrams. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODULES } from '../../labs';
import { useLabSession } from '../../state/lab-progress';
import { LearnPage } from './learn-page';
import { ModulePage } from './module-page';

beforeEach(() => useLabSession.setState({ progress: {}, last: undefined, panelOpen: false }));
afterEach(cleanup);

describe('LearnPage', () => {
  it('lists the course modules in order, with their labs and progress', () => {
    useLabSession.setState({
      progress: { 'iam-setup': { passed: ['group', 'users'], hints: {}, completed: true }, 'create-cmk': { passed: ['key'], hints: {}, completed: false } },
      last: { lab: 'create-cmk', step: 'administrators' },
    });
    render(<LearnPage />);
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(MODULES.map((m, i) => `${i + 1}. ${m.title}`));
    expect(titles.slice(0, 3)).toEqual(['1. KMS 101', '2. Creating a CMK', '3. CMK summary']);
    const creating = screen.getByRole('heading', { name: '2. Creating a CMK' }).closest('li')!;
    expect(within(creating).getByText(/Labs: 1 of 3 complete/)).toBeTruthy();
    expect(within(creating).getByText(/1 of 3 steps passed/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Continue where I left off: lab 2/ }).getAttribute('href')).toBe('#/labs/create-cmk/administrators');
    expect(screen.getByText(/Labs complete:/).textContent).toBe('Labs complete: 1 of 11.');
  });

  it('offers no "continue" link to a newcomer', () => {
    render(<LearnPage />);
    expect(screen.queryByRole('link', { name: /Continue where I left off/ })).toBeNull();
  });
});

describe('ModulePage', () => {
  it('shows the sections, a diagram with a text alternative, and the module\'s labs', () => {
    render(<ModulePage id="envelope-encryption" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Envelope encryption' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Envelope encryption Inside KMS the CMK encrypts a new data key/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Lab 4: Generate a data key/ }).getAttribute('href')).toBe('#/labs/data-key');
    expect(screen.getByRole('link', { name: 'Key rotation' }).getAttribute('href')).toBe('#/learn/key-rotation');
  });

  it('marks content newer than the course, and answers an unknown module', () => {
    render(<ModulePage id="key-rotation" />);
    expect(screen.getByRole('heading', { name: /Since the course was recorded/ }).textContent).toContain('(current AWS, newer than the course)');
    cleanup();
    render(<ModulePage id="nope" />);
    expect(screen.getByRole('heading', { name: 'Module not found' })).toBeTruthy();
  });
});
