-- Stories of the place, and the images people upload (for stories, and for any feature that
-- shows a photo). An image's files live in the media directory under `{id}/{width}.jpg`; this
-- row says what the picture shows (its alt text) and which widths were stored.

CREATE TABLE images (
    -- Random (UUIDv4): the address of a picture is the key to it.
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES accounts (id),
    alt TEXT NOT NULL,
    -- Of the widest variant stored.
    width BIGINT NOT NULL CHECK (width > 0),
    height BIGINT NOT NULL CHECK (height > 0),
    -- The widths stored, narrowest first: "320,640,1280".
    variants TEXT NOT NULL,
    -- It shows members-only content: sent with Cache-Control: private.
    members_only BIGINT NOT NULL DEFAULT 0,
    bytes BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX images_by_owner ON images (owner_id, created_at, id);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES accounts (id),
    title TEXT NOT NULL,
    -- Markdown, as typed; pages render it and sanitise the HTML.
    body TEXT NOT NULL,
    -- Normalised tags between commas (",garden,river,"), as shown; `story_tags` finds them.
    tags TEXT NOT NULL,
    -- 'public' or 'members'.
    audience TEXT NOT NULL,
    image_id TEXT REFERENCES images (id) ON DELETE SET NULL,
    comment_count BIGINT NOT NULL DEFAULT 0,
    hidden_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- The list walks its community's stories newest first.
CREATE INDEX stories_by_time ON stories (community_id, created_at, id);
CREATE INDEX stories_by_author ON stories (author_id);
CREATE INDEX stories_by_image ON stories (image_id);

-- One row per tag of a story, for the tag filter; written with the story.
CREATE TABLE story_tags (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    community_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    -- The story's, so that a tag's stories are paged in the same order.
    created_at BIGINT NOT NULL,
    PRIMARY KEY (story_id, tag)
);
CREATE INDEX story_tags_by_tag ON story_tags (community_id, tag, created_at, story_id);
