//! Markdown that people write (initiatives, budget rules, projects) as safe HTML: pulldown-cmark
//! renders it, ammonia keeps only harmless tags and attributes. Raw HTML in the text is shown as
//! text, never run.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

const OPTIONS: Options = Options::ENABLE_STRIKETHROUGH.union(Options::ENABLE_TABLES);

/// The HTML of `text`, safe to put in a page as it is.
pub fn to_safe_html(text: &str) -> String {
    to_safe_html_with_images(text, |source| Some(source.to_owned()))
}

/// The addresses of the images in `text`, in order.
pub fn image_sources(text: &str) -> Vec<String> {
    Parser::new_ext(text, OPTIONS)
        .filter_map(|event| match event {
            Event::Start(Tag::Image { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect()
}

/// Like `to_safe_html`, with each image's address changed by `source` (an e-book points at its
/// own copies); an image it gives no address for is left as its alt text.
pub fn to_safe_html_with_images(text: &str, source: impl Fn(&str) -> Option<String>) -> String {
    let mut dropping = false;
    let parser = Parser::new_ext(text, OPTIONS).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => match source(&dest_url) {
            Some(dest_url) => Some(Event::Start(Tag::Image {
                link_type,
                dest_url: dest_url.into(),
                title,
                id,
            })),
            None => {
                dropping = true;
                None
            }
        },
        Event::End(TagEnd::Image) if dropping => {
            dropping = false;
            None
        }
        other => Some(other),
    });
    let mut unsafe_html = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("nofollow noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into())
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::{image_sources, to_safe_html, to_safe_html_with_images};

    #[test]
    fn markdown_becomes_html() {
        let html = to_safe_html("A **bench** for [the park](https://example.org).\n\n- one\n- two");
        assert!(html.contains("<strong>bench</strong>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://example.org" rel="nofollow noopener noreferrer">"#),
            "{html}"
        );
        assert!(html.contains("<li>two</li>"), "{html}");
    }

    #[test]
    fn images_can_point_elsewhere_or_become_their_alt_text() {
        let text = "![A ramp](/media/a/640.jpg) and ![gone](/media/b/640.jpg)";
        assert_eq!(
            image_sources(text),
            ["/media/a/640.jpg", "/media/b/640.jpg"]
        );
        let html = to_safe_html_with_images(text, |source| {
            (source == "/media/a/640.jpg").then(|| "images/a.jpg".to_owned())
        });
        assert!(
            html.contains(r#"<img src="images/a.jpg" alt="A ramp">"#),
            "{html}"
        );
        assert!(html.contains("and gone"), "{html}");
        assert!(!html.contains("/media/b"), "{html}");
    }

    #[test]
    fn scripts_and_raw_html_never_run() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
