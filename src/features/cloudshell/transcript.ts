/**
 * The CloudShell transcript for notes: each command line with the output it wrote, as Markdown
 * (one fenced `console` block per command). Built from the terminal's screen, so it holds what
 * the learner saw: the scrollback cap applies, and binary output appears as control pictures.
 */
import { fenceFor } from '@/components/ui/download';
import type { Line } from './scrollback';

interface Entry {
  command: string;
  output: string[];
}

export function transcriptMarkdown(lines: readonly Line[], exportedAt: Date): string {
  const entries: Entry[] = [];
  for (const line of lines) {
    const input = line.segments
      .filter((s) => s.kind === 'input')
      .map((s) => s.text)
      .join('');
    const text = line.segments
      .filter((s) => s.kind !== 'prompt' && s.kind !== 'input')
      .map((s) => s.text)
      .join('');
    if (line.segments.some((s) => s.kind === 'prompt')) {
      // A prompt with nothing typed (Enter on an empty line, or the waiting prompt) is not a command.
      if (input.trim()) entries.push({ command: input, output: [] });
      continue;
    }
    const last = entries[entries.length - 1];
    if (last) last.output.push(text);
    else if (text) entries.push({ command: '', output: [text] });
  }
  const out = ['# CloudShell transcript', '', `Exported ${exportedAt.toISOString()} from KMS Lab (a simulation of AWS).`, ''];
  if (!entries.length) out.push('No commands were run in this session.', '');
  for (const e of entries) {
    while (e.output.length && !e.output[e.output.length - 1]) e.output.pop();
    const body = [e.command ? `$ ${e.command}` : '', ...e.output].filter((l, i) => i > 0 || l).join('\n');
    const fence = fenceFor(body);
    out.push(`${fence}console`, body, fence, '');
  }
  return out.join('\n');
}
