/**
 * The file as stored, annotated byte by byte (envelope/message-map.ts): a bar of its parts to
 * scale, then every header field and the sampled frames, each a button that opens what the field
 * is, with all its bytes. Fields the current step is about are marked "in this step".
 */
import { useState } from 'react';
import type { MessageField, MessageMap } from '@/envelope/message-map';
import { formatBytes } from '@/envelope/tally';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
const SHOWN = 12;

function Bytes({ f }: { f: MessageField }) {
  const prefix = f.bytes.subarray(0, f.prefixLength);
  const rest = f.bytes.subarray(f.prefixLength, Math.max(f.prefixLength, SHOWN));
  const more = f.length > f.prefixLength + rest.length;
  return (
    <code className="env-field__bytes">
      {prefix.length > 0 && <span className="env-field__prefix">{hex(prefix)} </span>}
      {rest.length ? hex(rest) : f.length ? '' : '(no bytes)'}
      {more && ' …'}
    </code>
  );
}

function Field({ f, open, now, onToggle }: { f: MessageField; open: boolean; now: boolean; onToggle: () => void }) {
  const panel = `env-field-${f.id.replace(/\./g, '-')}`;
  const full = f.bytes.length === f.length;
  return (
    <li className={`env-field${now ? ' env-field--now' : ''}`} data-field={f.id}>
      <button type="button" className="env-field__button" aria-expanded={open} aria-controls={panel} onClick={onToggle}>
        <span className="env-field__offset">{f.offset.toLocaleString('en-US')}</span>
        <span className="env-field__name">
          {f.name}
          {now && <span className="env-field__now">in this step</span>}
        </span>
        <span className="env-field__value">{f.value}</span>
        <Bytes f={f} />
        <span className="env-field__length">{f.length.toLocaleString('en-US')} B</span>
      </button>
      <div id={panel} className="env-field__explain" hidden={!open}>
        <p>{f.explain}</p>
        <p className="env-hint">
          Bytes {f.offset.toLocaleString('en-US')} to {(f.offset + Math.max(f.length, 1) - 1).toLocaleString('en-US')} of the file (
          {f.length.toLocaleString('en-US')} bytes{f.prefixLength ? `, the first ${f.prefixLength} giving the length of the rest` : ''})
          {full ? ':' : `; the first ${f.bytes.length}:`}
        </p>
        {f.bytes.length > 0 && <code className="env-field__all">{hex(f.bytes)}</code>}
      </div>
    </li>
  );
}

function Bar({ map }: { map: MessageMap }) {
  const F = map.frames[0];
  const parts = [
    { key: 'header', label: `header ${map.headerLength} B`, bytes: map.headerLength },
    ...map.frames.map((f) => ({ key: `f${f.seq}`, label: f.final ? `final frame` : `frame ${f.seq}`, bytes: f.length })),
  ];
  const hidden = map.frameCount - map.frames.length;
  if (hidden > 0 && F) parts.splice(parts.length - 1, 0, { key: 'more', label: `${hidden} more frames`, bytes: hidden * F.length });
  return (
    <div className="env-bar" aria-hidden="true">
      {parts.map((p) => (
        <span key={p.key} className={`env-bar__part env-bar__part--${p.key === 'header' ? 'header' : 'frame'}`} style={{ flexGrow: p.bytes }}>
          {p.label}
        </span>
      ))}
    </div>
  );
}

export function MessageView({ map, name, highlight }: { map: MessageMap; name: string; highlight: string[] }) {
  const [open, setOpen] = useState<string>();
  const now = new Set(highlight);
  const list = (fields: MessageField[]) => (
    <ol className="env-fields">
      {fields.map((f) => (
        <Field key={f.id} f={f} open={open === f.id} now={now.has(f.kind)} onToggle={() => setOpen((x) => (x === f.id ? undefined : f.id))} />
      ))}
    </ol>
  );
  const hidden = map.frameCount - map.frames.length;
  return (
    <section className="panel env-message" aria-labelledby="env-message-title" data-testid="env-message">
      <h2 id="env-message-title">The file as stored: {name}</h2>
      <p>
        {formatBytes(map.messageBytes)}: a {map.headerLength}-byte header, then {map.frameCount.toLocaleString('en-US')} frame{map.frameCount === 1 ? '' : 's'}.
        Offsets and bytes are this file&apos;s own. Choose a field to read what it is.
      </p>
      <Bar map={map} />
      <div className="env-fields__head" aria-hidden="true">
        <span>Offset</span>
        <span>Field</span>
        <span>Value</span>
        <span>Bytes (hex)</span>
        <span>Length</span>
      </div>
      <h3>Header</h3>
      {list(map.header)}
      {map.frames.map((f, i) => (
        <div key={f.seq}>
          {f.final && hidden > 0 && (
            <p className="env-hint">
              Frames {map.frames[i - 1]!.seq + 1} to {f.seq - 1}: the same layout as frame 1, {map.frames[0]!.length.toLocaleString('en-US')} bytes each (
              {hidden} frames not shown).
            </p>
          )}
          <h3>{f.final ? `Final frame (frame ${f.seq})` : `Frame ${f.seq}`}</h3>
          {list(f.fields)}
        </div>
      ))}
    </section>
  );
}
