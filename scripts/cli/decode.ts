/**
 * `npm run --silent decode -- <input>`: decodes an error code (or a pasted line holding codes) and
 * prints the JSON of DESIGN 4.1. Exit 0 when at least one named reading was found, 1 when the input
 * is well formed but unknown, 2 when it is malformed. Words of a multi-word input are joined with
 * spaces; no argument at all is the empty input (exit 2), never a wait on stdin.
 */
import { allTables } from '../../src/lib/errcode/all-tables.ts';
import { decodeErrorCode } from '../../src/lib/errcode/decode.ts';
import type { DecodeResult, Reading } from '../../src/lib/errcode/types.ts';

/** The reading fields of the CLI contract, in contract order. */
function publicReading(r: Reading) {
  return {
    hex: r.hex,
    unsigned: r.unsigned,
    signed: r.signed,
    family: r.family,
    severity: r.severity,
    facility: r.facility,
    code: r.code,
    symbol: r.symbol,
    aliases: r.aliases,
    win32: r.win32,
  };
}

function toJson(result: DecodeResult): { json: object; exit: number } {
  switch (result.kind) {
    case 'decoded':
      return {
        json: {
          input: result.input,
          kind: result.kind,
          readings: result.readings.map(publicReading),
        },
        exit: 0,
      };
    case 'unknown':
      return {
        json: {
          input: result.input,
          kind: result.kind,
          readings: result.readings.map(publicReading),
        },
        exit: 1,
      };
    case 'error':
      // An unknown symbolic name is well formed, just not in any table.
      return {
        json: { input: result.input, kind: result.kind, issue: result.issue },
        exit: result.issue === 'unknown-name' ? 1 : 2,
      };
    default:
      return result satisfies never;
  }
}

const args = process.argv.slice(2);
const input = args.join(' ');
const { json, exit } = toJson(decodeErrorCode(input, allTables));
process.stdout.write(JSON.stringify(json) + '\n');
process.exitCode = exit;
