//! The certificate of participation as a PDF (A4), in the participant's language. The text is set
//! in DejaVu Sans, embedded in the binary and subset into each PDF, so that Polish, Danish,
//! Italian and Ukrainian names print as written whatever fonts the reader's machine has, and the
//! text can be copied or read aloud from the PDF.

use std::sync::LazyLock;

use domain::courses::Certificate;
use domain::{AppError, Locale};
use krilla::Document;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::when;
use crate::i18n;

static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

static FONT: LazyLock<Option<Font>> = LazyLock::new(|| Font::new(DEJAVU_SANS.into(), 0));

/// A4 in points, and the margins.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 64.0;
/// DejaVu Sans's letters are at most about this wide, in ems, on average over a line of text:
/// lines are broken by letter count so that they stay inside the margins.
const AVERAGE_ADVANCE: f32 = 0.56;

/// One line of the certificate: its size and the space left above it.
struct Line {
    text: String,
    size: f32,
    gap: f32,
}

fn line(text: impl Into<String>, size: f32, gap: f32) -> Line {
    Line {
        text: text.into(),
        size,
        gap,
    }
}

/// Breaks `text` at spaces into lines that fit the width at `size`.
fn wrap(text: &str, size: f32) -> Vec<String> {
    let budget = ((WIDTH - 2.0 * MARGIN) / (size * AVERAGE_ADVANCE)).floor();
    let budget = if budget.is_finite() && budget >= 1.0 {
        budget as usize
    } else {
        1
    };
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let wanted = current.chars().count() + 1 + word.chars().count();
        if !current.is_empty() && wanted > budget {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// What the certificate says, line by line, in the participant's language.
fn lines(certificate: &Certificate, locale: Locale) -> Vec<Line> {
    let mut lines = vec![
        line(certificate.organisation.clone(), 14.0, 0.0),
        line(i18n::t(locale, "certificate-title"), 26.0, 40.0),
        line(i18n::t(locale, "certificate-confirms"), 12.0, 36.0),
        line(certificate.person.clone(), 22.0, 30.0),
        line(i18n::t(locale, "certificate-took-part"), 12.0, 30.0),
    ];
    for (index, text) in wrap(&certificate.course, 18.0).into_iter().enumerate() {
        lines.push(line(text, 18.0, if index == 0 { 26.0 } else { 6.0 }));
    }
    let count = i64::try_from(certificate.sessions.len()).unwrap_or(i64::MAX);
    lines.push(line(
        i18n::t_count(locale, "certificate-sessions", &[("count", count)]),
        12.0,
        34.0,
    ));
    for slot in &certificate.sessions {
        lines.push(line(format!("• {}", when(slot)), 11.0, 6.0));
    }
    let issued = domain::time::now().format("%Y-%m-%d").to_string();
    lines.push(line(
        i18n::t_text(
            locale,
            "certificate-issued",
            &[
                ("date", &issued),
                ("organisation", &certificate.organisation),
            ],
        ),
        11.0,
        40.0,
    ));
    lines
}

fn draw(surface: &mut Surface<'_>, font: &Font, text: &str, size: f32, y: f32) {
    surface.draw_text(
        Point::from_xy(MARGIN, y),
        font.clone(),
        size,
        text,
        false,
        TextDirection::Auto,
    );
}

/// The certificate as PDF bytes; a long list of sessions goes on to further pages.
pub fn pdf(certificate: &Certificate, locale: Locale) -> Result<Vec<u8>, AppError> {
    let font = FONT
        .clone()
        .ok_or_else(|| AppError::internal("the embedded font does not load"))?;
    let settings = PageSettings::from_wh(WIDTH, HEIGHT)
        .ok_or_else(|| AppError::internal("the page size is not valid"))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!(
                "{} · {}",
                i18n::t(locale, "certificate-title"),
                certificate.course
            ))
            .authors(vec![certificate.organisation.clone()])
            .language(locale.code().to_owned()),
    );
    let mut lines = lines(certificate, locale).into_iter().peekable();
    while lines.peek().is_some() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut y = MARGIN;
        while let Some(next) = lines.peek() {
            let baseline = y + next.gap + next.size;
            if baseline > HEIGHT - MARGIN && y > MARGIN {
                break;
            }
            draw(&mut surface, &font, &next.text, next.size, baseline);
            y = baseline;
            lines.next();
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|error| AppError::internal(format!("cannot write the certificate: {error:?}")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use domain::calendar::{Slot, SlotInput};

    use super::*;

    fn slot(starts_at: &str, ends_at: &str, time_zone: &str) -> Slot {
        let mut errors = domain::FieldErrors::new();
        Slot::parse(
            SlotInput {
                starts_at,
                ends_at,
                time_zone,
            },
            &mut errors,
        )
        .unwrap()
    }

    fn text_of(certificate: &Certificate, locale: Locale) -> String {
        let bytes = pdf(certificate, locale).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        pdf_extract::extract_text_from_mem(&bytes).unwrap()
    }

    #[test]
    fn names_in_every_script_come_out_as_written() {
        for (person, course, organisation, locale) in [
            (
                "Łucja Żółć",
                "Język polski dla sąsiadów",
                "Wawer",
                Locale::Pl,
            ),
            (
                "Søren Ærø",
                "Kom godt i gang med tablet",
                "Middelfart",
                Locale::Da,
            ),
            (
                "Niccolò",
                "Cucina sarda: l'arte del pane",
                "Cagliari Centro Storico",
                Locale::It,
            ),
            ("Олена Ковальчук", "Цифрові навички", "Wawer", Locale::Uk),
        ] {
            let certificate = Certificate {
                person: person.to_owned(),
                course: course.to_owned(),
                organisation: organisation.to_owned(),
                sessions: vec![slot(
                    "2026-11-05T18:00",
                    "2026-11-05T20:00",
                    "Europe/Warsaw",
                )],
            };
            let text = text_of(&certificate, locale);
            for expected in [person, course, organisation, "2026-11-05 18:00"] {
                assert!(text.contains(expected), "{expected:?} is not in {text:?}");
            }
            assert!(
                text.contains(&i18n::t(locale, "certificate-title")),
                "{text}"
            );
        }
    }

    #[test]
    fn many_sessions_go_on_to_another_page_and_long_titles_wrap() {
        let sessions = (1..=40)
            .map(|day| {
                let date = format!("2026-03-{:02}", (day % 28) + 1);
                slot(
                    &format!("{date}T10:00"),
                    &format!("{date}T12:00"),
                    "Europe/Rome",
                )
            })
            .collect();
        let certificate = Certificate {
            person: "Niccolò Serra".to_owned(),
            course:
                "Un corso con un titolo molto lungo che non entra in una sola riga della pagina A4"
                    .to_owned(),
            organisation: "Cagliari".to_owned(),
            sessions,
        };
        let text = text_of(&certificate, Locale::It);
        assert!(text.contains("Niccolò Serra"));
        assert!(text.contains("2026-03-28 10:00"));
        assert!(wrap(&certificate.course, 18.0).len() > 1);
    }
}
