// Moving through a page with the keyboard alone, for the keyboard flows: what has focus, Tab
// until a given element has it (checking every stop shows a focus ring and is on screen), and
// Enter to follow a link or send a form.

import assert from 'node:assert/strict';

/** What has focus now, described for the assertions. */
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      id: element.id,
      classes: element.className,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/**
 * Presses Tab until the element matching `selector` has focus, checking on the way that each
 * focused element shows its focus ring and is on screen. Fails after `limit` presses.
 */
export async function tabTo(page, selector, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.tag !== 'body') {
      assert.ok(now.ring, `the focused ${now.tag} "${now.text}" shows a focus ring`);
      assert.ok(now.onScreen, `the focused ${now.tag} "${now.text}" is on screen`);
    }
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${selector} was not reached with ${limit} presses of Tab on ${page.url()}`);
}

/** Presses Enter on the focused element and waits for the page it leads to. */
export async function enter(page) {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return response;
}
