// Every page template the audit visits. Adding a page to the audit is one line here.
//
//   name    a short name for reports and screenshots
//   path    the address to open
//   as      who looks at it: a key of PEOPLE (signed in through the real form), or nobody
//   follow  for a page whose address holds an id (an offer, a conversation): the links to click
//           in turn after opening `path`, as Playwright selectors; the page they lead to is the
//           one audited. E.g. path '/c/wawer/support', follow ['main a:text-is("Title")'] opens
//           that offer's page, whatever id the demo data gave it.
//   submit  submit a form in <main> (after `fill`), to audit what it answers: true for the first
//           form, or a selector for another one (a form folded in <details> is unfolded first)
//   fill    values to type before submitting, by field id (true checks a box or a radio button,
//           an object picks an option of a select, as Playwright's selectOption: { index: 2 })
//   status  the HTTP status the page answers with (200 unless said)
//   lang    the language the page is in whatever the reader's (unless said, the reader's)
//   shot    also take screenshots of it for docs/screenshots/
//
// `reach` (at the end) does all of that; the audit and the screenshots both use it.

/** Demo people (password `micropolis-demo`); each test file signs in whom it needs. */
export const PEOPLE = {
  member: 'agnieszka@wawer.example', // admin of Wawer
  admin: 'agnieszka@wawer.example', // the same person, where being the admin is the point
  visitor: 'coordinator@micropolis.example', // signed in, member of no community
  halina: 'halina@wawer.example', // member of Wawer: two requests, one of them sensitive
  olena: 'olena@wawer.example', // member of Wawer: a conversation with Dmytro, an exchange to confirm
  marek: 'marek@wawer.example', // trusted helper of Wawer: helps Zofia, registered at the desk
  sarah: 'sarah@wawer.example', // member of Wawer who has not answered its needs survey
  tomasz: 'tomasz@wawer.example', // organiser of Wawer: wrote its surveys
  lars: 'lars@middelfart.example', // organiser of Middelfart: its draft survey is his
};

/** Halina's requests in the demo data, and the links that lead to them from the board. */
const HALINAS_REQUEST = 'Pomoc z telefonem i e-receptą';
const HALINAS_SENSITIVE_REQUEST = 'Ktoś do rozmowy wieczorami';
const item = (title) => `main a:text-is("${title}")`;
const BOARD = '/c/wawer/support';
const EXCHANGE_FORM = 'main form[action="/c/wawer/exchanges"]';
/** Wawer's initiatives: one accepted, with comments and volunteers, in the demo data. */
const INITIATIVES = '/c/wawer/initiatives';
const ACCEPTED_INITIATIVE = 'Kącik wymiany książek w bibliotece';
/** Agnieszka's initiative with a photo (benches by the river). */
const PHOTO_INITIATIVE = 'Ławki wzdłuż ścieżki nad Wisłą';
/** Wawer's moderation, and the first report a list of them links to. */
const MODERATION = '/c/wawer/moderation';
const REPORT = 'main a[href*="/moderation/reports/"]';
/** The demo's participatory budget in Wawer: this year's round is open (Halina has not voted),
 * last year's is finished. */
const BUDGETS = '/c/wawer/budgets';
/** Wawer's running course in the demo data: Halina is on it and was at its past sessions. */
const COURSES = '/c/wawer/courses';
const RUNNING_COURSE = 'Smartfon bez tajemnic — kurs dla seniorów';
/** Wawer's events in the demo data: the poetry evening is full, with Halina going and people
 * waiting; the library is one of its places; the choir concert is past. */
const EVENTS = '/c/wawer/events';
const FULL_EVENT = 'Wieczór poezji ukraińskiej i polskiej';
const PAST_EVENT = 'Koncert chóru seniorów';
const PLACE = 'Biblioteka Wawer';
const OPEN_ROUND = 'Budżet obywatelski Wawra 2026';
/** Wawer's talent directory: Olena shows her languages to everyone and her skills to members. */
const PEOPLE_LIST = '/c/wawer/people';
const OLENA = 'Олена Шевченко';
/** Wawer's stories in the demo data: Halina's is public, Marek's is for members only. */
const STORIES = '/c/wawer/stories';
const HALINAS_STORY = 'Prom na Wiśle w Świdrach';
const MEMBERS_STORY = 'Ogródki przy Kościuszkowców';
const FINISHED_ROUND = 'Budżet obywatelski Wawra 2025';
/** Wawer's surveys in the demo data: the open, anonymous needs survey (its title in any of its
 * languages), the closed, named course feedback (results for organisers only); Middelfart's
 * draft, without responses. */
const SURVEYS = '/c/wawer/surveys';
const NEEDS_SURVEY = 'main .card-list a:text-matches("Wawrze|Wawer|Вавері")';
const COURSE_SURVEY = 'main .card-list a:text-matches("Smartfon|Смартфон")';
const DRAFT_SURVEYS = '/c/middelfart/surveys';
const DRAFT_SURVEY = item('Bibliotekets åbningstider');

export const PAGES = [
  { name: 'network-home', path: '/', shot: true },
  { name: 'community-home', path: '/c/wawer', shot: true },
  { name: 'community-home-member', path: '/c/wawer', as: 'member' },
  { name: 'community-home-visitor', path: '/c/middelfart', as: 'visitor' },
  // The community's look: its admin's settings (colour and cover photo), and a colour too pale
  // for the white text on it, refused with the contrast it reached.
  { name: 'community-settings', path: '/c/wawer/settings', as: 'admin', shot: true },
  { name: 'community-settings-errors', path: '/c/wawer/settings', as: 'admin', fill: { accent_colour: '#4a90d9' }, submit: true, status: 422 },
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
  { name: 'account-data', path: '/account/data', as: 'member' },
  // An empty password deletes nothing: the form answers with its error.
  { name: 'account-data-errors', path: '/account/data', as: 'member', submit: true, status: 422 },
  { name: 'account-deleted', path: '/account/deleted' },
  { name: 'help', path: '/help', shot: true },
  { name: 'accessibility', path: '/accessibility', shot: true },
  { name: 'privacy', path: '/privacy' },
  { name: 'display', path: '/display?next=/c/wawer', shot: true },
  { name: 'display-saved', path: '/display', fill: { 'text-large': true, 'contrast-high': true }, submit: true },
  { name: 'not-found', path: '/nope', status: 404 },

  // Mutual support: the board, posting, an offer's or a request's page, editing it.
  { name: 'support-board', path: BOARD, as: 'halina', shot: true },
  { name: 'support-board-filtered', path: `${BOARD}?kind=offer&language=uk&q=&status=all`, as: 'olena' },
  { name: 'support-new-request', path: `${BOARD}/new?kind=request`, as: 'halina', shot: true },
  { name: 'support-new-request-errors', path: `${BOARD}/new?kind=request`, as: 'halina', submit: true, status: 422 },
  { name: 'support-new-offer', path: `${BOARD}/new?kind=offer`, as: 'olena' },
  { name: 'support-new-offer-errors', path: `${BOARD}/new?kind=offer`, as: 'olena', submit: true, status: 422 },
  // Her own request, as Halina sees it (hers to manage), and as Olena does (she can answer it).
  { name: 'support-detail-own', path: BOARD, as: 'halina', follow: [item(HALINAS_REQUEST)] },
  { name: 'support-detail-sensitive', path: BOARD, as: 'halina', follow: [item(HALINAS_SENSITIVE_REQUEST)] },
  { name: 'support-detail', path: BOARD, as: 'olena', follow: [item(HALINAS_REQUEST)], shot: true },
  { name: 'support-answer-errors', path: BOARD, as: 'olena', follow: [item(HALINAS_REQUEST)], submit: true, status: 422 },
  { name: 'support-report-errors', path: BOARD, as: 'olena', follow: [item(HALINAS_REQUEST)], submit: 'main form[action$="/report"]', status: 422 },
  { name: 'support-edit', path: BOARD, as: 'halina', follow: [item(HALINAS_REQUEST), 'main a[href$="/edit"]'] },
  { name: 'support-edit-errors', path: BOARD, as: 'halina', follow: [item(HALINAS_REQUEST), 'main a[href$="/edit"]'], fill: { title: '', body: '' }, submit: true, status: 422 },

  // Conversations: Olena's with Dmytro about her letter, and the forms in it.
  { name: 'conversations', path: '/conversations', as: 'olena', shot: true },
  { name: 'conversations-none', path: '/conversations', as: 'visitor' },
  { name: 'conversation', path: '/conversations', as: 'olena', follow: ['main a[href^="/conversations/"]'], shot: true },
  { name: 'conversation-errors', path: '/conversations', as: 'olena', follow: ['main a[href^="/conversations/"]'], submit: 'main form[action$="/messages"]', status: 422 },
  { name: 'conversation-report-errors', path: '/conversations', as: 'olena', follow: ['main a[href^="/conversations/"]'], submit: 'main form[action$="/report"]', status: 422 },
  // The exchange form of a conversation answers with the time bank's page and its errors.
  { name: 'conversation-exchange-errors', path: '/conversations', as: 'olena', follow: ['main a[href^="/conversations/"]'], submit: EXCHANGE_FORM, status: 422 },

  // The time bank: Olena's account (Sarah's exchange waits for her), and the admin's page.
  { name: 'timebank', path: '/c/wawer/timebank', as: 'olena', shot: true },
  { name: 'timebank-errors', path: '/c/wawer/timebank', as: 'olena', submit: EXCHANGE_FORM, status: 422 },
  { name: 'timebank-admin', path: '/c/wawer/timebank/admin', as: 'admin', shot: true },
  { name: 'timebank-admin-errors', path: '/c/wawer/timebank/admin', as: 'admin', fill: { min_balance_hours: '' }, submit: true, status: 422 },
  // An empty reason reverses nothing: the form answers with its error.
  { name: 'timebank-admin-reverse-errors', path: '/c/wawer/timebank/admin', as: 'admin', submit: 'main form[action$="/reverse"]', status: 422 },

  // Initiatives: the list (sorted, filtered), proposing one and what an empty form answers, an
  // initiative as a visitor, a member and its organiser sees it, with their forms' errors.
  { name: 'initiatives', path: INITIATIVES, shot: true },
  { name: 'initiatives-filtered', path: `${INITIATIVES}?sort=supported&state=accepted`, as: 'halina' },
  { name: 'initiatives-new', path: `${INITIATIVES}/new`, as: 'halina' },
  { name: 'initiatives-new-errors', path: `${INITIATIVES}/new`, as: 'halina', submit: true, status: 422 },
  { name: 'initiative', path: INITIATIVES, follow: [item(ACCEPTED_INITIATIVE)] },
  { name: 'initiative-member', path: INITIATIVES, as: 'halina', follow: [item(ACCEPTED_INITIATIVE)], shot: true },
  { name: 'initiative-comment-errors', path: INITIATIVES, as: 'halina', follow: [item(ACCEPTED_INITIATIVE)], submit: 'main form[action$="/comments"]', status: 422 },
  { name: 'initiative-organiser', path: INITIATIVES, as: 'admin', follow: [item(ACCEPTED_INITIATIVE)] },
  { name: 'initiative-answer-errors', path: INITIATIVES, as: 'admin', follow: [item(ACCEPTED_INITIATIVE)], submit: 'main form[action$="/state"]', status: 422 },
  // An initiative with its photo, and its author's form to change the photo (an emptied
  // description answers with its error).
  { name: 'initiative-photo', path: INITIATIVES, follow: [item(PHOTO_INITIATIVE)] },
  { name: 'initiative-photo-form', path: INITIATIVES, as: 'admin', follow: [item(PHOTO_INITIATIVE), 'main a[href$="/photo"]'] },
  { name: 'initiative-photo-form-errors', path: INITIATIVES, as: 'admin', follow: [item(PHOTO_INITIATIVE), 'main a[href$="/photo"]'], fill: { image_alt: '' }, submit: true, status: 422 },

  // Participatory budgets: the rounds, the open round with Halina's ballot form (and what an empty
  // ballot answers), the admin's view after voting, the results, and the organisers' forms.
  { name: 'budgets', path: BUDGETS, shot: true },
  { name: 'budgets-round', path: BUDGETS, as: 'halina', follow: [item(OPEN_ROUND)], shot: true },
  { name: 'budgets-round-errors', path: BUDGETS, as: 'halina', follow: [item(OPEN_ROUND)], submit: true, status: 422 },
  { name: 'budgets-round-voted', path: BUDGETS, as: 'admin', follow: [item(OPEN_ROUND)] },
  { name: 'budgets-results', path: BUDGETS, follow: [item(FINISHED_ROUND), 'main a[href$="/results"]'], shot: true },
  { name: 'budgets-new', path: `${BUDGETS}/new`, as: 'admin' },
  { name: 'budgets-new-errors', path: `${BUDGETS}/new`, as: 'admin', submit: true, status: 422 },
  { name: 'budgets-paper', path: BUDGETS, as: 'admin', follow: [item(OPEN_ROUND), 'main a[href$="/paper-ballots"]'] },
  { name: 'budgets-paper-errors', path: BUDGETS, as: 'admin', follow: [item(OPEN_ROUND), 'main a[href$="/paper-ballots"]'], submit: true, status: 422 },

  // Courses: the running and past lists, creating one and what an empty form answers, the course
  // as a visitor, a participant and its organiser see it, adding a session with its errors, and
  // the organiser's attendance page.
  { name: 'courses', path: COURSES, shot: true },
  { name: 'courses-past', path: `${COURSES}?when=past` },
  { name: 'courses-new', path: `${COURSES}/new`, as: 'admin' },
  { name: 'courses-new-errors', path: `${COURSES}/new`, as: 'admin', submit: true, status: 422 },
  { name: 'course', path: COURSES, follow: [item(RUNNING_COURSE)] },
  { name: 'course-member', path: COURSES, as: 'halina', follow: [item(RUNNING_COURSE)], shot: true },
  { name: 'course-organiser', path: COURSES, as: 'admin', follow: [item(RUNNING_COURSE)] },
  { name: 'course-session-errors', path: COURSES, as: 'admin', follow: [item(RUNNING_COURSE)], submit: 'main form[action$="/sessions"]', status: 422 },
  { name: 'course-attendance', path: COURSES, as: 'admin', follow: [item(RUNNING_COURSE), 'main a[href$="/attendance"]'], shot: true },

  // Events and places: the agenda (filtered too), past events, "my events", putting one on and
  // what an empty form answers, an event as a visitor, a member going and its organiser see it
  // (with the organiser's form to change it, and what an empty comment answers), its poster, the
  // places, a place with its events, and the organisers' place forms.
  { name: 'events', path: EVENTS, shot: true },
  { name: 'events-filtered', path: `${EVENTS}?language=uk&access=step_free`, as: 'halina' },
  { name: 'events-past', path: `${EVENTS}/past` },
  { name: 'events-past-event', path: `${EVENTS}/past`, follow: [item(PAST_EVENT)] },
  { name: 'events-mine', path: '/account/events', as: 'halina' },
  { name: 'events-new', path: `${EVENTS}/new`, as: 'admin' },
  { name: 'events-new-errors', path: `${EVENTS}/new`, as: 'admin', submit: true, status: 422 },
  { name: 'event', path: EVENTS, follow: [item(FULL_EVENT)] },
  { name: 'event-member', path: EVENTS, as: 'halina', follow: [item(FULL_EVENT)], shot: true },
  { name: 'event-organiser', path: EVENTS, as: 'admin', follow: [item(FULL_EVENT)] },
  { name: 'event-edit', path: EVENTS, as: 'admin', follow: [item(FULL_EVENT), 'main a[href$="/edit"]'] },
  { name: 'event-edit-errors', path: EVENTS, as: 'admin', follow: [item(FULL_EVENT), 'main a[href$="/edit"]'], fill: { title: '' }, submit: true, status: 422 },
  { name: 'event-comment-errors', path: EVENTS, as: 'halina', follow: [item(FULL_EVENT)], submit: 'main form[action$="/comments"]', status: 422 },
  // A poster is for the community's notice board: in its language (Polish), whoever prints it.
  { name: 'event-poster', path: EVENTS, follow: [item(FULL_EVENT), 'main a[href$="/poster"]'], lang: 'pl', shot: true },
  { name: 'places', path: '/c/wawer/places' },
  { name: 'place', path: '/c/wawer/places', follow: [item(PLACE)] },
  { name: 'places-new', path: '/c/wawer/places/new', as: 'admin' },
  { name: 'places-new-errors', path: '/c/wawer/places/new', as: 'admin', submit: true, status: 422 },
  { name: 'place-edit', path: '/c/wawer/places', as: 'admin', follow: [item(PLACE), 'main a[href$="/edit"]'] },

  // Stories of the place: the list (by tag and by words too), a story with its photo as anyone
  // and as a member (members-only, with the report and comment forms), its author's forms to
  // correct and delete it, and telling a new one, with what empty forms answer.
  { name: 'stories', path: STORIES, shot: true },
  { name: 'stories-tag', path: `${STORIES}?tag=wspomnienia` },
  { name: 'stories-search', path: `${STORIES}?q=zima`, as: 'halina' },
  { name: 'story', path: STORIES, follow: [item(HALINAS_STORY)], shot: true },
  { name: 'story-member', path: STORIES, as: 'halina', follow: [item(MEMBERS_STORY)] },
  { name: 'story-comment-errors', path: STORIES, as: 'halina', follow: [item(MEMBERS_STORY)], submit: 'main form[action$="/comments"]', status: 422 },
  { name: 'story-author', path: STORIES, as: 'halina', follow: [item(HALINAS_STORY)] },
  { name: 'story-edit', path: STORIES, as: 'halina', follow: [item(HALINAS_STORY), 'main a[href$="/edit"]'] },
  { name: 'story-edit-errors', path: STORIES, as: 'halina', follow: [item(HALINAS_STORY), 'main a[href$="/edit"]'], fill: { title: '', image_alt: '' }, submit: true, status: 422 },
  { name: 'story-delete', path: STORIES, as: 'halina', follow: [item(HALINAS_STORY), 'main a[href$="/delete"]'] },
  { name: 'stories-new', path: `${STORIES}/new`, as: 'halina' },
  { name: 'stories-new-errors', path: `${STORIES}/new`, as: 'halina', submit: true, status: 422 },

  // Profiles and the talent directory: Wawer's people as a visitor sees them, filtered by language
  // and skill as a member, with a bad filter; Olena's page as a member sees it (with the message
  // form and what an empty message answers) and as she sees it herself; her profile form and what
  // an empty name answers.
  { name: 'people', path: PEOPLE_LIST, shot: true },
  { name: 'people-filtered', path: `${PEOPLE_LIST}?language=uk&skill=formularze+podatkowe`, as: 'halina' },
  { name: 'people-errors', path: `${PEOPLE_LIST}?language=xx`, status: 422 },
  { name: 'person', path: PEOPLE_LIST, as: 'halina', follow: [item(OLENA)], shot: true },
  { name: 'person-message-errors', path: PEOPLE_LIST, as: 'halina', follow: [item(OLENA)], submit: 'main form[action$="/message"]', status: 422 },
  { name: 'person-own', path: PEOPLE_LIST, as: 'olena', follow: [item(OLENA)] },
  { name: 'profile', path: '/account/profile', as: 'olena', shot: true },
  { name: 'profile-errors', path: '/account/profile', as: 'olena', fill: { display_name: '' }, submit: true, status: 422 },

  // Moderation, as Wawer's admin: the queue (the demo's newcomer drew three reports), a report and
  // what an empty decision answers, a decided one that can be shown again, blocks, the log, and
  // the report form of any page on its own, with its errors and its thanks.
  { name: 'moderation-queue', path: MODERATION, as: 'admin', shot: true },
  { name: 'moderation-report', path: MODERATION, as: 'admin', follow: [REPORT], shot: true },
  { name: 'moderation-report-errors', path: MODERATION, as: 'admin', follow: [REPORT], submit: 'main form[action$="/resolve"]', status: 422 },
  { name: 'moderation-decided', path: `${MODERATION}/decided`, as: 'admin' },
  { name: 'moderation-decided-report', path: `${MODERATION}/decided`, as: 'admin', follow: [REPORT] },
  { name: 'moderation-blocks', path: `${MODERATION}/blocks`, as: 'admin' },
  { name: 'moderation-blocks-errors', path: `${MODERATION}/blocks`, as: 'admin', submit: 'main form[action$="/moderation/blocks"]', status: 422 },
  { name: 'moderation-log', path: `${MODERATION}/log`, as: 'admin', shot: true },
  { name: 'report-form-errors', path: '/c/wawer/reports/new?target_type=support&target_id=none&back=/c/wawer', as: 'halina', submit: true, status: 422 },
  { name: 'report-filed', path: '/c/wawer/reports/filed?back=/c/wawer', as: 'halina' },

  // Helpers: Marek's page (he helps Zofia, and what he did for her), naming a helper with an
  // empty address, the moderators' page of Wawer's helpers, and the centre's desk with what an
  // empty registration answers. Acting for Zofia, with its banner, is in keyboard.test.js.
  { name: 'helpers-account', path: '/account/helpers', as: 'marek', shot: true },
  { name: 'helpers-account-errors', path: '/account/helpers', as: 'marek', submit: 'main form[action="/account/helpers"]', status: 422 },
  { name: 'helpers-community', path: '/c/wawer/helpers', as: 'admin' },
  { name: 'helpers-desk', path: '/c/wawer/desk', as: 'admin', shot: true },
  { name: 'helpers-desk-errors', path: '/c/wawer/desk', as: 'admin', submit: 'main form[action="/c/wawer/desk"]', status: 422 },

  // The guidebook: its contents as anyone and as a writer (Wawer's admin: the translation status
  // and the order buttons), a chapter with its photo, the history of the time-bank chapter (its
  // second English revision, with the diff), the form for its out-of-date Ukrainian translation
  // (the source beside it and what changed) and what an empty title answers, a new chapter, and
  // the printable page.
  { name: 'guidebook', path: '/guidebook', shot: true },
  { name: 'guidebook-writer', path: '/guidebook', as: 'admin' },
  { name: 'guidebook-chapter', path: '/guidebook/accessible-events', shot: true },
  { name: 'guidebook-history', path: '/guidebook/time-bank/history?locale=en', as: 'admin' },
  { name: 'guidebook-edit', path: '/guidebook/time-bank/edit?locale=uk', as: 'admin', shot: true },
  { name: 'guidebook-edit-errors', path: '/guidebook/time-bank/edit?locale=uk', as: 'admin', fill: { title: '' }, submit: true, status: 422 },
  { name: 'guidebook-new', path: '/guidebook/new', as: 'admin' },
  { name: 'guidebook-print', path: '/guidebook/print' },
  // Search: the empty box, results everywhere as a visitor (grouped, each saying why it matched),
  // one kind paged, within a community as a member, and a search without words.
  { name: 'search', path: '/search' },
  { name: 'search-results', path: '/search?q=biblioteka', shot: true },
  { name: 'search-kind', path: '/search?q=biblioteka&type=event' },
  { name: 'search-community', path: '/search?q=pomoc&community=wawer', as: 'member' },
  { name: 'search-errors', path: '/search?q=+', status: 422 },

  // Listening: Wawer's surveys; the needs survey's form as a member who has not answered it (and
  // what sending it empty answers), as one who has and as a visitor; its results, among those who
  // chose an answer, and a group too small to show (the course feedback, as its organiser); the
  // builder and what an empty one answers; translating; typing in a paper form; and Middelfart's
  // draft: its builder and its delete page.
  { name: 'surveys', path: SURVEYS, as: 'sarah', shot: true },
  { name: 'survey-form', path: SURVEYS, as: 'sarah', follow: [NEEDS_SURVEY], shot: true },
  { name: 'survey-form-errors', path: SURVEYS, as: 'sarah', follow: [NEEDS_SURVEY], submit: true, status: 422 },
  { name: 'survey-answered', path: SURVEYS, as: 'halina', follow: [NEEDS_SURVEY] },
  { name: 'survey-visitor', path: SURVEYS, follow: [NEEDS_SURVEY] },
  { name: 'survey-organiser', path: SURVEYS, as: 'tomasz', follow: [NEEDS_SURVEY] },
  { name: 'survey-results', path: SURVEYS, as: 'halina', follow: [NEEDS_SURVEY, 'main a[href$="/results"]'], shot: true },
  { name: 'survey-results-among', path: SURVEYS, as: 'halina', follow: [NEEDS_SURVEY, 'main a[href$="/results"]'], fill: { among: { index: 3 } }, submit: 'main form.filters' },
  { name: 'survey-results-named', path: SURVEYS, as: 'tomasz', follow: [COURSE_SURVEY, 'main a[href$="/results"]'] },
  { name: 'survey-results-withheld', path: SURVEYS, as: 'tomasz', follow: [COURSE_SURVEY, 'main a[href$="/results"]'], fill: { among: { index: 1 } }, submit: 'main form.filters' },
  { name: 'survey-new', path: `${SURVEYS}/new`, as: 'tomasz', shot: true },
  { name: 'survey-new-errors', path: `${SURVEYS}/new`, as: 'tomasz', submit: true, status: 422 },
  { name: 'survey-translations', path: SURVEYS, as: 'tomasz', follow: [NEEDS_SURVEY, 'main a[href$="/translations"]'] },
  { name: 'survey-translation', path: SURVEYS, as: 'tomasz', follow: [NEEDS_SURVEY, 'main a[href$="/translations"]', 'main a[href$="/translations/uk"]'] },
  { name: 'survey-translation-errors', path: SURVEYS, as: 'tomasz', follow: [NEEDS_SURVEY, 'main a[href$="/translations"]', 'main a[href$="/translations/uk"]'], fill: { title: '' }, submit: true, status: 422 },
  { name: 'survey-paper', path: SURVEYS, as: 'tomasz', follow: [NEEDS_SURVEY, 'main a[href$="/paper"]'] },
  { name: 'survey-paper-errors', path: SURVEYS, as: 'tomasz', follow: [NEEDS_SURVEY, 'main a[href$="/paper"]'], submit: true, status: 422 },
  { name: 'survey-draft', path: DRAFT_SURVEYS, as: 'lars', follow: [DRAFT_SURVEY] },
  { name: 'survey-edit', path: DRAFT_SURVEYS, as: 'lars', follow: [DRAFT_SURVEY, 'main a[href$="/edit"]'] },
  { name: 'survey-edit-errors', path: DRAFT_SURVEYS, as: 'lars', follow: [DRAFT_SURVEY, 'main a[href$="/edit"]'], fill: { title: '' }, submit: true, status: 422 },
  { name: 'survey-delete', path: DRAFT_SURVEYS, as: 'lars', follow: [DRAFT_SURVEY, 'main a[href$="/delete"]'] },
  // Impact: Wawer's dashboard as its organiser, and with a period that is not one; the network's
  // as a coordinator.
  { name: 'impact', path: '/c/wawer/impact', as: 'tomasz', shot: true },
  { name: 'impact-errors', path: '/c/wawer/impact?from=2026-13&to=nope', as: 'tomasz', status: 422 },
  { name: 'impact-network', path: '/impact', as: 'visitor' },
];

/**
 * The languages whose text changes the layout most (Polish has the longest words, Ukrainian is
 * Cyrillic), and the widths of a phone and a desktop. The first language also gets the dark
 * mode and 320 px checks; English is audited with large text and high contrast.
 */
export const LANGUAGES = ['pl', 'uk'];
export const WIDTHS = [1280, 375];

/**
 * Brings `page` (already signed in as `entry.as`, if anyone) to what `entry` describes: opens
 * its path, follows its links, fills and submits its form. Returns the response of the last
 * document, the one to audit.
 */
export async function reach(page, entry) {
  let response = await page.goto(entry.path);
  for (const link of entry.follow ?? []) {
    [response] = await Promise.all([page.waitForNavigation(), page.click(link)]);
  }
  if (entry.submit) {
    const form = page.locator(entry.submit === true ? 'main form:has(button[type=submit])' : entry.submit).first();
    const folded = form.locator('xpath=ancestor::details[not(@open)]/summary');
    if ((await folded.count()) > 0) await folded.click();
    for (const [id, value] of Object.entries(entry.fill ?? {})) {
      if (value === true) await page.check(`#${id}`);
      else if (typeof value === 'object') await page.selectOption(`#${id}`, value);
      else await page.fill(`#${id}`, value);
    }
    // The last button: a form with several (a survey's builder) ends with the one that saves.
    [response] = await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').last().click()]);
  }
  return response;
}
