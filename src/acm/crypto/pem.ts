/**
 * PEM (RFC 7468) reading and writing, strict enough to give a learner a clear error: every
 * block needs matching BEGIN/END labels and valid base64, and nothing but whitespace may sit
 * between blocks. Errors are ValidationException, as ACM answers malformed PEM.
 */
import { AwsError, fromBase64, toBase64 } from '@/core';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

export function toPem(label: string, der: Uint8Array): string {
  const b64 = toBase64(der);
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
}

export interface PemBlock {
  label: string;
  der: Uint8Array<ArrayBuffer>;
}

/** All PEM blocks of `text`; throws ValidationException naming `field` when the text is not clean PEM. */
export function readPem(text: string, field: string): PemBlock[] {
  const bad = (why: string) => new AwsError('ValidationException', `Could not parse the ${field}: ${why}`);
  if (typeof text !== 'string' || !text.trim()) throw bad('it is empty.');
  const blocks: PemBlock[] = [];
  let last = 0;
  for (const m of text.matchAll(BLOCK)) {
    if (text.slice(last, m.index).trim()) throw bad('there is text outside the -----BEGIN/-----END lines.');
    last = m.index + m[0].length;
    if (m[1] !== m[3]) throw bad(`the BEGIN ${m[1]} line ends with END ${m[3]}.`);
    const body = m[2]!.replace(/\s+/g, '');
    const der = body ? fromBase64(body) : undefined;
    if (!der || !der.length || !/^[A-Za-z0-9+/]+=*$/.test(body)) throw bad('the text between the BEGIN and END lines is not valid base64.');
    if (der[0] !== 0x30) throw bad('the block does not contain DER data.');
    blocks.push({ label: m[1]!, der: new Uint8Array(der) });
  }
  if (!blocks.length) throw bad('no -----BEGIN ...----- / -----END ...----- block was found. Paste the PEM-encoded text.');
  if (text.slice(last).trim()) throw bad('there is text outside the -----BEGIN/-----END lines.');
  return blocks;
}

/** The DER of every block, which must all carry `label` (aliases allowed for keys). */
export function parsePemBlocks(text: string, label: string, field: string): Uint8Array<ArrayBuffer>[] {
  const blocks = readPem(text, field);
  for (const b of blocks) {
    if (b.label !== label) throw new AwsError('ValidationException', `Could not parse the ${field}: expected a ${label} block, found ${b.label}.`);
  }
  return blocks.map((b) => b.der);
}
