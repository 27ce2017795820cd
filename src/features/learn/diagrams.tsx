/**
 * Diagrams where a picture beats text, as inline SVG with a text alternative (role="img" and
 * a title/description), drawn with the theme's colours so they read in light, dark and on a
 * projector. Keyed by section id.
 */
import type { ReactNode } from 'react';

function Figure({ id, title, desc, children, height = 160 }: { id: string; title: string; desc: string; children: ReactNode; height?: number }) {
  return (
    <figure className="learn-figure">
      <svg viewBox={`0 0 640 ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="learn-diagram">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {children}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

const Box = ({ x, y, w, label, sub }: { x: number; y: number; w: number; label: string; sub?: string }) => (
  <g>
    <rect x={x} y={y} width={w} height={sub ? 56 : 40} rx={6} className="learn-diagram__box" />
    <text x={x + w / 2} y={y + 25} textAnchor="middle" className="learn-diagram__label">
      {label}
    </text>
    {sub && (
      <text x={x + w / 2} y={y + 45} textAnchor="middle" className="learn-diagram__sub">
        {sub}
      </text>
    )}
  </g>
);

const Arrow = ({ x1, y1, x2, y2, label }: { x1: number; y1: number; x2: number; y2: number; label?: string }) => (
  <g>
    <line x1={x1} y1={y1} x2={x2} y2={y2} className="learn-diagram__line" markerEnd="url(#learn-arrow)" />
    {label && (
      <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 - 6} textAnchor="middle" className="learn-diagram__sub">
        {label}
      </text>
    )}
  </g>
);

const Defs = () => (
  <defs>
    <marker id="learn-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" className="learn-diagram__head" />
    </marker>
  </defs>
);

export const DIAGRAMS: Record<string, () => ReactNode> = {
  'how-it-works': () => (
    <Figure
      id="envelope"
      title="Envelope encryption"
      desc="Inside KMS the CMK encrypts a new data key. Outside KMS the plaintext data key encrypts the data; the encrypted data key is stored next to the encrypted data, and the plaintext data key is discarded."
      height={190}
    >
      <Defs />
      <Box x={10} y={20} w={170} label="CMK (in KMS)" sub="never leaves KMS" />
      <Arrow x1={180} y1={48} x2={250} y2={48} label="encrypts" />
      <Box x={250} y={20} w={170} label="Data key" sub="plaintext + encrypted" />
      <Arrow x1={420} y1={48} x2={480} y2={48} label="encrypts" />
      <Box x={480} y={20} w={150} label="Your data" sub="any size" />
      <Box x={160} y={120} w={320} label="Stored: encrypted data + encrypted data key" />
      <Arrow x1={335} y1={76} x2={335} y2={118} />
    </Figure>
  ),
  'key-states': () => (
    <Figure
      id="states"
      title="Key states"
      desc="Enabled and Disabled switch both ways. Scheduling deletion, from Enabled or from Disabled, moves a key to Pending deletion for 7 to 30 days; cancelling returns it to Disabled; when the wait ends the key is deleted."
      height={190}
    >
      <Defs />
      <Box x={10} y={20} w={130} label="Enabled" />
      <Box x={230} y={20} w={130} label="Disabled" />
      <Arrow x1={140} y1={34} x2={228} y2={34} label="disable" />
      <Arrow x1={228} y1={52} x2={142} y2={52} />
      <text x={185} y={78} textAnchor="middle" className="learn-diagram__sub">
        enable
      </text>
      <Box x={450} y={20} w={180} label="Pending deletion" sub="7-30 days" />
      <Arrow x1={360} y1={34} x2={448} y2={34} label="schedule" />
      <Arrow x1={448} y1={62} x2={362} y2={54} />
      <text x={300} y={100} textAnchor="middle" className="learn-diagram__sub">
        cancel: back to Disabled
      </text>
      <path d="M75,60 V170 H480 V80" className="learn-diagram__line" fill="none" markerEnd="url(#learn-arrow)" />
      <text x={280} y={162} textAnchor="middle" className="learn-diagram__sub">
        schedule deletion (from Enabled too)
      </text>
      <Box x={500} y={115} w={130} label="Deleted" />
      <Arrow x1={565} y1={78} x2={565} y2={113} />
    </Figure>
  ),
  'old-material': () => (
    <Figure
      id="rotation"
      title="Rotation keeps old key material"
      desc="Year 1 material encrypted an old file; after rotation, year 2 material is current for new encryptions, but the year 1 material is kept, so the old file still decrypts. Key id, ARN and alias do not change."
      height={150}
    >
      <Defs />
      <Box x={10} y={20} w={180} label="Material v1" sub="kept for decrypt" />
      <Box x={230} y={20} w={180} label="Material v2" sub="current" />
      <Arrow x1={190} y1={48} x2={228} y2={48} />
      <text x={210} y={100} textAnchor="middle" className="learn-diagram__sub">
        rotate
      </text>
      <Box x={450} y={20} w={180} label="Same key id" sub="same ARN and alias" />
      <text x={10} y={130} className="learn-diagram__sub">
        Old ciphertext names v1: still decrypts. New ciphertext uses v2.
      </text>
    </Figure>
  ),
};
