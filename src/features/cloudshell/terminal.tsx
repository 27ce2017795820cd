/**
 * The terminal: text in the DOM (selectable, copyable, read by screen readers), not a VT100
 * emulator. The output is a `log` live region; under it, the prompt and the command line, an
 * ordinary labelled text input. Keys as in CloudShell's bash: Enter runs, Up/Down recall
 * history, Tab completes, Ctrl+C cancels (or copies, when text is selected), Ctrl+L clears,
 * Ctrl+U erases to the start of the line. A paste of several lines runs them one by one.
 * Tab stays in the terminal to complete; Escape then Tab (or Shift+Tab) leaves it, so the
 * keyboard is never trapped.
 */
import { memo, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Line } from './scrollback';
import type { TerminalSession } from './session';

interface Props {
  session: TerminalSession;
  /** Focus the command line when the terminal appears (the panel opened by its button). */
  autoFocus?: boolean;
  label?: string;
}

const TerminalLine = memo(function TerminalLine({ line }: { line: Line }) {
  return (
    <div className="terminal__line">
      {line.segments.map((s, i) => (
        <span key={i} className={`terminal__${s.kind}`}>
          {s.text}
        </span>
      ))}
    </div>
  );
});

export function Terminal({ session, autoFocus, label = 'Terminal output' }: Props) {
  const view = useSyncExternalStore(session.subscribe, session.getView);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLSpanElement>(null);
  const cursor = useRef<number | undefined>(undefined);
  const nav = useRef<{ index: number; draft: string } | undefined>(undefined);
  const escaped = useRef(false);
  const stick = useRef(true);
  const ids = useId();

  const setLine = (text: string, at = text.length) => {
    setValue(text);
    cursor.current = at;
  };

  useLayoutEffect(() => {
    if (cursor.current === undefined || !input.current) return;
    input.current.setSelectionRange(cursor.current, cursor.current);
    cursor.current = undefined;
  }, [value]);

  // Follow the output, unless the user scrolled up to read.
  useLayoutEffect(() => {
    const el = screen.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [view]);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  // Terminal width in characters, for `ls` columns and `--output table` (shell.columns).
  useEffect(() => {
    const el = screen.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const char = (probe.current?.getBoundingClientRect().width ?? 0) / 10;
      const style = getComputedStyle(el);
      const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (char > 0 && inner > 0) session.setColumns(inner / char);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [session]);

  function history(step: -1 | 1) {
    const lines = session.history();
    const current = nav.current?.index ?? lines.length;
    const next = current + step;
    if (next < 0 || next > lines.length || (step === 1 && !nav.current)) return;
    if (!nav.current) nav.current = { index: lines.length, draft: value };
    nav.current.index = next;
    if (next === lines.length) {
      setLine(nav.current.draft);
      nav.current = undefined;
    } else setLine(lines[next]!);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const el = e.currentTarget;
    const leaving = escaped.current;
    escaped.current = e.key === 'Escape';
    const at = el.selectionStart ?? value.length;
    if (e.key === 'Tab') {
      if (leaving || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      const done = session.complete(value, at);
      setLine(done.line, done.cursor);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      nav.current = undefined;
      stick.current = true;
      session.submit(value);
      setLine('');
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      history(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.ctrlKey && !e.altKey && !e.metaKey) {
      const key = e.key.toLowerCase();
      if (key === 'c') {
        // With text selected, Ctrl+C copies, as in CloudShell's terminal.
        const selected = el.selectionStart !== el.selectionEnd || !(window.getSelection()?.isCollapsed ?? true);
        if (selected) return;
        e.preventDefault();
        nav.current = undefined;
        stick.current = true;
        session.interrupt(value);
        setLine('');
      } else if (key === 'l') {
        e.preventDefault();
        session.clearScreen();
      } else if (key === 'u') {
        e.preventDefault();
        setLine(value.slice(at), 0);
      }
    }
  }

  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const before = value.slice(0, el.selectionStart ?? value.length);
    const after = value.slice(el.selectionEnd ?? value.length);
    const lines = (before + text).split(/\r\n|\r|\n/);
    const last = lines.pop() ?? '';
    nav.current = undefined;
    stick.current = true;
    session.submit(...lines);
    setLine(last + after, last.length);
  }

  // A click in the terminal types into the command line, unless it selected text to copy.
  function onMouseUp() {
    if (window.getSelection()?.isCollapsed ?? true) input.current?.focus({ preventScroll: true });
  }

  const promptId = `${ids}-prompt`;
  const hintId = `${ids}-hint`;
  return (
    <div
      ref={screen}
      className="terminal"
      onMouseUp={onMouseUp}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
      }}
    >
      <div role="log" aria-live="polite" aria-label={label} aria-busy={view.running || undefined} className="terminal__log">
        {view.lines.map((line) => (
          <TerminalLine key={line.id} line={line} />
        ))}
      </div>
      <div className="terminal__command">
        <span id={promptId} className="terminal__prompt">
          {view.running ? '' : view.prompt}
        </span>
        <input
          ref={input}
          className="terminal__input"
          type="text"
          aria-label="Command"
          aria-describedby={`${promptId} ${hintId}`}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      </div>
      <span ref={probe} className="terminal__probe" aria-hidden="true">
        0000000000
      </span>
      <p id={hintId} className="visually-hidden">
        Enter runs the command. Up and Down arrows recall earlier commands, Tab completes, Control+C cancels, Control+L clears the screen. To leave the
        terminal, press Escape, then Tab.
      </p>
    </div>
  );
}
