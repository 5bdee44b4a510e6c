//! Markdown that people write (initiatives, budget rules, projects) as safe HTML: pulldown-cmark
//! renders it, ammonia keeps only harmless tags and attributes. Raw HTML in the text is shown as
//! text, never run.

use pulldown_cmark::{Event, Options, Parser, html};

/// The HTML of `text`, safe to put in a page as it is.
pub fn to_safe_html(text: &str) -> String {
    let parser = Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES).map(
        |event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        },
    );
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
    use super::to_safe_html;

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
