// Screenshots of the main pages (those marked `shot` in pages.js) at a phone's and a desktop's
// width, for the README: docs/screenshots/<page>-<width>.png. Run by `tests/browser/run --screenshots`.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { PAGES, PEOPLE, reach } from './pages.js';
import { launch, signedInState } from './support.js';

const OUT = process.env.MICROPOLIS_SCREENSHOTS ?? join(import.meta.dirname, '../../docs/screenshots');
const WIDTHS = [375, 1280];

mkdirSync(OUT, { recursive: true });
const browser = await launch();
const people = {};
try {
  for (const entry of PAGES.filter((p) => p.shot)) {
    if (entry.as && !people[entry.as]) people[entry.as] = await signedInState(browser, PEOPLE[entry.as]);
    for (const width of WIDTHS) {
      const context = await browser.context({
        width,
        height: width < 600 ? 800 : 900,
        storageState: entry.as ? people[entry.as] : undefined,
        cookies: [['mp_lang', 'en']],
      });
      const page = await context.newPage();
      await reach(page, entry);
      const file = join(OUT, `${entry.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
