-- A community's member count, kept on write: memberships change from many places (joining, a
-- block, an erased account, the cascade of a deleted account), so triggers keep it, and reading
-- a community no longer counts its members.
ALTER TABLE communities ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;
UPDATE communities SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.community_id = communities.id);

CREATE TRIGGER memberships_count_join AFTER INSERT ON memberships
BEGIN
    UPDATE communities SET member_count = member_count + 1 WHERE id = NEW.community_id;
END;

CREATE TRIGGER memberships_count_leave AFTER DELETE ON memberships
BEGIN
    UPDATE communities SET member_count = member_count - 1 WHERE id = OLD.community_id;
END;
