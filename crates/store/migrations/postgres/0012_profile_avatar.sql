-- A profile's photo (its avatar), with its own audience like every other field: a level, 2 (the
-- person alone) by default. The photo goes when its owner is erased (the image row is deleted).
ALTER TABLE profiles ADD COLUMN avatar_image_id TEXT REFERENCES images (id) ON DELETE SET NULL;
ALTER TABLE profiles ADD COLUMN avatar_visibility INTEGER NOT NULL DEFAULT 2 CHECK (avatar_visibility BETWEEN 0 AND 2);
CREATE INDEX profiles_by_avatar ON profiles (avatar_image_id);
