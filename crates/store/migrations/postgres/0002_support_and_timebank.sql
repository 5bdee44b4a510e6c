-- Mutual support and the time bank: offers and requests, private conversations, reports, the
-- ledger, and what the privacy registry needs to anonymise a person.

-- An erased person keeps their row, so that what they wrote and their postings still point
-- somewhere; every personal value in it is overwritten.
ALTER TABLE accounts ADD COLUMN erased_at BIGINT;
-- Whether a person wants one e-mail about a message they have not read within the hour.
ALTER TABLE accounts ADD COLUMN message_mails BIGINT NOT NULL DEFAULT 1;
-- The time bank's limit: below `timebank_min_balance` minutes an exchange warns or is refused.
ALTER TABLE communities ADD COLUMN timebank_limit TEXT NOT NULL DEFAULT 'warn';
ALTER TABLE communities ADD COLUMN timebank_min_balance BIGINT NOT NULL DEFAULT -600;

CREATE TABLE support_items (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    -- ',pl,uk,': one language is found with LIKE '%,uk,%'.
    languages TEXT NOT NULL,
    area TEXT NOT NULL,
    status TEXT NOT NULL,
    sensitive BIGINT NOT NULL,
    -- Who closed it: a moderator's close stays, whatever its author would like.
    closed_by TEXT REFERENCES accounts (id),
    expires_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX support_board ON support_items (community_id, created_at, id);
CREATE INDEX support_by_kind ON support_items (community_id, kind, created_at, id);
CREATE INDEX support_by_category ON support_items (community_id, category, created_at, id);
CREATE INDEX support_by_author ON support_items (author_id);

-- A private conversation between the author of an offer or request and one other person.
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    support_id TEXT NOT NULL REFERENCES support_items (id) ON DELETE CASCADE,
    starter_id TEXT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    last_message_at BIGINT NOT NULL,
    UNIQUE (support_id, starter_id)
);

-- Each of the two people: how many messages wait unread for them (kept on write), and when
-- they last read and were last reminded by e-mail.
CREATE TABLE conversation_members (
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    unread BIGINT NOT NULL DEFAULT 0,
    last_read_at BIGINT NOT NULL,
    reminded_at BIGINT,
    PRIMARY KEY (conversation_id, account_id)
);
CREATE INDEX conversation_members_by_account ON conversation_members (account_id);

CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id TEXT NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at);
CREATE INDEX messages_by_sender ON messages (sender_id);

-- Reports on content and messages; the moderators' queue reads them (participation, [5]).
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    reporter_id TEXT NOT NULL REFERENCES accounts (id),
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (target_type, target_id, reporter_id)
);
CREATE INDEX reports_queue ON reports (community_id, status, created_at);
CREATE INDEX reports_by_reporter ON reports (reporter_id);

-- The ledger. An account per member per community, and the community's fund (no holder).
CREATE TABLE timebank_accounts (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    holder_id TEXT REFERENCES accounts (id),
    -- A cache of the sum of the account's postings, written in the same transaction as they
    -- are; `micropolis ledger check` rebuilds it and reports any difference.
    balance_minutes BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX timebank_account_of_holder ON timebank_accounts (community_id, holder_id);
CREATE UNIQUE INDEX timebank_fund ON timebank_accounts (community_id) WHERE holder_id IS NULL;
CREATE INDEX timebank_accounts_by_holder ON timebank_accounts (holder_id);

CREATE TABLE exchanges (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    provider_id TEXT NOT NULL REFERENCES accounts (id),
    receiver_id TEXT NOT NULL REFERENCES accounts (id),
    proposer_id TEXT NOT NULL REFERENCES accounts (id),
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    description TEXT NOT NULL,
    support_id TEXT REFERENCES support_items (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX exchanges_by_provider ON exchanges (community_id, provider_id, created_at);
CREATE INDEX exchanges_by_receiver ON exchanges (community_id, receiver_id, created_at);
CREATE INDEX exchanges_by_community ON exchanges (community_id, created_at);

-- A transfer is written by a confirmation (one per exchange, whatever the concurrency) or by an
-- admin's correction (one per transfer it reverses).
CREATE TABLE transfers (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    exchange_id TEXT UNIQUE REFERENCES exchanges (id),
    reverses_id TEXT UNIQUE REFERENCES transfers (id),
    description TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX transfers_by_community ON transfers (community_id, created_at);

CREATE TABLE postings (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    transfer_id TEXT NOT NULL REFERENCES transfers (id),
    account_id TEXT NOT NULL REFERENCES timebank_accounts (id),
    minutes BIGINT NOT NULL CHECK (minutes <> 0),
    created_at BIGINT NOT NULL
);
CREATE INDEX postings_by_account ON postings (account_id, created_at);
CREATE INDEX postings_by_transfer ON postings (transfer_id);
CREATE INDEX postings_by_community ON postings (community_id);

-- Postings are never changed: history is corrected by a reversing transfer. Only a restore,
-- which replaces the whole database, may remove them (it marks itself in `settings`).
CREATE FUNCTION postings_are_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM settings WHERE key = 'restore_in_progress') THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'postings are insert-only';
END
$$;
CREATE TRIGGER postings_are_insert_only BEFORE UPDATE OR DELETE ON postings
FOR EACH ROW EXECUTE FUNCTION postings_are_insert_only();
