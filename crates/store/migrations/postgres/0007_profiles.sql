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
    -- and searches by it. The store rewrites it whenever the name changes. Compared by code
    -- point (`COLLATE "C"`), as SQLite does, whatever the database's collation.
    name_key TEXT COLLATE "C" NOT NULL,
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
    bio_visibility BIGINT NOT NULL DEFAULT 2 CHECK (bio_visibility BETWEEN 0 AND 2),
    story_visibility BIGINT NOT NULL DEFAULT 2 CHECK (story_visibility BETWEEN 0 AND 2),
    languages_visibility BIGINT NOT NULL DEFAULT 2 CHECK (languages_visibility BETWEEN 0 AND 2),
    skills_visibility BIGINT NOT NULL DEFAULT 2 CHECK (skills_visibility BETWEEN 0 AND 2),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
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
-- offer or request, for the others).
ALTER TABLE conversations ALTER COLUMN support_id DROP NOT NULL;
ALTER TABLE conversations ADD COLUMN owner_id TEXT REFERENCES accounts (id);
UPDATE conversations c SET owner_id = s.author_id FROM support_items s WHERE s.id = c.support_id;
ALTER TABLE conversations ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE conversations ADD COLUMN pair_key TEXT;
ALTER TABLE conversations ADD CONSTRAINT conversations_direct_pair UNIQUE (community_id, pair_key);
ALTER TABLE conversations ADD CONSTRAINT conversations_about_or_direct
    CHECK ((support_id IS NULL) = (pair_key IS NOT NULL));
