// Keyboard-only flows of listening, in a browser that runs no script: a member of Wawer who has
// not answered the needs survey opens it in Polish, answers every question with Tab, Space, the
// arrow keys and typing, sends it with a required answer missing (the error summary takes focus,
// its link leads to the question, what was answered is kept), completes and sends it, sees the
// thanks, and reads the results, each chart with its table. Every element that takes focus on
// the way shows a focus ring and is not hidden off screen.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';

import { enter, focused, tabTo } from './keys.js';
import { DEMO_PASSWORD, launch, watchConsole } from './support.js';

const browser = await launch();
after(() => browser.close());


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

/** The ids of the checked inputs of a question, e.g. ['question-2-1', 'question-2-3']. */
function checked(page, number) {
  return page.$$eval(`input[name][id^="question-${number}-"]:checked`, (inputs) => inputs.map((input) => input.id));
}

// Sarah (an English speaker) at a desktop, Agnieszka (the admin, who sees the organisers' part
// too) on a phone: the two members of Wawer the demo leaves to answer its needs survey.
const RESPONDENTS = [
  { email: 'sarah@wawer.example', width: 1280 },
  { email: 'agnieszka@wawer.example', width: 375 },
];

for (const { email, width } of RESPONDENTS) {
  test(`without JavaScript: answer the needs survey in Polish with the keyboard, then read its results (${width} px)`, async () => {
    const context = await browser.context({ width, cookies: [['mp_lang', 'en']], javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto('/');
    await signInWithKeyboard(page, email);

    // (a) From home to the community, its surveys and the needs survey; then in Polish.
    await tabTo(page, 'main a[href="/c/wawer"]');
    await enter(page);
    await tabTo(page, 'main .community-nav a[href="/c/wawer/surveys"]');
    await enter(page);
    const link = page.locator('main .card-list a').filter({ hasText: /Wawer|Wawrze|Вавері/ });
    const path = await link.getAttribute('href');
    await tabTo(page, `main .card-list a[href="${path}"]`);
    await enter(page);
    await page.goto(`${path}?lang=pl`);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    assert.equal(await page.textContent('h1'), 'Czego potrzebujesz w Wawrze? Ankieta sąsiedzka 2026');
    const form = `main form[action="${path}/responses"]`;
    assert.equal(await page.locator(`${form} fieldset`).count(), 6, 'a fieldset per question with choices');

    // (b) Every question but the third (required): the arrow keys move through a radio group,
    // Space ticks a box, and the answer to the last one is typed.
    await tabTo(page, '#question-1-1');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await checked(page, 1), ['question-1-2'], 'ArrowDown chooses the second age group');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'question-2-1', 'Tab leaves the radio group for the first box');
    await page.keyboard.press('Space');
    await tabTo(page, '#question-2-3', 2);
    await page.keyboard.press('Space');
    assert.deepEqual(await checked(page, 2), ['question-2-1', 'question-2-3'], 'Space ticks two boxes');
    await tabTo(page, '#question-3-1', 6);
    await tabTo(page, '#question-4-1', 2);
    await page.keyboard.press('Space');
    assert.deepEqual(await checked(page, 4), ['question-4-1'], 'Space chooses the first answer');
    await tabTo(page, '#question-5-3', 4);
    await page.keyboard.press('Space');
    await tabTo(page, '#question-6-1', 4);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await checked(page, 6), ['question-6-3'], 'the arrow keys move along the scale');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'question-7', 'Tab reaches the text of the last question');
    const words = 'Więcej ławek przy przystankach i kursu tańca dla seniorów.';
    await page.keyboard.type(words);
    await tabTo(page, `${form} button[type=submit]`, 2);
    let response = await enter(page);

    // (c) The third question is missing: the summary has focus, its link leads to the question.
    assert.equal(response.status(), 422);
    const summary = await focused(page);
    assert.match(summary.classes, /error-summary/, 'the error summary has focus');
    assert.match(summary.text, /Wystąpił problem/);
    assert.ok(summary.ring, 'and shows it');
    assert.match(await page.title(), /^Błąd: /, 'the title says there is an error');
    assert.deepEqual(await checked(page, 2), ['question-2-1', 'question-2-3'], 'what was ticked is kept');
    assert.equal(await page.inputValue('#question-7'), words, 'and what was typed');
    assert.equal(await page.getAttribute('#question-3', 'aria-describedby'), 'question-3-hint question-3-error');
    await tabTo(page, '.error-summary a[href="#question-3"]', 4);
    await page.keyboard.press('Enter');
    assert.equal(new URL(page.url()).hash, '#question-3');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'question-3-1', 'the next Tab lands in the question');
    await page.keyboard.press('Space');
    for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('ArrowRight');
    assert.deepEqual(await checked(page, 3), ['question-3-4'], 'four points out of five');

    // (d) Sent: the thanks, and no second form.
    await tabTo(page, `${form} button[type=submit]`, 40);
    response = await enter(page);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, path);
    assert.equal((await page.textContent('main .notice[role=status]')).trim(), 'Dziękujemy. Twoje odpowiedzi są zapisane.');
    assert.equal(await page.locator(form).count(), 0, 'the form is not offered again');

    // (e) The results: a chart per question with choices, each with its table.
    await tabTo(page, `main a[href="${path}/results"]`, 60);
    await enter(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    assert.equal(await page.locator('main .survey-result').count(), 7, 'a section per question');
    const charts = page.locator('main figure.chart');
    assert.equal(await charts.count(), 6, 'a chart per question with choices');
    for (let index = 0; index < 6; index += 1) {
      const chart = charts.nth(index);
      assert.equal(await chart.locator('svg[role=img]').count(), 1, `chart ${index + 1} is an image`);
      assert.equal(await chart.locator('table caption').count(), 1, `chart ${index + 1} has a table`);
      assert.ok((await chart.locator('tbody tr').count()) >= 3, `the table of chart ${index + 1} has its rows`);
    }
    await tabTo(page, 'main .chart-table', 60);

    assert.deepEqual(problems, []);
    await context.close();
  });
}
