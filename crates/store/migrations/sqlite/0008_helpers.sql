-- Helpers (proxies): a person names someone they trust, or an organiser at the centre's desk
-- registers a resident who has no e-mail and names their helper. A helper's session may act
-- for the person; every change made so is recorded.

CREATE TABLE helpers (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES accounts (id),
    helper_id TEXT NOT NULL REFERENCES accounts (id),
    -- The person themselves, or the organiser at the desk.
    set_up_by TEXT NOT NULL REFERENCES accounts (id),
    -- The community whose desk set it up; NULL when the person named the helper.
    community_id TEXT REFERENCES communities (id) ON DELETE CASCADE,
    -- How the resident gave consent, as the organiser recorded it; empty when the person named
    -- the helper themselves.
    consent_note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    ended_at INTEGER,
    ended_by TEXT REFERENCES accounts (id),
    CHECK (person_id <> helper_id)
);
-- One active relationship per pair: naming the same helper twice is a conflict.
CREATE UNIQUE INDEX helpers_active_pair ON helpers (person_id, helper_id) WHERE ended_at IS NULL;
CREATE INDEX helpers_by_person ON helpers (person_id, created_at, id);
CREATE INDEX helpers_by_helper ON helpers (helper_id, created_at, id);
CREATE INDEX helpers_by_desk ON helpers (community_id, created_at, id);
-- The moderators' list walks the active ones, newest first.
CREATE INDEX helpers_active_by_time ON helpers (created_at, id) WHERE ended_at IS NULL;

-- The members a desk may name as helpers: organisers and above (by role) and trusted helpers.
CREATE INDEX memberships_trusted_helpers ON memberships (community_id) WHERE trusted_helper = 1;

-- The session a helper uses while acting for someone; NULL when they act as themselves.
ALTER TABLE sessions ADD COLUMN acting_for TEXT REFERENCES accounts (id);

-- What helpers did while acting: every successful change, by route.
CREATE TABLE helper_actions (
    id TEXT PRIMARY KEY,
    helper_id TEXT NOT NULL REFERENCES accounts (id),
    person_id TEXT NOT NULL REFERENCES accounts (id),
    method TEXT NOT NULL,
    -- The route template (`/c/{slug}/events/{id}/rsvp`), which pages turn into words.
    route TEXT NOT NULL,
    -- The address actually used.
    path TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX helper_actions_by_person ON helper_actions (person_id, created_at, id);
CREATE INDEX helper_actions_by_helper ON helper_actions (helper_id, created_at, id);
CREATE INDEX helper_actions_by_time ON helper_actions (created_at, id);
