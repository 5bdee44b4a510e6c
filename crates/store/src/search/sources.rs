//! Where each kind's entries come from: one statement per kind that selects only what may be
//! found (not hidden, not sensitive, not closed), and the function that turns its row into
//! entries. The same statement serves one item (`WHERE … id = $1`) and the rebuild (a page of
//! ids after `$1`), so an entry written on change and one written by a rebuild are alike.

use domain::accounts::AccountId;
use domain::communities::CommunityId;
use domain::profiles::{LanguageSkill, SpokenLanguage};
use domain::search::{Audience, Detail, DetailLabel, Document, Kind};

use crate::convert::{instant, uuid};
use crate::sql::{DbError, Row};

/// One kind's statements: `one` selects the item `$1`, `page` the next `$2` items after the id
/// `$1`, in id order; `read` turns a row into the item's entries.
pub(super) struct Source {
    pub one: &'static str,
    pub page: &'static str,
    pub read: fn(&dyn Row) -> Result<Vec<Document>, DbError>,
}

/// Declares a kind's statements from its `SELECT … WHERE <findable>` and its id column.
macro_rules! source {
    ($select:expr, $id:literal, $read:expr) => {
        Source {
            one: concat!($select, " AND ", $id, " = $1"),
            page: concat!($select, " AND ", $id, " > $1 ORDER BY ", $id, " LIMIT $2"),
            read: $read,
        }
    };
}

pub(super) fn source(kind: Kind) -> Source {
    match kind {
        Kind::Initiative => source!(
            "SELECT i.id, i.community_id, i.author_id, i.title, i.body, i.created_at \
             FROM initiatives i WHERE i.hidden_at IS NULL",
            "i.id",
            |row| community_item(row, Kind::Initiative, Vec::new())
        ),
        Kind::Course => source!(
            "SELECT c.id, c.community_id, c.organiser_id, c.title, c.body, c.starts_at \
             FROM courses c WHERE 1 = 1",
            "c.id",
            |row| community_item(row, Kind::Course, Vec::new())
        ),
        Kind::Event => source!(
            "SELECT e.id, e.community_id, e.organiser_id, e.title, e.body, e.starts_at, e.languages, \
             COALESCE(p.name || ', ' || p.address, '') \
             FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE e.hidden_at IS NULL",
            "e.id",
            |row| {
                let mut details = languages(&row.text(6)?);
                details.extend(detail(DetailLabel::Address, row.text(7)?));
                community_item(row, Kind::Event, details)
            }
        ),
        Kind::Story => source!(
            "SELECT s.id, s.community_id, s.author_id, s.title, s.body, s.created_at, s.tags, s.audience \
             FROM stories s WHERE s.hidden_at IS NULL",
            "s.id",
            |row| {
                let tags = row.text(6)?;
                let details = tags
                    .split(',')
                    .filter_map(|tag| detail(DetailLabel::Tag, tag.to_owned()))
                    .collect();
                let mut entries = community_item(row, Kind::Story, details)?;
                if row.text(7)? == "members" {
                    entries
                        .iter_mut()
                        .for_each(|entry| entry.audience = Audience::Members);
                }
                Ok(entries)
            }
        ),
        Kind::Survey => source!(
            "SELECT s.id, s.community_id, s.author_id, s.title, s.description, s.created_at \
             FROM surveys s WHERE s.opened_at IS NOT NULL",
            "s.id",
            |row| community_item(row, Kind::Survey, Vec::new())
        ),
        Kind::Support => source!(
            "SELECT s.id, s.community_id, s.author_id, s.title, s.body, s.created_at, s.languages, \
             s.area, s.category, s.expires_at \
             FROM support_items s WHERE s.hidden_at IS NULL AND s.sensitive = 0 AND s.status = 'open'",
            "s.id",
            |row| {
                let mut details = languages(&row.text(6)?);
                details.extend(detail(DetailLabel::Address, row.text(7)?));
                details.extend(detail(DetailLabel::Category, row.text(8)?));
                let until = row.optional_int(9)?.map(instant).transpose()?;
                let mut entries = community_item(row, Kind::Support, details)?;
                for entry in &mut entries {
                    entry.audience = Audience::Members;
                    entry.until = until;
                }
                Ok(entries)
            }
        ),
        Kind::Place => source!(
            "SELECT p.id, p.community_id, NULL, p.name, p.opening_hours, p.created_at, p.address \
             FROM places p WHERE 1 = 1",
            "p.id",
            |row| {
                let details = detail(DetailLabel::Address, row.text(6)?)
                    .into_iter()
                    .collect();
                community_item(row, Kind::Place, details)
            }
        ),
        Kind::Chapter => source!(
            "SELECT g.chapter_slug, g.locale, g.title, g.body, g.updated_at \
             FROM guidebook_texts g WHERE 1 = 1",
            "g.chapter_slug",
            chapter
        ),
        Kind::Person => source!(
            "SELECT p.account_id, a.display_name, p.bio, p.story, p.languages, p.skills, \
             p.bio_visibility, p.story_visibility, p.languages_visibility, p.skills_visibility, \
             CASE WHEN p.avatar_image_id IS NULL THEN 2 ELSE p.avatar_visibility END, p.updated_at \
             FROM profiles p JOIN accounts a ON a.id = p.account_id WHERE a.erased_at IS NULL",
            "p.account_id",
            person
        ),
    }
}

fn detail(label: DetailLabel, value: String) -> Option<Detail> {
    let value = value.trim().to_owned();
    (!value.is_empty()).then(|| Detail::new(label, value))
}

/// A language found also by its names in itself and in English.
fn language(code: &str) -> Option<Detail> {
    let spoken = SpokenLanguage::parse(code).ok()?;
    let mut detail = Detail::new(DetailLabel::Language, spoken.code());
    detail.also = format!("{} {}", spoken.native_name(), spoken.english_name());
    Some(detail)
}

/// Languages as events and offers keep them: `,pl,uk,`.
fn languages(codes: &str) -> Vec<Detail> {
    codes.split(',').filter_map(language).collect()
}

/// An item of a community: `id, community_id, author, title, body, ranked_at` first.
fn community_item(
    row: &dyn Row,
    kind: Kind,
    details: Vec<Detail>,
) -> Result<Vec<Document>, DbError> {
    Ok(vec![Document {
        kind,
        item_id: row.text(0)?,
        community_id: Some(CommunityId(uuid(&row.text(1)?)?)),
        audience: Audience::Everyone,
        account_id: row
            .optional_text(2)?
            .map(|id| uuid(&id).map(AccountId))
            .transpose()?,
        locale: None,
        title: row.text(3)?,
        body: row.text(4)?,
        details,
        until: None,
        ranked_at: instant(row.int(5)?)?,
    }])
}

/// One translation of a guidebook chapter: found by everyone, network-wide.
fn chapter(row: &dyn Row) -> Result<Vec<Document>, DbError> {
    Ok(vec![Document {
        kind: Kind::Chapter,
        item_id: row.text(0)?,
        community_id: None,
        audience: Audience::Everyone,
        account_id: None,
        locale: Some(row.text(1)?),
        title: row.text(2)?,
        body: row.text(3)?,
        details: Vec::new(),
        until: None,
        ranked_at: instant(row.int(4)?)?,
    }])
}

/// A profile's fields with their audience level (0 everyone, 1 people who share a community,
/// 2 the person alone).
struct Field<T> {
    value: T,
    level: i64,
}

impl<T> Field<T> {
    fn shown_at(&self, audience: Audience) -> Option<&T> {
        (self.level <= audience.level()).then_some(&self.value)
    }
}

/// A person as everyone sees them and as the people who share a community with them do: an
/// entry for each audience that is shown at least one field, holding only what it is shown.
/// The name is found with them, as the directory lists it.
fn person(row: &dyn Row) -> Result<Vec<Document>, DbError> {
    let non_empty = |text: String, level| Field {
        level: if text.trim().is_empty() { 3 } else { level },
        value: text,
    };
    let bio = non_empty(row.text(2)?, row.int(6)?);
    let story = non_empty(row.text(3)?, row.int(7)?);
    let spoken = LanguageSkill::parse_stored(&row.text(4)?);
    let languages = Field {
        level: if spoken.is_empty() { 3 } else { row.int(8)? },
        value: spoken,
    };
    let skills = non_empty(row.text(5)?, row.int(9)?);
    let avatar_level = row.int(10)?;
    let ranked_at = instant(row.int(11)?)?;
    let account_id = AccountId(uuid(&row.text(0)?)?);
    let name = row.text(1)?;
    let entries = [Audience::Everyone, Audience::Members]
        .into_iter()
        .filter(|audience| {
            [
                bio.level,
                story.level,
                languages.level,
                skills.level,
                avatar_level,
            ]
            .iter()
            .any(|level| *level <= audience.level())
        })
        .map(|audience| {
            let mut details: Vec<Detail> = skills
                .shown_at(audience)
                .map(|skills| {
                    skills
                        .lines()
                        .filter_map(|skill| detail(DetailLabel::Skill, skill.to_owned()))
                        .collect()
                })
                .unwrap_or_default();
            details.extend(
                languages
                    .shown_at(audience)
                    .into_iter()
                    .flatten()
                    .filter_map(|spoken| language(spoken.language.code())),
            );
            let body = [bio.shown_at(audience), story.shown_at(audience)]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join("\n\n");
            Document {
                kind: Kind::Person,
                item_id: account_id.to_string(),
                community_id: None,
                audience,
                account_id: Some(account_id),
                locale: None,
                title: name.clone(),
                body,
                details,
                until: None,
                ranked_at,
            }
        })
        .collect();
    Ok(entries)
}
