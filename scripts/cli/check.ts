/**
 * `npm run --silent check -- <file>` (stdin without a file): print the paste analysis as the JSON of
 * DESIGN §4.1. Exit 0 whenever it ran; 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzePaste, toCheckJson } from '../../src/lib/verdict/analyze.ts';

function decode(buf: Buffer): string {
  // Redirected console output may be UTF-16 LE with a BOM.
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  return buf.toString('utf8');
}

const file = process.argv.slice(2).find((a) => a !== '--');
let input: Buffer;
try {
  // npm runs scripts from the package root; resolve a relative path against where the reader typed it.
  input = readFileSync(file === undefined ? 0 : resolve(process.env.INIT_CWD ?? process.cwd(), file));
} catch (err) {
  process.stderr.write(`Cannot read ${file ?? 'stdin'}: ${(err as Error).message}\n`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(toCheckJson(analyzePaste(decode(input))), null, 2)}\n`);
