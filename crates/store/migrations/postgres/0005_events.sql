-- Events and places: where a community meets, what is on, and who is going or waiting.
-- Accessibility is a set of flags kept as the sum of their bits (step-free 1, accessible toilet
-- 2, hearing loop 4, seating 8, quiet room 16); an event's languages are ISO 639-1 codes between
-- commas (",pl,uk,") so that one LIKE finds a language.

CREATE TABLE places (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    -- Millionths of a degree; both or neither.
    lat_e6 BIGINT,
    lon_e6 BIGINT,
    opening_hours TEXT NOT NULL,
    accessibility BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX places_by_name ON places (community_id, name, id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    organiser_id TEXT NOT NULL REFERENCES accounts (id),
    title TEXT NOT NULL,
    -- Markdown, as typed; pages render it and sanitise the HTML.
    body TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    -- The IANA zone it happens in: times are shown in it.
    time_zone TEXT NOT NULL,
    place_id TEXT REFERENCES places (id),
    online_url TEXT,
    capacity BIGINT CHECK (capacity IS NULL OR capacity > 0),
    price TEXT NOT NULL,
    accessibility BIGINT NOT NULL DEFAULT 0,
    languages TEXT NOT NULL,
    -- Kept on write, in the transaction that changes the answers, which first locks this row.
    going_count BIGINT NOT NULL DEFAULT 0 CHECK (capacity IS NULL OR going_count <= capacity),
    waitlist_count BIGINT NOT NULL DEFAULT 0,
    hidden_at BIGINT,
    created_at BIGINT NOT NULL
);
-- The agenda walks its community's start times (both ways); a place's page walks its own.
CREATE INDEX events_by_start ON events (community_id, starts_at, id);
CREATE INDEX events_by_place ON events (place_id, starts_at, id);
CREATE INDEX events_by_organiser ON events (organiser_id);

-- One answer per person per event: going, or waiting in the order of asking.
CREATE TABLE event_rsvps (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    status TEXT NOT NULL,
    -- The event's start, copied (events are not moved), for "my events" and the reminders.
    starts_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    promoted_at BIGINT,
    -- Set in the transaction that queues the reminder mail, so it is sent once.
    reminded_at BIGINT,
    PRIMARY KEY (event_id, account_id)
);
CREATE INDEX event_rsvps_queue ON event_rsvps (event_id, status, created_at, account_id);
CREATE INDEX event_rsvps_by_account ON event_rsvps (account_id, starts_at, event_id);
CREATE INDEX event_rsvps_due_reminders ON event_rsvps (starts_at) WHERE reminded_at IS NULL AND status = 'going';
