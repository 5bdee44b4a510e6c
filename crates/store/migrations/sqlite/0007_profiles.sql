-- Profiles and the talent directory ([7]), and private conversations that are not about an
-- offer or request: two people of a community writing to each other from a person's page.

-- A person's profile. Every field has its own audience, stored as a level: 0 everyone, 1 people
-- who share a community with the person, 2 the person alone. A field is shown to a viewer when
-- its level is at most how close the viewer is (0 anyone, 1 shares a community, 2 the person),
-- and only then may it match a filter. Nothing is shown until the person chooses to: 2 is the
-- default (GDPR Art. 25).
CREATE TABLE profiles (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    -- The display name in lower case (Unicode-aware, computed by the app): the directory sorts
    -- and searches by it. The store rewrites it whenever the name changes.
    name_key TEXT NOT NULL,
    bio TEXT NOT NULL,
    -- The bio in lower case, so that words are found alike on both engines.
    bio_key TEXT NOT NULL,
    -- Markdown.
    story TEXT NOT NULL,
    -- What a page shows, in the person's order: 'uk:native,pl:fluent,ar:' (no level after the
    -- colon when none was given). `profile_languages` holds the same, for the filters.
    languages TEXT NOT NULL,
    -- The normalised skill tags, one per line. `profile_skills` holds the same, for the filters.
    skills TEXT NOT NULL,
    bio_visibility INTEGER NOT NULL DEFAULT 2 CHECK (bio_visibility BETWEEN 0 AND 2),
    story_visibility INTEGER NOT NULL DEFAULT 2 CHECK (story_visibility BETWEEN 0 AND 2),
    languages_visibility INTEGER NOT NULL DEFAULT 2 CHECK (languages_visibility BETWEEN 0 AND 2),
    skills_visibility INTEGER NOT NULL DEFAULT 2 CHECK (skills_visibility BETWEEN 0 AND 2),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- The directory's order and keyset: by name, then id.
CREATE INDEX profiles_by_name ON profiles (name_key, account_id);

CREATE TABLE profile_languages (
    account_id TEXT NOT NULL REFERENCES profiles (account_id) ON DELETE CASCADE,
    -- ISO 639-1.
    code TEXT NOT NULL,
    -- basic, conversational, fluent, native; NULL when not given.
    level TEXT,
    PRIMARY KEY (account_id, code)
);
CREATE INDEX profile_languages_by_code ON profile_languages (code, account_id);

CREATE TABLE profile_skills (
    account_id TEXT NOT NULL REFERENCES profiles (account_id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (account_id, tag)
);
CREATE INDEX profile_skills_by_tag ON profile_skills (tag, account_id);

-- Conversations: `support_id` becomes optional. A conversation with none is a direct one between
-- two people of a community (`pair_key`: their two ids, the lower first, so that the pair has one
-- conversation per community); `owner_id` is the person the starter wrote to (the author of the
-- offer or request, for the others). SQLite cannot drop NOT NULL in place: the table is rebuilt
-- as its documentation's twelve steps say (the migration runner switches foreign keys off around
-- this file and checks them all before the commit).
CREATE TABLE new_conversations (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    support_id TEXT REFERENCES support_items (id) ON DELETE CASCADE,
    starter_id TEXT NOT NULL REFERENCES accounts (id),
    owner_id TEXT NOT NULL REFERENCES accounts (id),
    pair_key TEXT,
    created_at INTEGER NOT NULL,
    last_message_at INTEGER NOT NULL,
    UNIQUE (support_id, starter_id),
    UNIQUE (community_id, pair_key),
    CHECK ((support_id IS NULL) = (pair_key IS NOT NULL))
);
INSERT INTO new_conversations (id, community_id, support_id, starter_id, owner_id, pair_key, created_at, last_message_at)
SELECT c.id, c.community_id, c.support_id, c.starter_id, s.author_id, NULL, c.created_at, c.last_message_at
FROM conversations c JOIN support_items s ON s.id = c.support_id;
DROP TABLE conversations;
ALTER TABLE new_conversations RENAME TO conversations;
