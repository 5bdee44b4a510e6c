// What every browser test shares: the server's address, a fresh headless Chromium, signing in,
// and the measurements (axe, page weight, overflow) taken on a page.

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const BASE_URL = process.env.MICROPOLIS_TEST_URL ?? 'http://127.0.0.1:8080';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Where the tests leave their findings (HTML for the Nu checker, the summary, screenshots). */
export const ARTIFACTS = process.env.MICROPOLIS_ARTIFACTS ?? join(tmpdir(), 'micropolis-browser');
export const DEMO_PASSWORD = 'micropolis-demo';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Every page under 30 KB transferred: HTML + CSS + script, compressed. */
export const WEIGHT_BUDGET = 30 * 1024;

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Launches Debian's Chromium. Playwright gives every launch a fresh, temporary user-data-dir of
 * its own and removes it on `close()`, so nothing carries over from one run to the next.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
    ],
  });
  return {
    /**
     * A new, empty browsing context (no cookies, no cache) as a visitor of this size sees it;
     * `javaScriptEnabled: false` for a visitor whose browser runs no script.
     */
    async context({ width = 1280, height = 900, colorScheme = 'light', storageState, cookies = [], javaScriptEnabled = true } = {}) {
      const ctx = await browser.newContext({
        viewport: { width, height },
        colorScheme,
        storageState,
        baseURL: BASE_URL,
        javaScriptEnabled,
      });
      if (cookies.length > 0) {
        await ctx.addCookies(cookies.map(([name, value]) => ({ name, value, url: BASE_URL })));
      }
      return ctx;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Signs a demo person in through the real form and returns the cookies to reuse. */
export async function signedInState(browser, email) {
  const ctx = await browser.context();
  const page = await ctx.newPage();
  await page.goto('/sign-in');
  await page.fill('#email', email);
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/sign-in'), page.click('main form button[type=submit]')]);
  const state = await ctx.storageState();
  await ctx.close();
  // The account's own language would otherwise follow the cookie the sign-in set.
  state.cookies = state.cookies.filter((cookie) => cookie.name !== 'mp_lang');
  return state;
}

/** Runs axe-core on the page with the WCAG 2.2 AA tags and returns its violations. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) stays on.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const results = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary}`),
    }));
  }, AXE_TAGS);
}

/**
 * Counts what a page costs to load with an empty cache: the last document's response as it
 * arrived (headers and compressed body), plus every stylesheet and script the page fetched.
 * Call before navigating: after following links or submitting a form, the last document counts.
 */
export function weigh(page) {
  const documents = [];
  const assets = new Map();
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (kind === 'document') documents.push(response);
    // The first fetch of an asset is what it costs; later pages get it from the cache.
    else if ((kind === 'stylesheet' || kind === 'script') && !assets.has(response.url())) assets.set(response.url(), response);
  });
  const size = async (response) => {
    const sizes = await response.request().sizes();
    return sizes.responseBodySize + sizes.responseHeadersSize;
  };
  return {
    async total() {
      const counted = [...documents.slice(-1), ...assets.values()];
      const parts = [];
      let bytes = 0;
      for (const response of counted) {
        const part = await size(response);
        bytes += part;
        parts.push(`${response.request().resourceType()} ${new URL(response.url()).pathname}: ${part} bytes`);
      }
      return { bytes, parts };
    },
  };
}

/** Problems a page reports on its console: CSP refusals, failed loads, script errors. */
export function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An error page's own status (404, 422…) is what the test expects; the test checks it.
    const own = message.location().url === page.url() && message.text().startsWith('Failed to load resource');
    if (!own) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

/** Whether the page scrolls sideways (WCAG 1.4.10 reflow). */
export async function overflowsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** Readable report of axe violations for an assertion message. */
export function describe(violations) {
  return violations
    .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
    .join('\n');
}
