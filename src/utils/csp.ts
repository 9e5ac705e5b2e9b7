import { createHash } from 'node:crypto';

/**
 * The CSP source expression (`sha256-…`) that allows exactly this inline script. Astro hashes the scripts it
 * bundles; an `is:inline` script must be registered by hand with `Astro.csp.insertScriptHash()`, and hashing
 * the very string that `set:html` writes keeps the hash right whenever the script changes.
 * @example inlineScriptHash('alert(1)') // => 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='
 */
export function inlineScriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
