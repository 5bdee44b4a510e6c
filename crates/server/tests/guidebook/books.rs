//! The guidebook to take along: one printable page per language (title page, contents with
//! links, every chapter on new pages, no site navigation) and a valid EPUB 3 with the
//! chapters' photos inside, checked with EPUBCheck.

use std::io::Read as _;
use std::process::Command;

use super::*;

on_both_engines!(
    the_printable_page_holds_the_whole_guidebook,
    the_epub_is_valid_and_holds_the_photos,
);

/// Two chapters, the second with an uploaded photo; the first translated into Ukrainian.
async fn a_small_guidebook(server: &TestServer, people: &Writers) -> String {
    let token = people.organiser.token.as_str();
    let response = server
        .upload_image(
            Some(token),
            "A ramp at the door of the community hall",
            "ramp.png",
            &png_picture(800, 500),
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let image: Value = response.json().await.unwrap();
    let id = image["id"].as_str().unwrap().to_owned();
    written(
        server,
        token,
        ("welcoming", "en"),
        ("Welcoming newcomers", "Say hello & smile.\n\nOffer tea."),
        StatusCode::CREATED,
    )
    .await;
    written(
        server,
        token,
        ("welcoming", "uk"),
        ("Як зустрічати новеньких", "Привітайтеся й усміхніться."),
        StatusCode::OK,
    )
    .await;
    written(
        server,
        token,
        ("accessible-events", "en"),
        (
            "Accessible events",
            &format!(
                "Choose a step-free room.<br>\n\n![A ramp at the door](/media/{id}/320.jpg)\n\nLine one  \nline two\n\n---\n\n| Need | Answer |\n| --- | --- |\n| Ramp | Yes |"
            ),
        ),
        StatusCode::CREATED,
    )
    .await;
    id
}

async fn the_printable_page_holds_the_whole_guidebook(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let id = a_small_guidebook(&server, &people).await;
    let (status, html) = server.get_page("/guidebook/print?lang=uk").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"uk\">"));
    assert!(
        html.contains("<h1 id=\"book-title\">Посібник</h1>"),
        "the title page"
    );
    assert!(html.contains("<a href=\"#chapter-welcoming\">Як зустрічати новеньких</a>"));
    assert!(
        html.contains("<a href=\"#chapter-accessible-events\" lang=\"en\">Accessible events</a>"),
        "an untranslated chapter is marked in its language"
    );
    assert!(html.contains("id=\"chapter-accessible-events\""));
    assert!(html.contains(&format!("src=\"/media/{id}/320.jpg\"")));
    assert!(html.contains("/static/guidebook-print.css"));
    assert!(
        !html.contains("main-nav")
            && !html.contains("site-header")
            && !html.contains("site-footer"),
        "no site navigation"
    );
    let welcoming = html.find("id=\"chapter-welcoming\"").unwrap();
    let events = html.find("id=\"chapter-accessible-events\"").unwrap();
    assert!(welcoming < events, "in the guidebook's order");
    let (_, css) = server.get_page("/static/guidebook-print.css").await;
    assert!(
        css.contains("break-before: page"),
        "every chapter starts a page"
    );
}

/// The file `name` in the zip `bytes`, as text.
fn file_in(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = archive.by_name(name).unwrap();
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

fn names_in(bytes: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    archive.file_names().map(str::to_owned).collect()
}

/// Debian's `epubcheck` is a jar: run with Java (the `epubcheck` link needs binfmt support).
const EPUBCHECK_JAR: &str = "/usr/share/java/epubcheck.jar";

/// Runs EPUBCheck on the book; fails, saying how to install it, when it is missing.
fn epubcheck(bytes: &[u8], name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut command = if std::path::Path::new(EPUBCHECK_JAR).exists() {
        let mut java = Command::new("java");
        java.arg("-jar").arg(EPUBCHECK_JAR);
        java
    } else {
        Command::new("epubcheck")
    };
    let output = match command.arg(&path).output() {
        Ok(output) => output,
        Err(error) => panic!(
            "EPUBCheck could not run ({error}). Install it with `scripts/install-test-tools` \
             (Debian: `apt-get install -y epubcheck`)."
        ),
    };
    assert!(
        output.status.success(),
        "EPUBCheck refused {name}:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

async fn the_epub_is_valid_and_holds_the_photos(engine: Engine) {
    let Some(db) = TestDatabase::create(engine).await else {
        return;
    };
    let server = TestServer::start(&db, &[]).await;
    let people = writers(&db, &server).await;
    let id = a_small_guidebook(&server, &people).await;
    for lang in ["uk", "en"] {
        let response = reqwest::get(server.url(&format!("/guidebook.epub?lang={lang}")))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "application/epub+zip");
        let bytes = response.bytes().await.unwrap().to_vec();
        let names = names_in(&bytes);
        assert!(
            names.contains(&format!("OEBPS/images/{id}-320.jpg")),
            "{names:?}"
        );
        assert!(names.contains(&"OEBPS/nav.xhtml".to_owned()), "{names:?}");
        let opf = file_in(&bytes, "OEBPS/content.opf");
        assert!(opf.contains(&format!(">{lang}</dc:language>")), "{opf}");
        let nav = file_in(&bytes, "OEBPS/nav.xhtml");
        assert!(nav.contains("Accessible events"), "{nav}");
        let events = file_in(&bytes, "OEBPS/chapter-02.xhtml");
        assert!(
            events.contains(&format!("src=\"images/{id}-320.jpg\"")),
            "{events}"
        );
        assert!(!events.contains("/media/"), "no address outside the book");
        if lang == "uk" {
            let welcoming = file_in(&bytes, "OEBPS/chapter-01.xhtml");
            assert!(welcoming.contains("Як зустрічати новеньких"));
            assert!(
                events.contains("lang=\"en\""),
                "the untranslated chapter says its language"
            );
        }
        epubcheck(&bytes, &format!("guidebook-{lang}.epub"));
    }
}
