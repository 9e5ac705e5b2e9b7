import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';

/** Chromium flags for a closed network and a root user: no background traffic, no sandbox. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium from the path the global setup found. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), headless: true, args: ARGS });
}

/** The preview server's URL for a site path. */
export function url(path: string): string {
  return new URL(path, inject('baseURL')).href;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every request URL the page made, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/** A fresh context and page that records requests and console errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    // Resource errors are reported with their URL by the response listener below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed ${r.url()}`));
  return { page, context, requests, errors };
}

/** Runs axe (WCAG 2.2 A/AA) on the page and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}

/** Sets the theme the way a reader does, by the header's select, and waits for the class to follow. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'system'): Promise<void> {
  await page.selectOption('#theme-select', theme);
}
