/**
 * The picture: your browser, the network between it and AWS KMS, AWS KMS, and storage, each a
 * labelled box; the objects of the current step (storyboard.ts) drawn in their own look in their
 * place. When a step moves an object, it travels to its new place (motion's `m` with
 * domAnimation under LazyMotion); objects appear and leave with presence animations; what crossed
 * the network during the step is an arrow in the network band with its byte count.
 * `MotionConfig reducedMotion="user"` plus zero-length transitions under prefers-reduced-motion:
 * the same steps, without movement. The picture is hidden from screen readers; the list below it
 * says the same in text (where each object is), and the caption is announced.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { AnimatePresence, LazyMotion, MotionConfig, domAnimation, m, useReducedMotion } from 'motion/react';
import type { Place, StoryObject, StoryStep } from '@/envelope/storyboard';
import { ObjectIcon } from './icons';
import { slotPosition, type Box } from './stage-layout';

const PLACES: { id: Place; title: string; note: string }[] = [
  { id: 'browser', title: 'Your browser', note: 'your code, its memory, local crypto' },
  { id: 'kms', title: 'AWS KMS', note: 'KMS keys never leave it' },
  { id: 'storage', title: 'Storage', note: 'disk or S3: ciphertext only' },
];
export const PLACE_NAME: Record<Place, string> = { browser: 'Your browser', kms: 'AWS KMS', storage: 'Storage' };

type Boxes = Record<Place, Box>;
/** A slot's height, a place's title height and the gap, in px, as the stylesheet sets them (--env-row, --env-head, --env-gap). */
type Sizes = { row: number; head: number; gap: number };
const RULERS = ['row', 'head', 'gap'] as const;

function useBoxes(stage: RefObject<HTMLDivElement | null>, places: RefObject<Partial<Record<Place, HTMLElement | null>>>) {
  const [boxes, setBoxes] = useState<{ boxes: Boxes; sizes: Sizes }>();
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const measure = () => {
      const box = (p: Place): Box => {
        const z = places.current[p];
        return { left: z?.offsetLeft ?? 0, top: z?.offsetTop ?? 0, width: z?.offsetWidth ?? 0, height: z?.offsetHeight ?? 0 };
      };
      const ruler = (r: (typeof RULERS)[number]) => el.querySelector<HTMLElement>(`.env-ruler--${r}`)?.offsetHeight ?? 0;
      setBoxes({
        boxes: { browser: box('browser'), kms: box('kms'), storage: box('storage') },
        sizes: { row: ruler('row'), head: ruler('head'), gap: ruler('gap') },
      });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [stage, places]);
  return boxes;
}

function Token({ o, boxes, sizes, duration }: { o: StoryObject; boxes: Boxes; sizes: Sizes; duration: number }) {
  const still = duration === 0; // reduced motion: drawn where it ends, from the first frame
  const at = (place: Place) => slotPosition(boxes[place], place, o, sizes.row, sizes.head, sizes.gap);
  const to = at(o.place);
  const from = o.from && !still ? at(o.from) : to;
  return (
    <m.div
      className={`env-obj env-kind--${o.kind}${o.state ? ` env-obj--${o.state}` : ''}`}
      data-object={o.id}
      data-place={o.place}
      style={{ height: sizes.row }}
      initial={{ x: from.x, y: from.y, width: from.width, opacity: o.from || still ? 1 : 0 }}
      animate={{ x: to.x, y: to.y, width: to.width, opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: duration / 2 } }}
      transition={{ duration }}
      title={`${o.label}: ${o.detail}`}
    >
      <ObjectIcon kind={o.kind} />
      <span className="env-obj__text">
        <span className="env-obj__label">{o.label}</span>
        <span className="env-obj__detail">{o.detail}</span>
      </span>
    </m.div>
  );
}

function Crossing({ step, duration }: { step: StoryStep; duration: number }) {
  const c = step.crossing;
  return (
    <AnimatePresence mode="wait">
      {c && (
        <m.p
          key={step.id}
          className={`env-crossing env-crossing--${c.direction}${c.error ? ' env-crossing--error' : ''}`}
          data-testid="env-crossing"
          initial={{ x: c.direction === 'to-kms' ? -40 : 40, opacity: 0 }}
          animate={{ x: 0, opacity: 1 }}
          exit={{ opacity: 0, transition: { duration: duration / 3 } }}
          transition={{ duration }}
        >
          <span className="env-crossing__arrow">{c.direction === 'to-kms' ? '→' : '←'}</span>
          <strong>{c.bytes.toLocaleString('en-US')} B</strong>
          <span>{c.operation}</span>
        </m.p>
      )}
    </AnimatePresence>
  );
}

export function Stage({ step, speed }: { step: StoryStep; speed: number }) {
  const stage = useRef<HTMLDivElement>(null);
  const places = useRef<Partial<Record<Place, HTMLElement | null>>>({});
  const measured = useBoxes(stage, places);
  const reduced = useReducedMotion();
  const duration = reduced ? 0 : 0.6 / speed;
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <div className="env-stage" ref={stage} data-step={step.id}>
          {RULERS.map((r) => (
            <span key={r} className={`env-ruler env-ruler--${r}`} style={{ height: `var(--env-${r})` }} aria-hidden="true" />
          ))}
          {PLACES.map((p) => (
            <section key={p.id} aria-hidden="true" className={`env-place env-place--${p.id}`} ref={(el) => void (places.current[p.id] = el)}>
              <p className="env-place__title">{p.title}</p>
              <p className="env-place__note">{p.note}</p>
            </section>
          ))}
          <div className="env-network" aria-hidden="true">
            <p className="env-place__title">Network</p>
            <p className="env-place__note">HTTPS: what crosses</p>
            <Crossing step={step} duration={duration} />
          </div>
          <Legend />
          <div className="env-objects" aria-hidden="true">
            <AnimatePresence>
              {measured && step.objects.map((o) => <Token key={o.id} o={o} boxes={measured.boxes} sizes={measured.sizes} duration={duration} />)}
            </AnimatePresence>
          </div>
        </div>
      </MotionConfig>
    </LazyMotion>
  );
}

const LEGEND: { kind: StoryObject['kind']; name: string; meaning: string }[] = [
  { kind: 'kms-key', name: 'KMS key', meaning: 'stays in KMS' },
  { kind: 'data-key', name: 'Data key', meaning: 'plaintext, memory only, then wiped' },
  { kind: 'edk', name: 'Encrypted data key', meaning: 'stored with the data' },
  { kind: 'context', name: 'Encryption context', meaning: 'not secret, bound in' },
  { kind: 'frames', name: 'Frames', meaning: 'your data, encrypted locally' },
  { kind: 'message', name: 'Encrypted file', meaning: 'what storage holds' },
];

function Legend() {
  return (
    <div className="env-legend">
      <p className="env-place__title" id="env-legend-title">
        What you see
      </p>
      <ul aria-labelledby="env-legend-title">
        {LEGEND.map((l) => (
          <li key={l.kind} className={`env-legend__item env-kind--${l.kind}`}>
            <ObjectIcon kind={l.kind} />
            <span>
              <strong>{l.name}</strong>: {l.meaning}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The picture in words, for screen readers and anyone who prefers text: where each object is now. */
export function StageInWords({ step }: { step: StoryStep }) {
  return (
    <ul className="visually-hidden" aria-label="Where everything is after this step">
      {(['browser', 'kms', 'storage'] as Place[]).map((p) => {
        const here = step.objects.filter((o) => o.place === p);
        return (
          <li key={p}>
            {PLACE_NAME[p]}: {here.length ? here.map((o) => `${o.label} (${o.detail})`).join('; ') : 'nothing'}
          </li>
        );
      })}
    </ul>
  );
}
