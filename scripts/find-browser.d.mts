/** The first Chromium/Chrome found, or null. */
export function findBrowser(): string | null;
/** A browser path, installing Debian's chromium when possible; exits with advice otherwise. */
export function ensureBrowser(): string;
