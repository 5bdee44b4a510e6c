-- One search over everything (ADR 0008): an entry per item that may be found, written by the
-- app in the transaction that changes the item. The words are folded by the app (lower case, no
-- accents, letters and digits), so the `simple` configuration only splits them at spaces.
CREATE TABLE search_entries (
    id BIGSERIAL PRIMARY KEY,
    -- initiative, event, course, story, support, place, chapter, person
    kind TEXT NOT NULL,
    -- The item's id (a chapter's slug, a person's account id).
    item_id TEXT NOT NULL,
    -- NULL for what belongs to the whole network (chapters, people).
    community_id TEXT REFERENCES communities (id) ON DELETE CASCADE,
    -- 0 everyone; 1 the community's members (for a person: who shares a community with them).
    audience BIGINT NOT NULL,
    -- The person an entry is about, or who wrote it; erasure finds entries by it.
    account_id TEXT,
    -- A chapter translation's language.
    locale TEXT,
    -- What a result shows: the title, an excerpt, and details as `label TAB value TAB also` lines.
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL,
    -- What it is found by.
    title_words TEXT NOT NULL,
    detail_words TEXT NOT NULL,
    body_words TEXT NOT NULL,
    -- After it, not found (offers and requests that expire).
    until_at BIGINT,
    -- Among equal matches, newer first.
    ranked_at BIGINT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_words), 'A')
        || setweight(to_tsvector('simple', detail_words), 'B')
        || setweight(to_tsvector('simple', body_words), 'C')
    ) STORED
);
CREATE INDEX search_entries_by_item ON search_entries (kind, item_id);
CREATE INDEX search_entries_by_account ON search_entries (account_id);
CREATE INDEX search_entries_document ON search_entries USING GIN (document);
