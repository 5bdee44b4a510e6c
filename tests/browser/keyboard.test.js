// Keyboard-only flows: a person who cannot use a mouse signs up, joins a community, signs in,
// switches the language and fixes a form's errors with Tab and Enter alone; and, in a browser
// that runs no script, two neighbours ask for help, answer, record the hour in the time bank and
// confirm it, and a resident supports an initiative, casts a ballot, signs up for an event and
// enrols in a course, a resident publishes a story with its photo and proposes an initiative
// with one (fixing the missing alt text on the way), and one writes a bio on
// their profile and chooses who sees it, and a reader finds the guidebook in Ukrainian. Every element that takes focus on the way shows a
// focus ring and is not hidden off screen. A sensitive request stays hidden from members who
// are not trusted helpers.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';

import { PEOPLE } from './pages.js';
import { enter, focused, tabTo } from './keys.js';
import { DEMO_PASSWORD, axeViolations, describe, launch, signedInState, watchConsole } from './support.js';

const browser = await launch();
after(() => browser.close());


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
    // On a phone the languages fold into a disclosure named by the current one; Enter opens it.
    const folded = width < 640;
    const openLanguages = async (current) => {
      if (!folded) return;
      await tabTo(page, 'header .languages summary');
      const name = await page.locator('header .languages summary').evaluate((summary) => summary.textContent.trim());
      assert.match(name, new RegExp(`: ${current}$`), 'the disclosure is named by the current language');
      await page.keyboard.press('Enter');
      assert.ok(await page.isVisible('header .languages details[open] a[hreflang="uk"]'), 'Enter opens it');
    };
    await page.goto('/reset-password/new?token=kept');
    assert.equal(await page.isVisible('header a[hreflang="uk"]'), !folded, 'folded on a phone only');
    await openLanguages('English');
    await tabTo(page, 'header a[hreflang="uk"]');
    await enter(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'uk');
    assert.equal(await page.inputValue('input[name=token]'), 'kept', 'the rest of the address is kept');
    await openLanguages('Українська');
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

/** Signs in from the page it is on with the header's link, the keyboard only. */
async function signInWithKeyboard(page, email) {
  await tabTo(page, 'header a[href="/sign-in"]');
  await enter(page);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await tabTo(page, 'main form button[type=submit]', 2);
  await enter(page);
  assert.ok(await page.isVisible('header form[action="/sign-out"]'), `${email} is signed in`);
}

/**
 * The balance on the time bank's page in minutes, read from its text in any language: "−1 h 15
 * min", "1 godz. 5 min", "45 хв" (the demo people sign in with their own languages).
 */
async function balance(page) {
  const text = (await page.textContent('#balance-title + .facts strong')).trim();
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  assert.ok(numbers.length === 1 || numbers.length === 2, `a balance: "${text}"`);
  const [hours, minutes] = numbers.length === 2 ? numbers : [0, numbers[0]];
  return (text.startsWith('−') ? -1 : 1) * (hours * 60 + minutes);
}

for (const width of [1280, 375]) {
  test(`without JavaScript: ask for help, answer, record the time and confirm it (${width} px)`, async () => {
    // A browser that runs no script; signing in switches each person to their own language.
    const noScript = async () => {
      const context = await browser.context({ width, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
      const page = await context.newPage();
      return { context, page, problems: watchConsole(page) };
    };
    const title = `Help carrying a wardrobe upstairs (${width} px)`;

    // (a) Marek signs in, looks at his time bank account, and asks for help on the board.
    const marek = await noScript();
    await marek.page.goto('/');
    await signInWithKeyboard(marek.page, 'marek@wawer.example');
    await tabTo(marek.page, 'main a[href="/c/wawer"]');
    await enter(marek.page);
    await tabTo(marek.page, 'main .community-nav a[href="/c/wawer/timebank"]');
    await enter(marek.page);
    const before = await balance(marek.page);
    await tabTo(marek.page, 'main .community-nav a[href="/c/wawer/support"]');
    await enter(marek.page);
    await tabTo(marek.page, 'main a[href="/c/wawer/support/new?kind=request"]');
    await enter(marek.page);
    assert.ok(await marek.page.isChecked('#kind-request'), 'the form starts as a request');
    await tabTo(marek.page, '#category');
    // The arrow keys go through the categories, in whichever language the page is.
    for (let presses = 0; presses < 12 && (await marek.page.inputValue('#category')) !== 'digital'; presses += 1) {
      await marek.page.keyboard.press('ArrowDown');
    }
    assert.equal(await marek.page.inputValue('#category'), 'digital', 'the arrow keys pick the category');
    await marek.page.keyboard.press('Tab');
    assert.equal((await focused(marek.page)).id, 'title');
    await marek.page.keyboard.type(title);
    await marek.page.keyboard.press('Tab');
    assert.equal((await focused(marek.page)).id, 'body');
    await marek.page.keyboard.type('A new wardrobe has to go up to the third floor on Saturday morning. An hour at most.');
    await tabTo(marek.page, '#language-pl', 4);
    await marek.page.keyboard.press('Space');
    assert.ok(await marek.page.isChecked('#language-pl'), 'Space ticks Polish');
    await tabTo(marek.page, 'main form button[type=submit]');
    await enter(marek.page);
    const itemPath = new URL(marek.page.url()).pathname;
    assert.match(itemPath, /^\/c\/wawer\/support\/[^/]+$/, 'posted, Marek sees his request');
    assert.equal(await marek.page.textContent('h1'), title);
    assert.ok(await marek.page.isVisible('main .notice[role=status]'), 'and a notice that it is posted');

    // (b) Dmytro finds it on the board, offers help, and records the hour he gave in the conversation.
    const dmytro = await noScript();
    await dmytro.page.goto('/');
    await signInWithKeyboard(dmytro.page, 'dmytro@wawer.example');
    await tabTo(dmytro.page, 'main a[href="/c/wawer"]');
    await enter(dmytro.page);
    await tabTo(dmytro.page, 'main .community-nav a[href="/c/wawer/support"]');
    await enter(dmytro.page);
    await tabTo(dmytro.page, `main a[href="${itemPath}"]`, 60);
    await enter(dmytro.page);
    await tabTo(dmytro.page, '#message');
    await dmytro.page.keyboard.type('I can help on Saturday at 10. I will bring a strap.');
    await tabTo(dmytro.page, 'main form[action$="/answer"] button[type=submit]', 2);
    await enter(dmytro.page);
    assert.match(new URL(dmytro.page.url()).pathname, /^\/conversations\/[^/]+$/, 'the answer opens a conversation');
    assert.match(await dmytro.page.textContent('main .messages'), /I can help on Saturday/);
    await tabTo(dmytro.page, '#direction-gave');
    await dmytro.page.keyboard.press('Space');
    assert.ok(await dmytro.page.isChecked('#direction-gave'), 'Space chooses "I helped them"');
    await dmytro.page.keyboard.press('Tab');
    assert.equal((await focused(dmytro.page)).id, 'minutes', 'Tab leaves the radio group for the minutes');
    await dmytro.page.keyboard.type('60');
    await dmytro.page.keyboard.press('Tab');
    assert.equal((await focused(dmytro.page)).id, 'description');
    await dmytro.page.keyboard.type('Carried the wardrobe upstairs');
    await tabTo(dmytro.page, 'main form[action="/c/wawer/exchanges"] button[type=submit]', 2);
    await enter(dmytro.page);
    const proposed = new URL(dmytro.page.url());
    assert.equal(proposed.pathname, '/c/wawer/timebank');
    assert.match(proposed.hash, /^#exchange-/, 'the time bank points at the new exchange');
    assert.ok(await dmytro.page.isVisible(`${proposed.hash} form[action$="/decline"]`), 'it waits for Marek, and Dmytro may withdraw it');

    // (c) Marek sees the unread message, opens his time bank account and confirms the hour.
    await tabTo(marek.page, 'main .community-nav a[href="/c/wawer/timebank"]');
    await enter(marek.page);
    assert.ok(await marek.page.isVisible('header a[href="/conversations"] .badge'), 'the header counts the unread message');
    await tabTo(marek.page, `${proposed.hash} form[action$="/confirm"] button`);
    await enter(marek.page);
    assert.equal(new URL(marek.page.url()).pathname, '/c/wawer/timebank');
    assert.ok(await marek.page.isVisible('main .notice[role=status]'), 'a notice says it is confirmed');
    assert.equal(await marek.page.locator(proposed.hash).count(), 0, 'nothing waits any more');
    assert.equal(await balance(marek.page), before - 60, 'the hour Marek received is in his balance');
    assert.match(await marek.page.textContent('#history-title + .table-scroll'), /Carried the wardrobe upstairs/);

    assert.deepEqual([...marek.problems, ...dmytro.problems], []);
    await marek.context.close();
    await dmytro.context.close();
  });
}

test('a sensitive request is not found by a member who is not a trusted helper', async () => {
  const halina = await fresh({ storageState: await signedInState(browser, 'halina@wawer.example') });
  await halina.page.goto('/c/wawer/support');
  const path = await halina.page.getAttribute('main a:text-is("Ktoś do rozmowy wieczorami")', 'href');
  assert.match(path, /^\/c\/wawer\/support\/[^/]+$/);
  assert.equal((await halina.page.goto(path)).status(), 200, 'Halina sees her own request');
  await halina.context.close();
  for (const email of ['sarah@wawer.example', 'olena@wawer.example']) {
    const other = await fresh({ storageState: await signedInState(browser, email) });
    assert.equal((await other.page.goto(path)).status(), 404, `${email} gets 404`);
    await other.page.goto('/c/wawer/support');
    assert.equal(await other.page.locator('main a:text-is("Ktoś do rozmowy wieczorami")').count(), 0, `nor sees it on the board (${email})`);
    await other.context.close();
  }
});

/**
 * Presses the only button of the form matching `form` with the keyboard, and checks that the
 * page comes back with a notice and the form now offers the opposite (support / withdraw, go /
 * cancel, enrol / withdraw).
 */
async function toggle(page, form) {
  const button = `${form} button[type=submit]`;
  const before = (await page.textContent(button)).trim();
  await tabTo(page, button, 80);
  await enter(page);
  assert.ok(await page.isVisible('main .notice[role=status]'), `a notice after "${before}"`);
  const now = (await page.textContent(button)).trim();
  assert.notEqual(now, before, `the form now offers the opposite of "${before}"`);
  return now;
}

test('without JavaScript: support an initiative, cast a ballot, go to an event, enrol in a course', async () => {
  const context = await browser.context({ width: 375, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await signInWithKeyboard(page, 'halina@wawer.example');

  // Each one twice: done, then undone. (Halina is going to the full evening and on the course:
  // her seat goes to the first person waiting, and she joins the end of the line.)
  const open = async (list, title) => {
    await page.goto(list);
    const href = await page.getAttribute(`main a:text-is("${title}")`, 'href');
    await tabTo(page, `main a[href="${href}"]`, 80);
    await enter(page);
  };
  await open('/c/wawer/initiatives', 'Ławki wzdłuż ścieżki nad Wisłą');
  await toggle(page, 'main form[action$="/support"]');
  await toggle(page, 'main form[action$="/support"]');
  await open('/c/wawer/events', 'Wieczór poezji ukraińskiej i polskiej');
  await toggle(page, 'main form[action$="/rsvp"]');
  await toggle(page, 'main form[action$="/rsvp"]');
  await open('/c/wawer/courses', 'Smartfon bez tajemnic — kurs dla seniorów');
  await toggle(page, 'main form[action$="/enrolment"]');
  await toggle(page, 'main form[action$="/enrolment"]');

  // The ballot: Space ticks the first project, Tab reaches "cast", Enter casts it.
  await open('/c/wawer/budgets', 'Budżet obywatelski Wawra 2026');
  const ballot = 'main form[action$="/ballot"]';
  await tabTo(page, `${ballot} input[type=checkbox]`, 80);
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked(`${ballot} input[type=checkbox] >> nth=0`), 'Space ticks the project');
  await tabTo(page, `${ballot} button[value=cast]`, 20);
  await enter(page);
  assert.ok(await page.isVisible('main .notice[role=status]'), 'a notice that the ballot is cast');
  assert.ok(await page.isVisible('#your-ballot-title'), 'the page shows her ballot');
  assert.equal(await page.locator(ballot).count(), 0, 'and offers no second one');

  assert.deepEqual(problems, []);
  await context.close();
});

/** A photo of one pixel, as a person's file picker would hand it over. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('without JavaScript: publish a story with its photo, from the keyboard alone', async () => {
  const context = await browser.context({ width: 375, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await signInWithKeyboard(page, PEOPLE.olena);
  await page.goto('/c/wawer/stories');
  await tabTo(page, 'main a[href="/c/wawer/stories/new"]', 80);
  await enter(page);
  await tabTo(page, '#title');
  await page.keyboard.type('The bench by the river');
  await tabTo(page, '#body', 2);
  await page.keyboard.type('We sit there **every evening** in summer.');
  await tabTo(page, '#tags', 3);
  await page.keyboard.type('river, evenings');
  await tabTo(page, '#audience-public', 3);
  await tabTo(page, '#image', 3);
  // The file picker is the system's own window; choosing a file is what it hands back.
  await page.setInputFiles('#image', { name: 'bench.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await tabTo(page, '#image_alt', 2);
  await page.keyboard.type('A wooden bench on the grass by the water');
  await tabTo(page, 'main form[action="/c/wawer/stories"] button[type=submit]', 5);
  await enter(page);
  assert.match(new URL(page.url()).pathname, /^\/c\/wawer\/stories\/[0-9a-f-]+$/);
  assert.ok(await page.isVisible('main .notice[role=status]'), 'a notice that the story is published');
  assert.equal(await page.textContent('main h1'), 'The bench by the river');
  assert.ok(await page.isVisible('main img[alt="A wooden bench on the grass by the water"]'), 'the photo with its alt text');
  assert.ok(await page.isVisible('main a[href="/c/wawer/stories?tag=evenings"]'), 'a link to the tag');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript: propose an initiative with its photo, from the keyboard alone', async () => {
  const context = await browser.context({ width: 375, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await signInWithKeyboard(page, PEOPLE.halina);
  await page.goto('/c/wawer/initiatives');
  await tabTo(page, 'main a[href="/c/wawer/initiatives/new"]', 80);
  await enter(page);
  await tabTo(page, '#title');
  await page.keyboard.type('A drinking fountain by the playground');
  await tabTo(page, '#body', 3);
  await page.keyboard.type('Children and dogs get thirsty in summer.');
  await tabTo(page, '#image', 3);
  await page.setInputFiles('#image', { name: 'fountain.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  // Sent without saying what the photo shows: the summary leads to the field, nothing is kept.
  const submit = 'main form[action="/c/wawer/initiatives"] button[type=submit]';
  await tabTo(page, submit, 5);
  await enter(page);
  assert.ok(await page.isVisible('.error-summary a[href="#image_alt"]'), 'the summary names the alt text');
  assert.ok(await page.isVisible('main .notice[role=status]'), 'asked to choose the photo again');
  assert.equal(await page.inputValue('#title'), 'A drinking fountain by the playground');
  await tabTo(page, '#image', 10);
  await page.setInputFiles('#image', { name: 'fountain.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await tabTo(page, '#image_alt', 2);
  await page.keyboard.type('An old stone fountain next to a sandpit');
  await tabTo(page, submit, 5);
  await enter(page);
  assert.match(new URL(page.url()).pathname, /^\/c\/wawer\/initiatives\/[0-9a-f-]+$/);
  assert.ok(await page.isVisible('main .notice[role=status]'), 'a notice that the initiative is published');
  assert.ok(await page.isVisible('main img[alt="An old stone fountain next to a sandpit"]'), 'the photo with its alt text');
  assert.ok(await page.isVisible('main a[href$="/photo"]'), 'its author may change the photo');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a helper acts for Zofia with the keyboard, sees the banner on every page, and stops', async () => {
  const context = await browser.context({ width: 375, cookies: [['mp_lang', 'en']] });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await signInWithKeyboard(page, PEOPLE.marek);
  await page.goto('/account/helpers');
  await tabTo(page, 'main form[action="/account/acting-for"] button[type=submit]', 80);
  await enter(page);
  assert.ok(await page.isVisible('.acting-banner'), 'the banner says whom he acts for');
  assert.ok(await page.isVisible('main .notice[role=status]'), 'a notice that he acts for her');
  let violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe, acting page:\n${describe(violations)}`);
  await page.goto('/c/wawer');
  assert.ok(await page.isVisible('.acting-banner form[action="/account/acting-for/stop"]'));
  violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe, a page with the banner:\n${describe(violations)}`);
  await tabTo(page, '.acting-banner button[type=submit]', 40);
  await enter(page);
  assert.equal(await page.locator('.acting-banner').count(), 0, 'he acts as himself again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript: write a bio, choose who sees it and save the profile', async () => {
  const context = await browser.context({ width: 375, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await signInWithKeyboard(page, 'marek@wawer.example');
  await tabTo(page, 'header a[href="/account"]');
  await enter(page);
  await tabTo(page, 'main a[href="/account/profile"]');
  await enter(page);
  assert.equal(new URL(page.url()).pathname, '/account/profile');
  assert.ok(await page.isChecked('#bio-visibility-private'), 'a bio is private until chosen otherwise');

  await tabTo(page, '#bio');
  await page.keyboard.type('I help neighbours move house on Saturdays.');
  // Tab enters the group of who sees it at the chosen button; an arrow key chooses another.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'bio-visibility-private', 'Tab reaches the chosen audience');
  await page.keyboard.press('ArrowUp');
  assert.ok(await page.isChecked('#bio-visibility-members'), 'the arrow key chooses "Members"');
  await tabTo(page, 'main form[action="/account/profile"] button[type=submit]', 80);
  await enter(page);
  assert.equal(new URL(page.url()).pathname, '/account/profile');
  assert.ok(await page.isVisible('main .notice[role=status]'), 'a notice says it is saved');
  assert.ok(await page.isChecked('#bio-visibility-members'), 'the choice is kept');
  assert.equal(await page.inputValue('#bio'), 'I help neighbours move house on Saturdays.');
  assert.deepEqual(problems, []);
  await context.close();

  // A member of Wawer now reads it on Marek's page; a visitor does not.
  const halina = await fresh({ storageState: await signedInState(browser, 'halina@wawer.example') });
  await halina.page.goto('/c/wawer/people?skill=przeprowadzki');
  const path = await halina.page.getAttribute('main a:text-is("Marek Zieliński")', 'href');
  await halina.page.goto(path);
  assert.match(await halina.page.textContent('main'), /move house on Saturdays/);
  await halina.context.close();
  const visitor = await fresh();
  await visitor.page.goto(path);
  assert.doesNotMatch(await visitor.page.textContent('main'), /move house on Saturdays/);
  await visitor.context.close();
});

test('without JavaScript: read the guidebook in Ukrainian, from the keyboard alone', async () => {
  const context = await browser.context({ width: 1280, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await tabTo(page, 'header a[hreflang="uk"]');
  await enter(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
  await tabTo(page, 'header a[href="/guidebook"]');
  await enter(page);
  assert.equal(new URL(page.url()).pathname, '/guidebook');
  assert.equal(await page.textContent('main h1'), 'Посібник');
  await tabTo(page, 'main a[href="/guidebook/welcoming-newcomers"]', 60);
  await enter(page);
  assert.equal(await page.textContent('main h1'), 'Як зустрічати нових людей');
  // The skip link leads past the site's navigation to the chapter itself.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Перейти до основного вмісту');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.ok(await page.isVisible('main #chapter-content'), 'the chapter follows');
  await tabTo(page, 'main a[href="/guidebook/needs-survey"]', 30);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript: search everything from the keyboard alone', async () => {
  const context = await browser.context({ width: 1280, cookies: [['mp_lang', 'pl']], javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await tabTo(page, 'header a[href="/search"]');
  await enter(page);
  assert.equal(new URL(page.url()).pathname, '/search');
  await tabTo(page, 'main #q', 20);
  // Another form of the word than the one in the titles: "w bibliotece", "biblioteket".
  await page.keyboard.type('biblioteka');
  await enter(page);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'biblioteka');
  assert.equal(await page.textContent('main #found-initiative'), 'Inicjatywy');
  await tabTo(page, 'main section[aria-labelledby="found-initiative"] h3 a', 40);
  const title = (await focused(page)).text;
  assert.match(title, /bibliote/i);
  await enter(page);
  assert.match(new URL(page.url()).pathname, /^\/c\/[a-z-]+\/initiatives\/[0-9a-f-]+$/);
  assert.ok((await page.textContent('main h1')).trim().startsWith(title), 'the result it chose');
  assert.deepEqual(problems, []);
  await context.close();
});
