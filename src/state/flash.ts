/**
 * The flash bar's messages: the outcome of a console action ("User myKeyUser created.") with
 * the CLI equivalent of the calls it made. A slice of its own, so any screen can report an
 * outcome that stays visible after it navigates (create, then land on the list, as in AWS).
 */
import type { ReactNode } from 'react';
import { create } from 'zustand';
import type { CliCall } from '@/cli/equivalent';
import type { AuthorizationTrace } from '@/cloud/authorize';

export interface Flash {
  id: number;
  /** Navigations seen since it was shown: it survives the one its action makes, not the next. */
  age?: number;
  tone: 'success' | 'info';
  text: ReactNode;
  /** The calls the action made, each with how it was authorized once it ran ("Why allowed"). */
  calls?: (CliCall & { trace?: AuthorizationTrace })[];
}

export const useFlash = create<{ messages: Flash[] }>(() => ({ messages: [] }));

let next = 1;

/** Shows an outcome; the newest replaces older ones (AWS shows one at a time for one flow). */
export function showFlash(flash: Omit<Flash, 'id'>): void {
  useFlash.setState({ messages: [{ ...flash, id: next++ }] });
}

export const dismissFlash = (id: number) => useFlash.setState((s) => ({ messages: s.messages.filter((m) => m.id !== id) }));

export const clearFlash = () => useFlash.setState({ messages: [] });

/** Called on every navigation: a message outlives the navigation right after it, then goes. */
export const ageFlash = () => useFlash.setState((s) => ({ messages: s.messages.map((m) => ({ ...m, age: (m.age ?? 0) + 1 })).filter((m) => m.age < 2) }));
