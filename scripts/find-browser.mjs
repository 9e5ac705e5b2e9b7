// Finds a Chromium/Chrome for the browser tests: $CHROME_PATH, Debian's chromium, or an installed Chrome.
// Where none exists and we run as root on Debian/Ubuntu, installs Debian's `chromium` with apt-get.
// It never downloads a browser build of its own.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The first browser found, or null. */
export function findBrowser() {
  const env = process.env.CHROME_PATH;
  if (env) return existsSync(env) ? env : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/** Returns a browser path, installing Debian's chromium when that is possible; exits with advice otherwise. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there. Point it at a Chromium or Chrome binary.`);
    process.exit(2);
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s chromium package with apt-get (one time).');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = findBrowser();
    if (installed) return installed;
  }
  console.error(
    [
      'The browser tests need Chromium or Chrome, and none was found.',
      'Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome),',
      'or set CHROME_PATH to the browser binary, then run the tests again.',
    ].join('\n'),
  );
  process.exit(2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureBrowser());
}
