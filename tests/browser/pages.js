// Every page template the audit visits. Adding a page to the audit is one line here.
//
//   name    a short name for reports and screenshots
//   path    the address to open
//   as      who looks at it: a key of PEOPLE (signed in through the real form), or nobody
//   submit  submit the first form in <main> (after `fill`), to audit what it answers
//   fill    values to type before submitting, by field id (true checks a box or a radio button)
//   status  the HTTP status the page answers with (200 unless said)
//   shot    also take screenshots of it for docs/screenshots/

/** Demo people (password `micropolis-demo`); each test file signs in whom it needs. */
export const PEOPLE = {
  member: 'agnieszka@wawer.example', // admin of Wawer
  visitor: 'coordinator@micropolis.example', // signed in, member of no community
};

export const PAGES = [
  { name: 'network-home', path: '/', shot: true },
  { name: 'community-home', path: '/c/wawer', shot: true },
  { name: 'community-home-member', path: '/c/wawer', as: 'member' },
  { name: 'community-home-visitor', path: '/c/middelfart', as: 'visitor' },
  { name: 'sign-up', path: '/sign-up', shot: true },
  { name: 'sign-up-errors', path: '/sign-up', submit: true, status: 422, shot: true },
  { name: 'sign-in', path: '/sign-in', shot: true },
  { name: 'sign-in-errors', path: '/sign-in', fill: { email: 'nobody@example.org', password: 'not-the-password' }, submit: true, status: 401 },
  { name: 'reset-password', path: '/reset-password' },
  { name: 'reset-password-errors', path: '/reset-password', submit: true, status: 422 },
  { name: 'reset-password-sent', path: '/reset-password', fill: { email: 'nobody@example.org' }, submit: true },
  { name: 'reset-password-new', path: '/reset-password/new?token=x' },
  { name: 'reset-password-new-errors', path: '/reset-password/new?token=x', submit: true, status: 422 },
  { name: 'verify-email', path: '/verify-email?token=x' },
  { name: 'verify-email-errors', path: '/verify-email?token=x', submit: true, status: 422 },
  { name: 'account', path: '/account', as: 'member', shot: true },
  { name: 'account-errors', path: '/account', as: 'member', fill: { display_name: '' }, submit: true, status: 422 },
  { name: 'help', path: '/help', shot: true },
  { name: 'accessibility', path: '/accessibility', shot: true },
  { name: 'privacy', path: '/privacy' },
  { name: 'display', path: '/display?next=/c/wawer', shot: true },
  { name: 'display-saved', path: '/display', fill: { 'text-large': true, 'contrast-high': true }, submit: true },
  { name: 'not-found', path: '/nope', status: 404 },
];

/** The languages whose text changes the layout most, and the widths of a phone and a desktop. */
export const LANGUAGES = ['en', 'pl', 'uk'];
export const WIDTHS = [1280, 375];
