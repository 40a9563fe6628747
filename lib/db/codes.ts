import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud in class and typed by children.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random code of easy-to-read characters (join codes are 6 long, personal codes 8). */
export function readableCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
