-- A community's member count, kept on write: memberships change from many places (joining, a
-- block, an erased account, the cascade of a deleted account), so triggers keep it, and reading
-- a community no longer counts its members. Statement-level, so that a bulk COPY updates each
-- community once rather than once per row.
ALTER TABLE communities ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;
UPDATE communities SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.community_id = communities.id);

CREATE FUNCTION memberships_count_joined() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE communities c SET member_count = c.member_count + joined.n
    FROM (SELECT community_id, COUNT(*) AS n FROM joined_rows GROUP BY community_id) joined
    WHERE c.id = joined.community_id;
    RETURN NULL;
END;
$$;

CREATE FUNCTION memberships_count_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE communities c SET member_count = c.member_count - left_.n
    FROM (SELECT community_id, COUNT(*) AS n FROM left_rows GROUP BY community_id) left_
    WHERE c.id = left_.community_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER memberships_count_joined AFTER INSERT ON memberships
    REFERENCING NEW TABLE AS joined_rows
    FOR EACH STATEMENT EXECUTE FUNCTION memberships_count_joined();

CREATE TRIGGER memberships_count_left AFTER DELETE ON memberships
    REFERENCING OLD TABLE AS left_rows
    FOR EACH STATEMENT EXECUTE FUNCTION memberships_count_left();
