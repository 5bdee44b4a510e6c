-- Impact: the figures a funder's report asks for, kept so that reading them never counts people
-- over the big tables. Both tables are derived (rebuilt from the features' own tables by
-- `rebuild_impact`, after a bulk load or a restore) and written in the transactions of the
-- features' writes. `month` is yyyymm in UTC; community '' stands for the whole network.

-- Who took part in anything, per community and month: one row per person, however often.
CREATE TABLE impact_activity (
    community_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    account_id TEXT NOT NULL,
    PRIMARY KEY (community_id, month, account_id)
);
-- A newcomer's activity in a period, and a person's rows (erasure).
CREATE INDEX impact_activity_by_account ON impact_activity (account_id, community_id, month);

-- Monthly totals: distinct active people (counted when their first row of the month is
-- written) and hours exchanged in the time bank (confirmed exchanges, in minutes).
CREATE TABLE impact_months (
    community_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 0,
    minutes INTEGER NOT NULL DEFAULT 0,
    exchanges INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, month)
);

-- People active in `month` whose previous active month there was `previous_month` (0: none).
-- The people active in a period [from, to] are those of its months whose previous month is
-- before `from`: each is counted once, by their first month in it, from at most a few thousand
-- rows, however many people.
CREATE TABLE impact_previous (
    community_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    previous_month INTEGER NOT NULL,
    people INTEGER NOT NULL,
    PRIMARY KEY (community_id, month, previous_month)
);

-- Who joined in a period, without reading every membership of the community.
CREATE INDEX memberships_by_joined ON memberships (community_id, joined_at);

-- Each member who has taken part in their community: when they joined, and the first month they
-- took part. Newcomers who took part in a period (joined in it, took part by its end) are then
-- one range of this index, not a look-up per member.
CREATE TABLE impact_newcomers (
    community_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    joined_at INTEGER NOT NULL,
    first_month INTEGER NOT NULL,
    PRIMARY KEY (community_id, account_id)
);
CREATE INDEX impact_newcomers_by_joined ON impact_newcomers (community_id, joined_at, first_month);
