// The audit of every page template (pages.js): axe-core finds no WCAG 2.2 AA violation in each of
// LANGUAGES at a desktop and a phone width (and in dark mode, and in English with large text and
// high contrast), nothing scrolls sideways down to 320 px, the CSP refuses nothing, each page stays
// under the weight budget, and the Nu HTML Checker finds no error in any of them.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { PAGES, PEOPLE, LANGUAGES, WIDTHS, reach } from './pages.js';
import {
  ARTIFACTS, WEIGHT_BUDGET, launch, signedInState, axeViolations, weigh, watchConsole,
  overflowsSideways, describe,
} from './support.js';

const HTML_DIR = join(ARTIFACTS, 'html');
rmSync(HTML_DIR, { recursive: true, force: true });
mkdirSync(HTML_DIR, { recursive: true });

const browser = await launch();
const people = {};
for (const [key, email] of Object.entries(PEOPLE)) people[key] = await signedInState(browser, email);

/** The figures for the summary: in all, and per page of pages.js. */
const figures = { views: 0, axe: 0, vnuDocuments: 0, vnuErrors: 0, weights: [], pages: {} };
for (const entry of PAGES) figures.pages[entry.name] = { views: 0, axe: 0, vnuErrors: 0, bytes: {} };

after(async () => {
  await browser.close();
  writeFileSync(join(ARTIFACTS, 'audit-summary.json'), JSON.stringify(figures, null, 2));
});

/**
 * Opens a page as pages.js describes it, in a fresh context (no cache, no cookies but the
 * person's and the given ones). Returns the page, its final document response and its weight.
 */
async function open(entry, { lang, cookies = [] }) {
  const context = await browser.context({
    width: WIDTHS[0],
    storageState: entry.as ? people[entry.as] : undefined,
    cookies: [['mp_lang', lang], ...cookies],
  });
  const page = await context.newPage();
  const problems = watchConsole(page);
  const scale = weigh(page);
  const response = await reach(page, entry);
  await page.waitForLoadState('load');
  return { context, page, response, problems, weight: await scale.total() };
}

/** Runs axe in the current state of the page and records what it found. */
async function audit(page, name, view) {
  const violations = await axeViolations(page);
  figures.views += 1;
  figures.axe += violations.length;
  figures.pages[name].views += 1;
  figures.pages[name].axe += violations.length;
  assert.equal(violations.length, 0, `axe, ${view}:\n${describe(violations)}`);
  assert.equal(await overflowsSideways(page), false, `${view} scrolls sideways`);
}

for (const entry of PAGES) {
  for (const lang of LANGUAGES) {
    test(`${entry.name} (${lang})`, async () => {
      const { context, page, response, problems, weight } = await open(entry, { lang });
      try {
        assert.equal(response.status(), entry.status ?? 200, `status of ${entry.path}`);
        assert.equal(await page.getAttribute('html', 'lang'), entry.lang ?? lang);
        writeFileSync(join(HTML_DIR, `${entry.name}.${lang}.html`), await response.text());

        figures.weights.push({ page: entry.name, lang, bytes: weight.bytes });
        figures.pages[entry.name].bytes[lang] = weight.bytes;
        assert.ok(weight.bytes < WEIGHT_BUDGET, `${entry.name} ${lang} weighs ${weight.bytes} bytes:\n${weight.parts.join('\n')}`);
        assert.match(response.headers()['content-encoding'] ?? '', /br|gzip|zstd/, 'the page is compressed');

        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await audit(page, entry.name, `${entry.name} ${lang} ${width}px`);
        }
        if (lang === LANGUAGES[0]) {
          await page.setViewportSize({ width: 320, height: 700 });
          assert.equal(await overflowsSideways(page), false, `${entry.name} scrolls sideways at 320 px`);
          await page.emulateMedia({ colorScheme: 'dark' });
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            await audit(page, entry.name, `${entry.name} ${lang} ${width}px dark`);
          }
        }
        assert.deepEqual(problems, [], 'the browser console reports no problem');
      } finally {
        await context.close();
      }
    });
  }

  test(`${entry.name} (en, large text and high contrast)`, async () => {
    const cookies = [['mp_text', 'large'], ['mp_contrast', 'high']];
    const { context, page, problems } = await open(entry, { lang: 'en', cookies });
    try {
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        for (const width of [...WIDTHS, 320]) {
          await page.setViewportSize({ width, height: 900 });
          await audit(page, entry.name, `${entry.name} en ${width}px ${colorScheme}, large text, high contrast`);
        }
      }
      assert.deepEqual(problems, [], 'the browser console reports no problem');
    } finally {
      await context.close();
    }
  });
}

test('Nu HTML Checker: no errors in any page', async () => {
  const files = readdirSync(HTML_DIR).filter((name) => name.endsWith('.html')).map((name) => join(HTML_DIR, name));
  assert.ok(files.length > 0, 'pages were saved for the checker');
  const jar = join(import.meta.dirname, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const { stderr } = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const messages = JSON.parse(stderr).messages ?? [];
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  figures.vnuDocuments = files.length;
  figures.vnuErrors = errors.length;
  for (const error of errors) {
    const name = (error.url ?? '').split('/').pop().split('.')[0];
    if (figures.pages[name]) figures.pages[name].vnuErrors += 1;
  }
  const report = errors
    .map((m) => `  ${m.url?.split('/').pop()}:${m.lastLine}: ${m.message}\n      ${(m.extract ?? '').replaceAll('\n', ' ')}`)
    .join('\n');
  assert.equal(errors.length, 0, `Nu HTML Checker errors:\n${report}`);
});
