-- Participation: initiatives with their supports, volunteers, followers and answered states;
-- comments on any content; participatory budgets with ballots; and what moderators need:
-- hidden content, blocked members, a resolution on each report, and the audit log.

CREATE TABLE initiatives (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES accounts (id),
    title TEXT NOT NULL,
    -- Markdown, as typed; pages render it and sanitise the HTML.
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    -- Counts kept on write, in the same transaction as the rows they count.
    support_count INTEGER NOT NULL DEFAULT 0,
    comment_count INTEGER NOT NULL DEFAULT 0,
    volunteer_count INTEGER NOT NULL DEFAULT 0,
    -- Set by a moderator: then only moderators see it.
    hidden_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
-- One index per order and filter of the list, each ending in the keyset (created_at, id).
CREATE INDEX initiatives_newest ON initiatives (community_id, created_at, id);
CREATE INDEX initiatives_by_state ON initiatives (community_id, state, created_at, id);
CREATE INDEX initiatives_most_supported ON initiatives (community_id, support_count, created_at, id);
CREATE INDEX initiatives_by_state_most_supported ON initiatives (community_id, state, support_count, created_at, id);
CREATE INDEX initiatives_by_author ON initiatives (author_id);

CREATE TABLE initiative_supports (
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, account_id)
);
CREATE INDEX initiative_supports_by_account ON initiative_supports (account_id);

-- People who offer to help make it happen, with what they can do.
CREATE TABLE initiative_volunteers (
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    note TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, account_id)
);
CREATE INDEX initiative_volunteers_by_account ON initiative_volunteers (account_id);

CREATE TABLE initiative_followers (
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, account_id)
);
CREATE INDEX initiative_followers_by_account ON initiative_followers (account_id);

-- Every change of state with the organiser's public answer: the initiative's history.
CREATE TABLE initiative_answers (
    id TEXT PRIMARY KEY,
    initiative_id TEXT NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered_by TEXT NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX initiative_answers_by_initiative ON initiative_answers (initiative_id, created_at);
CREATE INDEX initiative_answers_by_account ON initiative_answers (answered_by);

-- Comments on initiatives, events and stories. A reply names its top-level comment as parent;
-- a reply to a reply is stored under the same top-level comment.
CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    parent_id TEXT REFERENCES comments (id),
    author_id TEXT NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    edited_at INTEGER,
    -- A deleted comment keeps its place in the thread ("comment removed"), not its words.
    deleted_at INTEGER,
    hidden_at INTEGER
);
-- Threads in order: a top-level comment (ids are time-ordered) and then its replies.
CREATE INDEX comments_by_thread ON comments (target_type, target_id, (COALESCE(parent_id, id)), created_at, id);
CREATE INDEX comments_by_parent ON comments (parent_id);
CREATE INDEX comments_by_author ON comments (author_id);

-- A participatory budget round. Amounts are whole currency units.
CREATE TABLE budgets (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- Markdown: how projects are chosen, who may vote.
    rules TEXT NOT NULL,
    total_amount INTEGER NOT NULL CHECK (total_amount > 0),
    currency TEXT NOT NULL,
    voting_opens_at INTEGER NOT NULL,
    voting_closes_at INTEGER NOT NULL,
    ballot_count INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX budgets_by_community ON budgets (community_id, voting_closes_at, id);

CREATE TABLE budget_projects (
    id TEXT PRIMARY KEY,
    budget_id TEXT NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    cost INTEGER NOT NULL CHECK (cost > 0),
    -- Kept on write with each ballot; the ballots themselves can recount it.
    votes INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX budget_projects_by_budget ON budget_projects (budget_id, created_at);

-- One ballot per person per round. The voter is dropped when the person is erased; the ballot
-- stays counted. Ids are random (not time-ordered) so that the published ballots cannot be
-- put in voting order.
CREATE TABLE budget_ballots (
    id TEXT PRIMARY KEY,
    budget_id TEXT NOT NULL REFERENCES budgets (id) ON DELETE CASCADE,
    voter_id TEXT REFERENCES accounts (id),
    -- A paper ballot typed in at the centre, and who typed it.
    paper INTEGER NOT NULL DEFAULT 0,
    recorded_by TEXT REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    UNIQUE (budget_id, voter_id)
);
CREATE INDEX budget_ballots_by_voter ON budget_ballots (voter_id);
CREATE INDEX budget_ballots_by_recorder ON budget_ballots (recorded_by);

CREATE TABLE budget_ballot_projects (
    ballot_id TEXT NOT NULL REFERENCES budget_ballots (id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES budget_projects (id) ON DELETE CASCADE,
    PRIMARY KEY (ballot_id, project_id)
);
CREATE INDEX budget_ballot_projects_by_project ON budget_ballot_projects (project_id);

-- Hidden by a moderator: 404 for everyone else.
ALTER TABLE support_items ADD COLUMN hidden_at INTEGER;
ALTER TABLE messages ADD COLUMN hidden_at INTEGER;

-- How a report was settled: `status` becomes `hidden` or `dismissed`.
ALTER TABLE reports ADD COLUMN resolved_by TEXT REFERENCES accounts (id);
ALTER TABLE reports ADD COLUMN resolved_at INTEGER;
ALTER TABLE reports ADD COLUMN resolution_note TEXT NOT NULL DEFAULT '';
CREATE INDEX reports_by_target ON reports (target_type, target_id);
CREATE INDEX reports_by_resolver ON reports (resolved_by);
-- The moderators' list of decided reports, the latest decision first.
CREATE INDEX reports_decided ON reports (community_id, resolved_at, id);

-- A member blocked from a community loses their membership and cannot join again until
-- unblocked.
CREATE TABLE community_blocks (
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    blocked_by TEXT NOT NULL REFERENCES accounts (id),
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (community_id, account_id)
);
CREATE INDEX community_blocks_by_account ON community_blocks (account_id);
CREATE INDEX community_blocks_by_blocker ON community_blocks (blocked_by);
-- The moderators' list of blocks, the newest first.
CREATE INDEX community_blocks_newest ON community_blocks (community_id, created_at, account_id);

-- Every moderation and administration action: who, what, when, why. `community_id` is empty
-- for network-wide actions.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    community_id TEXT REFERENCES communities (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES accounts (id),
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_by_community ON audit_log (community_id, created_at, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id);
