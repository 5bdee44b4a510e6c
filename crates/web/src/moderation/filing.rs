//! Filing a report from any page: the form of `templates/moderation/report_form.html` posts
//! here (`/c/{slug}/reports`) with what it is about and the address of the page it was on.
//! A report that cannot be filed comes back on a page of its own with the errors; a filed one
//! is thanked for, with a link back.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::communities::{self, Community};
use domain::moderation::{self, NewReport, ReportInput, ReportReason};
use domain::time;
use serde::Deserialize;

use super::{ModerationWords, report_reasons, shown_in};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, safe_next, see_other, urlencode};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/reports", post(file))
        .route("/c/{slug}/reports/new", get(new_form))
        .route("/c/{slug}/reports/filed", get(filed))
}

/// What a report form sends; `back` is the page it was on.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct ReportForm {
    target_type: String,
    target_id: String,
    reason: String,
    note: String,
    back: String,
}

#[derive(Template)]
#[template(path = "moderation/file_report.html")]
struct FilingPage {
    page: PageContext,
    community: Community,
    values: ReportForm,
    errors: FormErrors,
    filed: bool,
}

impl FilingPage {
    fn reasons(&self) -> &'static [ReportReason] {
        report_reasons()
    }

    fn back(&self) -> String {
        safe_next(Some(&self.values.back))
    }
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    _: SignedIn,
    Path(slug): Path<String>,
    Query(values): Query<ReportForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    Ok(render(&FilingPage {
        page,
        community,
        values,
        errors: FormErrors::default(),
        filed: false,
    }))
}

async fn file(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<ReportForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let input = ReportInput {
        target_type: &values.target_type,
        target_id: &values.target_id,
        reason: &values.reason,
        note: &values.note,
        // A person is reported to the community whose page the form was on.
        community: if values.target_type == "account" {
            &slug
        } else {
            ""
        },
    };
    let filed = match NewReport::parse(&input) {
        Ok(report) => moderation::report(&state.db, &signed_in.account, &report, time::now())
            .await
            .map(|_| ()),
        Err(error) => Err(error),
    };
    match filed {
        Ok(()) => Ok(see_other(&format!(
            "/c/{slug}/reports/filed?back={}",
            urlencode(&safe_next(Some(&values.back)))
        ))),
        Err(error) => Ok(form_failure(error, &page.clone(), |errors| {
            render(&FilingPage {
                page,
                community,
                values,
                errors: shown_in(errors, &["reason", "note"]),
                filed: false,
            })
        })),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct FiledQuery {
    back: String,
}

async fn filed(
    State(state): State<AppState>,
    page: PageContext,
    _: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<FiledQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    Ok(render(&FilingPage {
        page,
        community,
        values: ReportForm {
            back: query.back,
            ..ReportForm::default()
        },
        errors: FormErrors::default(),
        filed: true,
    }))
}

impl ModerationWords for FilingPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

#[cfg(test)]
mod tests {
    use askama::Template;
    use domain::Locale;

    use crate::page::{Display, PageContext};

    /// A page that shows the report form for a comment, as a feature's template would.
    #[derive(Template)]
    #[template(
        source = r#"{% import "moderation/report_form.html" as moderation %}{% call moderation::report_form(page, "wawer", "comment", "c1", "/c/wawer/initiatives/i1") %}{% endcall %}"#,
        ext = "html"
    )]
    struct WithReportForm {
        page: PageContext,
    }

    #[test]
    fn the_report_form_posts_what_it_is_about_with_the_token() {
        let page = PageContext {
            locale: Locale::En,
            account: None,
            session_id: None,
            csrf_token: "token".to_owned(),
            path: "/c/wawer/initiatives/i1".to_owned(),
            query: String::new(),
            display: Display::default(),
            memberships: Vec::new(),
            unread: 0,
            helper: None,
            theme: None,
        };
        let html = WithReportForm { page }.render().unwrap();
        for expected in [
            r#"action="/c/wawer/reports""#,
            r#"name="csrf_token" value="token""#,
            r#"name="target_type" value="comment""#,
            r#"name="target_id" value="c1""#,
            r#"name="back" value="/c/wawer/initiatives/i1""#,
            r#"id="reason-c1-spam""#,
            r#"<label for="note-c1">"#,
        ] {
            assert!(html.contains(expected), "{expected} in {html}");
        }
    }
}
