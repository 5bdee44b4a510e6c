//! The demo guidebook: six chapters, each written in English by the network coordinator and
//! translated by organisers (Polish, Danish, Italian) and a moderator (Ukrainian), from the
//! Markdown files in `chapters/<NN>-<slug>/<locale>.md` (first line `# Title`, then the text).
//! The accessible-events chapter shows a drawn floor plan, uploaded like any photo. Afterwards
//! the time-bank chapter gets a second English revision, so the demo shows translations out of
//! date and a history with a diff. Network-wide: loaded once; loading again changes nothing.

use domain::AppError;
use domain::accounts::{AccountId, AccountStore as _, Email};
use domain::guidebook::{GuidebookStore as _, NewRevision, TextDraft};
use domain::media::{self, FORM_FIELDS};
use domain::time::{self, Duration, Instant};
use domain::{Locale, guidebook};
use store::{Db, MediaDirectory};

use super::stories::pictures::Shape::{Block, Disc, Sky};
use super::stories::pictures::{Shape, png};

/// A chapter's slug and its text in each language (English first: the source).
type DemoChapter = (&'static str, [(Locale, &'static str); 5]);

macro_rules! chapter {
    ($folder:literal, $slug:literal) => {
        (
            $slug,
            [
                (
                    Locale::En,
                    include_str!(concat!("chapters/", $folder, "/en.md")),
                ),
                (
                    Locale::Pl,
                    include_str!(concat!("chapters/", $folder, "/pl.md")),
                ),
                (
                    Locale::Da,
                    include_str!(concat!("chapters/", $folder, "/da.md")),
                ),
                (
                    Locale::It,
                    include_str!(concat!("chapters/", $folder, "/it.md")),
                ),
                (
                    Locale::Uk,
                    include_str!(concat!("chapters/", $folder, "/uk.md")),
                ),
            ],
        )
    };
}

const CHAPTERS: [DemoChapter; 6] = [
    chapter!("01-welcoming-newcomers", "welcoming-newcomers"),
    chapter!("02-needs-survey", "needs-survey"),
    chapter!("03-time-bank", "time-bank"),
    chapter!("04-accessible-events", "accessible-events"),
    chapter!("05-local-media", "local-media"),
    chapter!("06-helping-online", "helping-online"),
];

/// Who writes each language.
const WRITERS: [(Locale, &str); 5] = [
    (Locale::En, super::COORDINATOR.0),
    (Locale::Pl, "tomasz@wawer.example"),
    (Locale::Da, "lars@middelfart.example"),
    (Locale::It, "marco@cagliari.example"),
    (Locale::Uk, "ewa@wawer.example"),
];

/// Where a chapter's Markdown asks for the drawn floor plan.
const PICTURE_MARK: &str = "picture:accessible-room";

/// The time-bank chapter's second English revision adds this before its last paragraph.
const REVISED_CHAPTER: &str = "time-bank";
const ADDED_PARAGRAPH: &str = "## Show the hours at every meeting\n\nAt each meeting, say how many \
     hours were given this month and how many people took part. When people see the hours add \
     up, more of them offer their own time.\n\n";

/// A floor plan seen from above: walls, the wide step-free door, rows of seats, the reserved
/// seats in front (blue) and the quiet corner (green).
const FLOOR_PLAN: &[Shape] = &[
    Sky([250, 250, 246], [250, 250, 246]),
    Block([60, 60, 66], 40, 30, 440, 40),
    Block([60, 60, 66], 40, 290, 200, 300),
    Block([60, 60, 66], 280, 290, 440, 300),
    Block([60, 60, 66], 40, 30, 50, 300),
    Block([60, 60, 66], 430, 30, 440, 300),
    Block([230, 170, 40], 200, 296, 280, 304),
    Block([120, 84, 50], 140, 56, 340, 80),
    Disc([40, 90, 170], 160, 110, 10),
    Disc([40, 90, 170], 200, 110, 10),
    Disc([40, 90, 170], 280, 110, 10),
    Disc([40, 90, 170], 320, 110, 10),
    Disc([110, 110, 116], 160, 150, 10),
    Disc([110, 110, 116], 200, 150, 10),
    Disc([110, 110, 116], 280, 150, 10),
    Disc([110, 110, 116], 320, 150, 10),
    Disc([110, 110, 116], 160, 190, 10),
    Disc([110, 110, 116], 200, 190, 10),
    Disc([110, 110, 116], 280, 190, 10),
    Disc([110, 110, 116], 320, 190, 10),
    Block([120, 180, 120], 340, 210, 426, 286),
    Disc([70, 130, 80], 383, 248, 14),
];

/// `# Title` on the first line, the text after it.
fn split(markdown: &str) -> Result<(&str, &str), AppError> {
    let (first, rest) = markdown.split_once('\n').unwrap_or((markdown, ""));
    let title = first
        .strip_prefix("# ")
        .ok_or_else(|| AppError::internal("a demo chapter without its `# Title` line"))?;
    Ok((title.trim(), rest.trim()))
}

async fn writer(db: &Db, email: &str) -> Result<AccountId, AppError> {
    let email = Email::parse(email).map_err(|m| AppError::internal(m.key))?;
    db.account_by_email(&email)
        .await?
        .map(|(account, _)| account.id)
        .ok_or_else(|| AppError::internal("a demo guidebook writer is missing"))
}

/// The floor plan, uploaded by the coordinator; answers its address in Markdown.
async fn floor_plan(
    db: &Db,
    media_dir: &MediaDirectory,
    owner: AccountId,
    now: Instant,
) -> Result<String, AppError> {
    let alt = CHAPTERS
        .iter()
        .flat_map(|(_, texts)| texts.iter())
        .find_map(|(locale, text)| (*locale == Locale::En).then(|| alt_of(text)).flatten())
        .unwrap_or("Floor plan of an event room");
    let bytes = png(FLOOR_PLAN).map_err(AppError::internal)?;
    let image = media::upload(db, media_dir, owner, bytes, alt, FORM_FIELDS, now).await?;
    Ok(web::media::variant_path(
        image.picture.id,
        image.picture.width,
    ))
}

/// The alt text of the image line with the picture mark.
fn alt_of(text: &str) -> Option<&str> {
    text.lines()
        .find(|line| line.contains(PICTURE_MARK))
        .and_then(|line| line.trim().strip_prefix("!["))
        .and_then(|line| line.split_once("]("))
        .map(|(alt, _)| alt)
}

pub async fn load(db: &Db, media_dir: &MediaDirectory) -> Result<(), AppError> {
    if !db.chapters().await?.is_empty() {
        return Ok(());
    }
    let mut writers = Vec::new();
    for (locale, email) in WRITERS {
        writers.push((locale, writer(db, email).await?));
    }
    let author = |locale: Locale| {
        writers
            .iter()
            .find(|(each, _)| *each == locale)
            .map(|(_, id)| *id)
            .ok_or_else(|| AppError::internal("no demo writer for a language"))
    };
    let start = time::now() - Duration::days(30);
    let picture = floor_plan(db, media_dir, author(Locale::En)?, start).await?;
    for (index, (slug, texts)) in (0_i64..).zip(CHAPTERS) {
        for (step, (locale, markdown)) in (0_i64..).zip(texts) {
            let (title, body) = split(markdown)?;
            let draft = TextDraft {
                title: title.to_owned(),
                body: body.replace(PICTURE_MARK, &picture),
            };
            db.save_revision(&NewRevision {
                slug,
                locale,
                author: author(locale)?,
                draft: &draft,
                source_revision: (locale != Locale::En).then_some(1),
                restored_from: None,
                now: start + Duration::days(index * 2 + step.min(1)) + Duration::hours(step),
            })
            .await?;
        }
    }
    revise(db, author(Locale::En)?).await
}

/// The second English revision of the time-bank chapter: one paragraph more.
async fn revise(db: &Db, coordinator: AccountId) -> Result<(), AppError> {
    let chapter = guidebook::find(db, REVISED_CHAPTER).await?;
    let source = chapter
        .source()
        .ok_or_else(|| AppError::internal("the demo chapter has no source text"))?;
    let (head, last) = source
        .body
        .rsplit_once("\n\n")
        .unwrap_or((source.body.as_str(), ""));
    let draft = TextDraft {
        title: source.title.clone(),
        body: format!("{head}\n\n{ADDED_PARAGRAPH}{last}"),
    };
    db.save_revision(&NewRevision {
        slug: REVISED_CHAPTER,
        locale: Locale::En,
        author: coordinator,
        draft: &draft,
        source_revision: None,
        restored_from: None,
        now: time::now() - Duration::days(2),
    })
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_chapter_has_a_title_and_a_text_in_every_language() {
        for (slug, texts) in CHAPTERS {
            assert!(guidebook::parse_chapter_slug(slug).is_ok(), "{slug}");
            for (locale, markdown) in texts {
                let (title, body) = split(markdown).unwrap();
                assert!(!title.is_empty() && body.len() > 200, "{slug} {locale}");
                if slug == "accessible-events" {
                    assert!(
                        alt_of(markdown).is_some_and(|alt| alt.len() > 20),
                        "{locale}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_floor_plan_draws() {
        assert!(png(FLOOR_PLAN).unwrap().len() > 100);
    }
}
