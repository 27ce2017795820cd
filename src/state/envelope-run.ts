/** The last envelope run of the file-encryption screen, so the visualizer can replay it (features never import each other). */
import { create } from 'zustand';
import type { EnvelopeRun } from '@/envelope/storyboard';

export const useEnvelopeRuns = create<{ encrypt?: EnvelopeRun; decrypt?: EnvelopeRun }>(() => ({}));
export const recordEnvelopeRun = (run: EnvelopeRun) => useEnvelopeRuns.setState({ [run.direction]: run });
