-- The network-wide guidebook: chapters in an order, every save of a chapter's text in one
-- language kept as a numbered revision, and the current text of each (chapter, language) in
-- `guidebook_texts`, written in the same transaction as its revision, so that reading a chapter
-- (and indexing it for search) is one indexed query.

CREATE TABLE guidebook_chapters (
    slug TEXT PRIMARY KEY,
    -- The language it was first written in ('en', 'pl', 'da', 'it', 'uk').
    source_locale TEXT NOT NULL,
    -- Its place in the table of contents, smallest first.
    position BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX guidebook_chapters_by_position ON guidebook_chapters (position, slug);

CREATE TABLE guidebook_revisions (
    chapter_slug TEXT NOT NULL REFERENCES guidebook_chapters (slug) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    -- 1, 2, 3 … per chapter and language.
    number BIGINT NOT NULL,
    -- NULL once its author erased their account: the text stays, shown as a former member's.
    author_id TEXT REFERENCES accounts (id),
    title TEXT NOT NULL,
    -- Markdown, as typed; pages render it and sanitise the HTML.
    body TEXT NOT NULL,
    -- For a translation: the source language's revision it was written against.
    source_revision BIGINT,
    -- When this revision restored an older one: that one's number.
    restored_from BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (chapter_slug, locale, number)
);
CREATE INDEX guidebook_revisions_by_author ON guidebook_revisions (author_id);

-- The current text of each chapter in each language written (its newest revision).
CREATE TABLE guidebook_texts (
    chapter_slug TEXT NOT NULL REFERENCES guidebook_chapters (slug) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    revision BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    source_revision BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (chapter_slug, locale)
);
