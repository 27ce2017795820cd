/**
 * Where the stage draws each object: every place (your browser, AWS KMS, storage) is a box with
 * a grid of slots, and each object has its own slot in each place, so objects never cover each
 * other and the same object always sits in the same spot. Positions are computed from the boxes
 * as laid out (measured), so the picture holds at any width and in presenter mode's larger type.
 */
import type { ObjectKind, Place, StoryObject } from '@/envelope/storyboard';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Slot {
  x: number;
  y: number;
  width: number;
}

/** Columns of each place's slot grid. */
export const COLUMNS: Record<Place, number> = { browser: 2, kms: 1, storage: 2 };

/** Slot (column, row) of an object in a place, by id first (rotation's two files), then by kind. */
const BY_ID: Record<string, Partial<Record<Place, [number, number]>>> = {
  'message-old': { storage: [0, 0] },
  'edk-old': { storage: [1, 0] },
  'message-new': { storage: [0, 1] },
  'edk-new': { storage: [1, 1] },
};
const BY_KIND: Record<ObjectKind, Record<Place, [number, number]>> = {
  file: { browser: [0, 0], kms: [0, 1], storage: [0, 1] },
  frames: { browser: [1, 0], kms: [0, 1], storage: [0, 1] },
  'data-key': { browser: [0, 1], kms: [0, 1], storage: [0, 1] },
  edk: { browser: [1, 1], kms: [0, 1], storage: [1, 0] },
  context: { browser: [0, 2], kms: [0, 2], storage: [1, 1] },
  refusal: { browser: [0, 1], kms: [0, 2], storage: [0, 1] },
  'kms-key': { browser: [0, 0], kms: [0, 0], storage: [0, 0] },
  message: { browser: [0, 0], kms: [0, 1], storage: [0, 0] },
};

/** Objects as wide as the whole place (KMS's error reads in full). */
const WIDE: Partial<Record<ObjectKind, true>> = { refusal: true };

export const slotOf = (o: Pick<StoryObject, 'id' | 'kind'>, place: Place): [number, number] => BY_ID[o.id]?.[place] ?? BY_KIND[o.kind][place];

/** Gaps in px; `head` is the height of a place's title. */
export function slotPosition(box: Box, place: Place, o: Pick<StoryObject, 'id' | 'kind'>, rowHeight: number, head: number, gap: number): Slot {
  const [col, row] = slotOf(o, place);
  const cols = COLUMNS[place];
  const inner = box.width - 2 * gap;
  const width = (inner - (cols - 1) * gap) / cols;
  return { x: box.left + gap + col * (width + gap), y: box.top + head + row * (rowHeight + gap), width: WIDE[o.kind] ? inner : width };
}
