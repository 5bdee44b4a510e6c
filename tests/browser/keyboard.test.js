// Keyboard-only flows: a person who cannot use a mouse signs up, joins a community, signs in,
// switches the language and fixes a form's errors with Tab and Enter alone. Every element that
// takes focus on the way shows a focus ring and is not hidden off screen.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';

import { PEOPLE } from './pages.js';
import { DEMO_PASSWORD, launch, signedInState, watchConsole } from './support.js';

const browser = await launch();
after(() => browser.close());

/** What has focus now, described for the assertions. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      id: element.id,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/**
 * Presses Tab until the element matching `selector` has focus, checking on the way that each
 * focused element shows its focus ring and is on screen. Fails after `limit` presses.
 */
async function tabTo(page, selector, limit = 40) {
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
async function enter(page) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

async function fresh({ width = 1280, storageState } = {}) {
  const context = await browser.context({ width, storageState, cookies: [['mp_lang', 'en']] });
  const page = await context.newPage();
  return { context, page, problems: watchConsole(page) };
}

for (const width of [1280, 375]) {
  test(`skip link (${width} px): the first Tab shows it, Enter moves to the main content`, async () => {
    const { context, page } = await fresh({ width });
    await page.goto('/c/wawer');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.text, 'Skip to main content');
    assert.ok(skip.ring && skip.onScreen, 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    await tabTo(page, 'main a, main button', 3);
    await context.close();
  });

  test(`sign up and join a community with the keyboard (${width} px)`, async () => {
    const { context, page, problems } = await fresh({ width });
    await page.goto('/');
    await tabTo(page, 'header a[href="/sign-up"]');
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/sign-up');

    await tabTo(page, '#display_name');
    await page.keyboard.type('Kasia Keyboard');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'email', 'Tab goes from the name to the e-mail address');
    await page.keyboard.type(`kasia.${width}.${Date.now()}@example.org`);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'password', 'then to the password');
    await page.keyboard.type('a walk along the vistula');
    await tabTo(page, 'main form button[type=submit]', 2);
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/', 'signed up, the person is back home');
    assert.ok(await page.isVisible('header form[action="/sign-out"]'), 'and signed in');

    await tabTo(page, 'main a[href="/c/wawer"]');
    await enter(page);
    await tabTo(page, 'main form[action="/c/wawer/join"] button');
    await enter(page);
    assert.match(await page.textContent('main [role=status]'), /member/, 'the person is a member now');

    // The community switcher in the header now offers the community, with the keyboard too.
    await page.goto('/help');
    await tabTo(page, 'header .switcher summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'header .switcher a[href="/c/wawer"]', 2);
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/c/wawer');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`sign in with the keyboard (${width} px)`, async () => {
    const { context, page, problems } = await fresh({ width });
    await page.goto('/c/middelfart');
    await tabTo(page, 'header a[href="/sign-in"]');
    await enter(page);
    await tabTo(page, '#email');
    await page.keyboard.type(PEOPLE.member);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await tabTo(page, 'main form button[type=submit]', 2);
    await enter(page);
    assert.ok(await page.isVisible('header a[href="/account"]'), 'signed in');
    await tabTo(page, 'header a[href="/account"]');
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`switch the language with the keyboard (${width} px)`, async () => {
    const { context, page } = await fresh({ width });
    await page.goto('/reset-password/new?token=kept');
    await tabTo(page, 'header a[hreflang="uk"]');
    await enter(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'uk');
    assert.equal(await page.inputValue('input[name=token]'), 'kept', 'the rest of the address is kept');
    await tabTo(page, 'header a[hreflang="pl"]');
    await enter(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    await tabTo(page, 'header a[href="/help"]');
    await enter(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl', 'the choice is remembered');
    await context.close();
  });

  test(`errors: the summary takes focus and each message leads to its field (${width} px)`, async () => {
    const { context, page } = await fresh({ width });
    await page.goto('/sign-up');
    await tabTo(page, '#email');
    await page.keyboard.type('not an address');
    await tabTo(page, 'main form button[type=submit]', 3);
    await enter(page);
    const summary = await focused(page);
    assert.match(summary.text, /There is a problem/, 'the error summary has focus');
    assert.match(await page.title(), /^Error: /, 'the title says there is an error');
    assert.ok(summary.ring, 'and shows it');
    await tabTo(page, '.error-summary a[href="#email"]', 4);
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'email', 'the link moves focus to the field');
    assert.equal(await page.inputValue('#email'), 'not an address', 'what was typed is kept');
    await context.close();
  });

  test(`text size and contrast with the keyboard (${width} px)`, async () => {
    const { context, page } = await fresh({ width });
    await page.goto('/c/wawer');
    await tabTo(page, 'header .display-link');
    await enter(page);
    await tabTo(page, '#text-standard');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#contrast-standard');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'main form button[type=submit]');
    await enter(page);
    assert.equal(await page.getAttribute('html', 'class'), 'text-large contrast-high');
    await tabTo(page, 'main .notice a');
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/c/wawer', 'back where the person was');
    assert.equal(await page.getAttribute('html', 'class'), 'text-large contrast-high', 'the setting holds');
    await context.close();
  });
}

test('a signed-in member reaches the account page from the switcher and signs out', async () => {
  const { context, page } = await fresh({ storageState: await signedInState(browser, PEOPLE.member) });
  await page.goto('/');
  await tabTo(page, 'header .switcher summary');
  await page.keyboard.press('Enter');
  await tabTo(page, 'header .switcher a[href="/c/wawer"]', 2);
  await enter(page);
  assert.equal(await page.textContent('h1'), 'Wawer');
  await tabTo(page, 'header form[action="/sign-out"] button');
  await enter(page);
  assert.ok(await page.isVisible('header a[href="/sign-in"]'), 'signed out');
  await context.close();
});
