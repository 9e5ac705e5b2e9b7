import { SIZE_UNITS } from './words.ts';

const UNIT_BYTES = new Map<string, number>(SIZE_UNITS.map((u) => [u.unit, u.bytes]));
const UNIT_ALT = [...UNIT_BYTES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const SIZE = new RegExp(`^(\\d{1,9})(?:[.,](\\d{1,4}))? ?(${UNIT_ALT})$`);

/**
 * Read a printed size (`674 MB`, `654.82 GB`, `260 M`, `931 G octets`) as bytes; `null` when it is not a size.
 * Units are binary (diskpart's "MB" is MiB); rounded values stay rounded.
 *
 * @example
 * parseSize('674 MB') // => 706740224
 */
export function parseSize(text: string): number | null {
  const m = SIZE.exec(text.trim());
  if (!m) return null;
  const whole = m[1] ?? '0';
  const frac = m[2] ?? '';
  const factor = UNIT_BYTES.get(m[3] ?? '') ?? 1;
  const value = Number(`${whole}.${frac || '0'}`);
  return Math.round(value * factor);
}

/**
 * Read either a plain byte count (`629145600`) or a printed size (`600 MB`); `null` otherwise.
 *
 * @example
 * parseBytesOrSize('1048576') // => 1048576
 */
export function parseBytesOrSize(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,16}$/.test(t)) return Number(t);
  return parseSize(t);
}

/**
 * True when the text is a plain byte count (exact), false for a printed, rounded size.
 *
 * @example
 * isExactBytes('629145600') // => true
 */
export function isExactBytes(text: string): boolean {
  return /^\d{1,16}$/.test(text.trim());
}
