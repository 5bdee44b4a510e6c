-- Listening: needs surveys, their questions in several languages, and the answers (ADR 0009).
--
-- Anonymity is kept by the tables' shape: "who has answered" (`survey_participants`) and "what
-- was answered" (`survey_responses`, `survey_answers`) share no column, and nothing orders them
-- alike. Responses have random ids (UUIDv4) and no time; the three tables are WITHOUT ROWID, so
-- SQLite stores them in key order, not in the order they were written. A named survey's
-- response says whose it is in `account_id`; an anonymous survey's never does.

CREATE TABLE surveys (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES accounts (id),
    -- In `source_locale`; translations in `survey_texts`.
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    source_locale TEXT NOT NULL,
    anonymous INTEGER NOT NULL,
    -- Members may read the results (organisers always may).
    results_public INTEGER NOT NULL,
    -- closed (before opening and after closing) or open.
    status TEXT NOT NULL,
    -- Kept on write: every response, online or on paper.
    response_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    opened_at INTEGER,
    closed_at INTEGER
);
CREATE INDEX surveys_by_community ON surveys (community_id, created_at, id);
CREATE INDEX surveys_by_author ON surveys (author_id);

CREATE TABLE survey_questions (
    id TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    -- single, multiple, scale (1 to 5) or text.
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL,
    required INTEGER NOT NULL
);
CREATE INDEX survey_questions_by_survey ON survey_questions (survey_id, position);

CREATE TABLE survey_options (
    id TEXT PRIMARY KEY,
    question_id TEXT NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX survey_options_by_question ON survey_options (question_id, position);

-- A translation of one text of a survey: `part` is `title`, `description`, a question's id (its
-- prompt) or an option's id (its label).
CREATE TABLE survey_texts (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    part TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (survey_id, locale, part)
) WITHOUT ROWID;

-- Who has answered (online, or through their helper): one response per person.
CREATE TABLE survey_participants (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (survey_id, account_id)
) WITHOUT ROWID;

CREATE TABLE survey_responses (
    -- Random (UUIDv4), so that its order says nothing of when it came.
    id TEXT PRIMARY KEY,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    -- Named surveys only; NULL once the person is erased.
    account_id TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    -- online or paper.
    channel TEXT NOT NULL,
    -- A paper form's number, written on the sheet by staff: each sheet is typed in once.
    paper_ref TEXT,
    UNIQUE (survey_id, paper_ref)
) WITHOUT ROWID;
CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id, id);
CREATE INDEX survey_responses_by_account ON survey_responses (account_id);

-- One row per answer: for a multiple choice, one per option chosen (`seq` 0, 1, …).
CREATE TABLE survey_answers (
    response_id TEXT NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    survey_id TEXT NOT NULL,
    option_id TEXT,
    scale INTEGER,
    text TEXT,
    PRIMARY KEY (response_id, question_id, seq)
) WITHOUT ROWID;
-- Counting per option and scale point, and finding the responses of a filter group, from the
-- index alone.
CREATE INDEX survey_answers_by_choice ON survey_answers (survey_id, question_id, option_id, scale, seq, response_id);
