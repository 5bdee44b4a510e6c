-- Initiatives and events take an optional photo, as stories do: an image uploaded by the person
-- who proposed the initiative or an organiser of the event. The photo goes when its uploader is
-- erased (the initiative or event stays, without it). The indexes let deleting an image find
-- what points at it.

ALTER TABLE initiatives ADD COLUMN image_id TEXT REFERENCES images (id) ON DELETE SET NULL;
CREATE INDEX initiatives_by_image ON initiatives (image_id);

ALTER TABLE events ADD COLUMN image_id TEXT REFERENCES images (id) ON DELETE SET NULL;
CREATE INDEX events_by_image ON events (image_id);
