//! Profiles and the talent directory on either engine. Each field's audience is a level (0
//! everyone, 1 people who share a community, 2 the person alone) and each viewer has a closeness
//! to each person (0, 1 or 2, worked out in the statement): a field is selected, and may match a
//! filter, only when its level is at most the closeness. A person is listed only when they show
//! the viewer at least one field.

use domain::AppError;
use domain::accounts::{AccountId, DisplayName};
use domain::communities::CommunityId;
use domain::profiles::{
    Closeness, DirectoryFilter, DirectoryViewer, FieldVisibility, LanguageSkill, PersonCursor,
    Profile, ProfileChange, ProfileStore, ProfileView, Skill, Visibility,
};
use domain::search::Kind;
use domain::time::Instant;

use crate::Db;
use crate::convert::{millis, uuid};
use crate::media::read_picture;
use crate::privacy::part::{Bind, Erasure, Part, Section};
use crate::sql::{DbError, Param, Row, Tx, params};

/// Skill tags joined as a profile row holds them: one per line.
fn stored_skills(skills: &[Skill]) -> String {
    skills
        .iter()
        .map(Skill::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

fn read_skills(text: &str) -> Vec<Skill> {
    text.lines()
        .filter(|tag| !tag.is_empty())
        .map(|tag| Skill::stored(tag.to_owned()))
        .collect()
}

fn stored_languages(languages: &[LanguageSkill]) -> String {
    languages
        .iter()
        .map(LanguageSkill::stored)
        .collect::<Vec<_>>()
        .join(",")
}

fn visibility(row: &dyn Row, index: usize) -> Result<Visibility, DbError> {
    let level = row.int(index)?;
    Visibility::from_level(level)
        .ok_or_else(|| DbError::internal(format!("stored visibility out of range: {level}")))
}

/// Keeps the directory's copy of a person's name in step with the account's; the account's
/// store calls it in the transaction that renames them.
pub(crate) async fn follow_display_name(
    tx: &mut Tx,
    account: AccountId,
    name: &DisplayName,
) -> Result<(), DbError> {
    tx.execute(
        "UPDATE profiles SET name_key = $1 WHERE account_id = $2",
        params![name.sort_key(), account.to_string()],
    )
    .await?;
    // People are found by name too.
    crate::search::refresh(tx, Kind::Person, &account.to_string()).await
}

/// One page of a community's directory. The inner query gives each member with a profile their
/// closeness `k` to the viewer (`$1`, or '' for a visitor; `$2` whether they are a member of the
/// community `$3`, and so share it with everyone listed); the outer one keeps those who show the
/// viewer something and match the filters by what they show, and selects only that.
///
/// `$rows` is where the rows come from, in the order SQLite is to read them (`CROSS JOIN` keeps
/// its order; PostgreSQL plans as it likes): the profiles by name when nothing narrows them, so
/// that a page reads about as many rows as it shows; the people with a skill or a language when
/// one is asked for, a few among many, then sorted. `$variant` is the filter on what the viewer
/// may see; then come the numbers of the words, cursor and limit parameters.
macro_rules! directory_query {
    ($rows:expr, $variant:expr, $words:literal, $name:literal, $id:literal, $limit:literal) => {
        concat!(
            "SELECT x.account_id, x.display_name, x.name_key, \
             CASE WHEN x.bio_visibility <= x.k THEN x.bio ELSE '' END, \
             CASE WHEN x.story_visibility <= x.k THEN x.story ELSE '' END, \
             CASE WHEN x.languages_visibility <= x.k THEN x.languages ELSE '' END, \
             CASE WHEN x.skills_visibility <= x.k THEN x.skills ELSE '' END, x.k, ",
            crate::media::picture_columns!(),
            " FROM (SELECT p.account_id, a.display_name, p.name_key, p.bio, p.bio_key, p.story, p.languages, \
             p.skills, p.bio_visibility, p.story_visibility, p.languages_visibility, p.skills_visibility, \
             p.avatar_image_id, p.avatar_visibility, \
             CASE WHEN p.account_id = $1 THEN 2 WHEN $2 = 1 OR EXISTS (SELECT 1 FROM memberships vm \
             JOIN memberships pm ON pm.community_id = vm.community_id AND pm.account_id = p.account_id \
             WHERE vm.account_id = $1) THEN 1 ELSE 0 END AS k FROM ",
            $rows,
            ") x LEFT JOIN images im ON im.id = CASE WHEN x.avatar_visibility <= x.k THEN x.avatar_image_id END \
             WHERE ((x.bio <> '' AND x.bio_visibility <= x.k) OR (x.story <> '' AND x.story_visibility <= x.k) \
             OR (x.languages <> '' AND x.languages_visibility <= x.k) OR (x.skills <> '' AND x.skills_visibility <= x.k) \
             OR (x.avatar_image_id IS NOT NULL AND x.avatar_visibility <= x.k)) \
             AND ",
            $variant,
            " AND (",
            $words,
            " = '' OR x.name_key LIKE ",
            $words,
            " ESCAPE '\\' OR (x.bio_visibility <= x.k AND x.bio_key LIKE ",
            $words,
            " ESCAPE '\\') OR (x.skills_visibility <= x.k AND x.skills LIKE ",
            $words,
            " ESCAPE '\\')) AND (x.name_key, x.account_id) > (",
            $name,
            ", ",
            $id,
            ") ORDER BY x.name_key, x.account_id LIMIT ",
            $limit
        )
    };
}

/// The members of the community `$3` with a profile, by name.
macro_rules! by_name {
    () => {
        "profiles p CROSS JOIN memberships m CROSS JOIN accounts a \
         WHERE m.community_id = $3 AND m.account_id = p.account_id AND a.id = p.account_id"
    };
}

/// The members of the community `$3` who list the skill `$4`.
macro_rules! with_skill {
    () => {
        "profile_skills s CROSS JOIN profiles p CROSS JOIN memberships m CROSS JOIN accounts a \
         WHERE m.community_id = $3 AND s.tag = $4 AND p.account_id = s.account_id \
         AND m.account_id = p.account_id AND a.id = p.account_id"
    };
}

/// The members of the community `$3` who list the language `$4`.
macro_rules! with_language {
    () => {
        "profile_languages l CROSS JOIN profiles p CROSS JOIN memberships m CROSS JOIN accounts a \
         WHERE m.community_id = $3 AND l.code = $4 AND p.account_id = l.account_id \
         AND m.account_id = p.account_id AND a.id = p.account_id"
    };
}

/// The language filter counts only for a viewer the person shows their languages.
macro_rules! languages_shown {
    () => {
        "x.languages_visibility <= x.k"
    };
}

const DIRECTORY: &str = directory_query!(by_name!(), "1 = 1", "$4", "$5", "$6", "$7");
const DIRECTORY_BY_SKILL: &str = directory_query!(
    with_skill!(),
    "x.skills_visibility <= x.k",
    "$5",
    "$6",
    "$7",
    "$8"
);
const DIRECTORY_BY_LANGUAGE: &str =
    directory_query!(with_language!(), languages_shown!(), "$5", "$6", "$7", "$8");
/// Both filters: the people with the skill, who also list the language `$5`.
const DIRECTORY_BY_BOTH: &str = directory_query!(
    with_skill!(),
    concat!(
        "x.skills_visibility <= x.k AND ",
        languages_shown!(),
        " AND EXISTS (SELECT 1 FROM profile_languages l WHERE l.account_id = x.account_id AND l.code = $5)"
    ),
    "$6",
    "$7",
    "$8",
    "$9"
);

/// Reads a directory row: a field the viewer may not see comes as empty text.
fn read_listed(row: &dyn Row) -> Result<ProfileView, DbError> {
    let text = |index: usize| -> Result<Option<String>, DbError> {
        Ok(Some(row.text(index)?).filter(|text| !text.is_empty()))
    };
    Ok(ProfileView {
        account_id: AccountId(uuid(&row.text(0)?)?),
        display_name: row.text(1)?,
        sort_key: row.text(2)?,
        bio: text(3)?,
        story: text(4)?,
        languages: text(5)?.map(|text| LanguageSkill::parse_stored(&text)),
        skills: text(6)?.map(|text| read_skills(&text)),
        avatar: read_picture(row, 8)?,
        closeness: Closeness::from_level(row.int(7)?),
        visibility: None,
    })
}

fn read_profile(row: &dyn Row) -> Result<Profile, DbError> {
    Ok(Profile {
        account_id: AccountId(uuid(&row.text(0)?)?),
        display_name: row.text(1)?,
        bio: row.text(2)?,
        story: row.text(3)?,
        languages: LanguageSkill::parse_stored(&row.text(4)?),
        skills: read_skills(&row.text(5)?),
        avatar: read_picture(row, 11)?,
        visibility: FieldVisibility {
            bio: visibility(row, 6)?,
            story: visibility(row, 7)?,
            languages: visibility(row, 8)?,
            skills: visibility(row, 9)?,
            avatar: visibility(row, 10)?,
        },
    })
}

/// A `LIKE` pattern that finds `words` anywhere, with `%`, `_` and `\` taken literally.
fn contains_pattern(words: &str) -> String {
    let words = words.trim().to_lowercase();
    if words.is_empty() {
        return String::new();
    }
    let escaped = words
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// How close a directory's viewer is to the people listed, for what no statement works out
/// per person (the suggestions): a member of the community shares it with all of them.
fn least_closeness(viewer: DirectoryViewer) -> i64 {
    if viewer.member {
        Closeness::SharesCommunity.level()
    } else {
        Closeness::Anyone.level()
    }
}

impl ProfileStore for Db {
    async fn profile(&self, account: AccountId) -> Result<Option<Profile>, AppError> {
        Ok(self
            .fetch_optional(
                concat!(
                    "SELECT a.id, a.display_name, COALESCE(p.bio, ''), COALESCE(p.story, ''), \
                 COALESCE(p.languages, ''), COALESCE(p.skills, ''), COALESCE(p.bio_visibility, 2), \
                 COALESCE(p.story_visibility, 2), COALESCE(p.languages_visibility, 2), \
                 COALESCE(p.skills_visibility, 2), COALESCE(p.avatar_visibility, 2), ",
                    crate::media::picture_columns!(),
                    " FROM accounts a LEFT JOIN profiles p ON p.account_id = a.id \
                 LEFT JOIN images im ON im.id = p.avatar_image_id \
                 WHERE a.id = $1 AND a.erased_at IS NULL"
                ),
                params![account.to_string()],
                &read_profile,
            )
            .await?)
    }

    async fn save_profile(&self, change: &ProfileChange, now: Instant) -> Result<(), AppError> {
        let profile = &change.profile;
        let id = profile.account_id.to_string();
        self.transaction(async |tx| {
            if let Some(name) = &change.display_name {
                tx.execute(
                    "UPDATE accounts SET display_name = $1 WHERE id = $2",
                    params![name.as_str(), &id],
                )
                .await?;
            }
            tx.execute(
                "INSERT INTO profiles (account_id, name_key, bio, bio_key, story, languages, skills, \
                 bio_visibility, story_visibility, languages_visibility, skills_visibility, avatar_visibility, \
                 avatar_image_id, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) \
                 ON CONFLICT (account_id) DO UPDATE SET name_key = excluded.name_key, bio = excluded.bio, \
                 bio_key = excluded.bio_key, story = excluded.story, languages = excluded.languages, \
                 skills = excluded.skills, bio_visibility = excluded.bio_visibility, \
                 story_visibility = excluded.story_visibility, languages_visibility = excluded.languages_visibility, \
                 skills_visibility = excluded.skills_visibility, avatar_visibility = excluded.avatar_visibility, \
                 avatar_image_id = excluded.avatar_image_id, updated_at = excluded.updated_at",
                params![
                    &id,
                    profile.display_name.to_lowercase(),
                    &profile.bio,
                    profile.bio.to_lowercase(),
                    &profile.story,
                    stored_languages(&profile.languages),
                    stored_skills(&profile.skills),
                    profile.visibility.bio.level(),
                    profile.visibility.story.level(),
                    profile.visibility.languages.level(),
                    profile.visibility.skills.level(),
                    profile.visibility.avatar.level(),
                    profile.avatar.as_ref().map(|picture| picture.id.to_string()),
                    millis(now),
                ],
            )
            .await?;
            tx.execute(
                "DELETE FROM profile_languages WHERE account_id = $1",
                params![&id],
            )
            .await?;
            for language in &profile.languages {
                tx.execute(
                    "INSERT INTO profile_languages (account_id, code, level) VALUES ($1, $2, $3)",
                    params![
                        &id,
                        language.language.code(),
                        language.level.map(|level| level.name().to_owned()),
                    ],
                )
                .await?;
            }
            tx.execute(
                "DELETE FROM profile_skills WHERE account_id = $1",
                params![&id],
            )
            .await?;
            for skill in &profile.skills {
                tx.execute(
                    "INSERT INTO profile_skills (account_id, tag) VALUES ($1, $2)",
                    params![&id, skill.as_str()],
                )
                .await?;
            }
            crate::search::refresh(tx, Kind::Person, &id).await?;
            Ok(())
        })
        .await?;
        Ok(())
    }

    async fn share_a_community(&self, one: AccountId, other: AccountId) -> Result<bool, AppError> {
        Ok(self
            .fetch_one(
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM memberships a JOIN memberships b \
                 ON b.community_id = a.community_id AND b.account_id = $1 WHERE a.account_id = $2) \
                 THEN 1 ELSE 0 END",
                params![other.to_string(), one.to_string()],
                &|row| row.flag(0),
            )
            .await?)
    }

    async fn directory(
        &self,
        community: CommunityId,
        viewer: DirectoryViewer,
        filter: &DirectoryFilter,
        after: Option<&PersonCursor>,
        limit: u32,
    ) -> Result<Vec<ProfileView>, AppError> {
        let (name, id) = after.map_or((String::new(), String::new()), |cursor| {
            (cursor.name_key.clone(), cursor.id.to_string())
        });
        let viewer_id = viewer.account.map(|id| id.to_string()).unwrap_or_default();
        let mut params: Vec<Param<'_>> = vec![
            Param::from(viewer_id),
            Param::from(viewer.member),
            Param::from(community.0.to_string()),
        ];
        let sql = match (&filter.skill, filter.language) {
            (None, None) => DIRECTORY,
            (Some(skill), None) => {
                params.push(Param::from(skill.as_str()));
                DIRECTORY_BY_SKILL
            }
            (None, Some(language)) => {
                params.push(Param::from(language.code()));
                DIRECTORY_BY_LANGUAGE
            }
            (Some(skill), Some(language)) => {
                params.push(Param::from(skill.as_str()));
                params.push(Param::from(language.code()));
                DIRECTORY_BY_BOTH
            }
        };
        params.extend([
            Param::from(contains_pattern(&filter.words)),
            Param::from(name),
            Param::from(id),
            Param::from(i64::from(limit)),
        ]);
        Ok(self.fetch_all(sql, &params, &read_listed).await?)
    }

    async fn skills_shown_in(
        &self,
        community: CommunityId,
        viewer: DirectoryViewer,
        limit: u32,
    ) -> Result<Vec<Skill>, AppError> {
        Ok(self
            .fetch_all(
                // By tag, so that SQLite reads the tags in order and stops at the limit.
                "SELECT DISTINCT s.tag FROM profile_skills s CROSS JOIN profiles p CROSS JOIN memberships m \
                 WHERE m.community_id = $1 AND p.account_id = s.account_id AND m.account_id = s.account_id \
                 AND p.skills_visibility <= $2 ORDER BY s.tag LIMIT $3",
                params![
                    community.0.to_string(),
                    least_closeness(viewer),
                    i64::from(limit)
                ],
                &|row| Ok(Skill::stored(row.text(0)?)),
            )
            .await?)
    }

    async fn skills_around(&self, account: AccountId, limit: u32) -> Result<Vec<Skill>, AppError> {
        Ok(self
            .fetch_all(
                "SELECT DISTINCT s.tag FROM profile_skills s CROSS JOIN profiles p \
                 WHERE p.account_id = s.account_id AND p.skills_visibility <= 1 AND EXISTS (SELECT 1 FROM memberships pm \
                 JOIN memberships vm ON vm.community_id = pm.community_id AND vm.account_id = $1 \
                 WHERE pm.account_id = s.account_id) ORDER BY s.tag LIMIT $2",
                params![account.to_string(), i64::from(limit)],
                &|row| Ok(Skill::stored(row.text(0)?)),
            )
            .await?)
    }
}

/// A person's profile: exported with the languages and skills as they are listed, and removed
/// whole on erasure.
pub(crate) const PRIVACY: Part = Part {
    feature: "profiles",
    export: &[
        Section {
            name: "profile",
            columns: &[
                "bio",
                "story",
                "bio_visibility",
                "story_visibility",
                "languages_visibility",
                "skills_visibility",
                "avatar_visibility",
                "avatar_image_id",
                "created_at",
                "updated_at",
            ],
            sql: "SELECT bio, story, \
                  CASE bio_visibility WHEN 0 THEN 'public' WHEN 1 THEN 'members' ELSE 'private' END, \
                  CASE story_visibility WHEN 0 THEN 'public' WHEN 1 THEN 'members' ELSE 'private' END, \
                  CASE languages_visibility WHEN 0 THEN 'public' WHEN 1 THEN 'members' ELSE 'private' END, \
                  CASE skills_visibility WHEN 0 THEN 'public' WHEN 1 THEN 'members' ELSE 'private' END, \
                  CASE avatar_visibility WHEN 0 THEN 'public' WHEN 1 THEN 'members' ELSE 'private' END, \
                  avatar_image_id, created_at, updated_at FROM profiles WHERE account_id = $1",
        },
        Section {
            name: "languages",
            columns: &["code", "level"],
            sql: "SELECT code, level FROM profile_languages WHERE account_id = $1 ORDER BY code",
        },
        Section {
            name: "skills",
            columns: &["tag"],
            sql: "SELECT tag FROM profile_skills WHERE account_id = $1 ORDER BY tag",
        },
    ],
    erase: &[
        Erasure {
            sql: "DELETE FROM profile_languages WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM profile_skills WHERE account_id = $1",
            params: Bind::Person,
        },
        Erasure {
            sql: "DELETE FROM profiles WHERE account_id = $1",
            params: Bind::Person,
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_literally_and_tags_kept_one_per_line() {
        assert_eq!(contains_pattern(" "), "");
        assert_eq!(contains_pattern("ПОДАТКИ_"), "%податки\\_%");
        let skills = vec![
            Skill::stored("tax forms".into()),
            Skill::stored("sewing".into()),
        ];
        assert_eq!(read_skills(&stored_skills(&skills)), skills);
        assert!(read_skills("").is_empty());
    }

    #[test]
    fn each_directory_statement_numbers_its_parameters_in_order() {
        for (sql, count) in [
            (DIRECTORY, 7),
            (DIRECTORY_BY_SKILL, 8),
            (DIRECTORY_BY_LANGUAGE, 8),
            (DIRECTORY_BY_BOTH, 9),
        ] {
            let mut next = 1;
            for piece in sql.split('$').skip(1) {
                let digits: String = piece.chars().take_while(char::is_ascii_digit).collect();
                let number: usize = digits.parse().unwrap_or(0);
                assert!(number <= next, "${number} before ${next} in {sql}");
                if number == next {
                    next += 1;
                }
            }
            assert_eq!(next - 1, count, "{sql}");
        }
    }
}
