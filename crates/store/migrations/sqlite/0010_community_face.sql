-- The community's own face: an accent colour and a cover photo, set by its admins.

-- `#rrggbb`, checked for contrast before it is stored; NULL shows the network's colours.
ALTER TABLE communities ADD COLUMN accent_colour TEXT;

-- The cover photo, one per community at most. A table of its own rather than a column, so that a
-- restore, which fills `communities` long before `images`, never meets an image not there yet.
-- The picture goes when its uploader is erased, and the cover with it.
CREATE TABLE community_covers (
    community_id TEXT PRIMARY KEY REFERENCES communities (id) ON DELETE CASCADE,
    image_id TEXT NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    set_at INTEGER NOT NULL
);
CREATE INDEX community_covers_by_image ON community_covers (image_id);
