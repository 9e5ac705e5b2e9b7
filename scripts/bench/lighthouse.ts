/**
 * Lighthouse scores (mobile preset, the default configuration) for a few pages, with Debian's Chromium
 * launched by chrome-launcher. Returns a reason instead of scores when Lighthouse cannot run here.
 */
export interface LighthouseScores {
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Audits that lost points, for a readable miss. */
  failing: string[];
}

export type LighthouseResult = { ran: true; pages: LighthouseScores[] } | { ran: false; reason: string };

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'];

/** Runs Lighthouse on each path, one Chromium for all. */
export async function runLighthouse(origin: string, paths: readonly string[], chromePath: string): Promise<LighthouseResult> {
  let lighthouse: typeof import('lighthouse').default;
  let launcher: typeof import('chrome-launcher');
  try {
    lighthouse = (await import('lighthouse')).default;
    launcher = await import('chrome-launcher');
  } catch (e) {
    return { ran: false, reason: `lighthouse is not installed (${(e as Error).message})` };
  }
  let chrome: Awaited<ReturnType<typeof launcher.launch>> | undefined;
  try {
    chrome = await launcher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
    const pages: LighthouseScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`no result for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string): number | null => {
        const s = categories[id]?.score;
        return typeof s === 'number' ? Math.round(s * 100) : null;
      };
      const failing = Object.values(categories)
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
        .filter((a) => a && typeof a.score === 'number' && a.score < 1)
        .map((a) => `${a?.id} (${Math.round((a?.score ?? 0) * 100)})`);
      pages.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing: [...new Set(failing)],
      });
    }
    return { ran: true, pages };
  } catch (e) {
    return { ran: false, reason: `Lighthouse could not run: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    chrome?.kill();
  }
}
