//! The board (`/c/{slug}/support`), the forms to post and change an offer or request, and its
//! page with what fits it, the "I can help" form and the report form.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::communities::{self, Community};
use domain::moderation::{self, NewReport, ReportInput, ReportReason};
use domain::support::{
    self, Action, Category, Kind, Language, Match, Status, SupportDraft, SupportId, SupportInput,
    SupportItem, Viewer,
};
use domain::{AppError, time};
use serde::Deserialize;

use super::api::{BoardQuery, parse_cursor};
use super::{SupportWords, item_path, match_reason};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/support", get(board).post(create))
        .route("/c/{slug}/support/new", get(new_form))
        .route("/c/{slug}/support/{id}", get(detail))
        .route(
            "/c/{slug}/support/{id}/edit",
            get(edit_form).post(save_edit),
        )
        .route("/c/{slug}/support/{id}/status", post(change_status))
        .route("/c/{slug}/support/{id}/answer", post(answer))
        .route("/c/{slug}/support/{id}/report", post(report))
}

/// How many offers and requests one page of the board shows.
const BOARD_PAGE: u32 = 20;

#[derive(Template)]
#[template(path = "support/board.html")]
struct BoardPage {
    page: PageContext,
    community: Community,
    items: Vec<SupportItem>,
    query: BoardQuery,
    errors: FormErrors,
    /// The address of the next page, when there is one.
    next: Option<String>,
}

impl BoardPage {
    fn categories(&self) -> &'static [Category] {
        Category::ALL
    }

    fn languages(&self) -> &'static [Language] {
        Language::ALL
    }

    fn chosen<'a>(&self, value: Option<&'a String>) -> &'a str {
        value.map_or("", String::as_str)
    }
}

async fn board(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<BoardQuery>,
    Query(cursor): Query<CursorQuery>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let viewer = support::viewer_in(&state.db, community.id, &signed_in.account).await?;
    let (filter, errors) = match query.filter() {
        Ok(filter) => (filter, FormErrors::default()),
        Err(error) => (
            domain::support::BoardFilter::default(),
            FormErrors::from_error(&error, page.locale).unwrap_or_default(),
        ),
    };
    let after = parse_cursor(cursor.cursor.as_deref())?;
    let found = support::board(
        &state.db,
        &community,
        &viewer,
        &filter,
        after,
        BOARD_PAGE,
        time::now(),
    )
    .await?;
    let next = found.next.map(|cursor| {
        let mut pairs = query.pairs();
        pairs.push(("cursor", cursor.encode()));
        format!(
            "/c/{}/support?{}",
            community.slug,
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    Ok(render(&BoardPage {
        page,
        community,
        items: found.items,
        query,
        errors,
        next,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CursorQuery {
    cursor: Option<String>,
}

impl BoardQuery {
    /// The filters as query pairs, to keep them on the next page's link.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("kind", &self.kind),
            ("category", &self.category),
            ("language", &self.language),
            ("q", &self.q),
            ("status", &self.status),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.clone().map(|value| (name, value)))
        .filter(|(_, value)| !value.is_empty())
        .collect()
    }
}

/// The form to post or change an offer or request, with what was typed.
#[derive(Template)]
#[template(path = "support/form.html")]
struct SupportForm {
    page: PageContext,
    community: Community,
    errors: FormErrors,
    /// Set when changing an existing item.
    editing: Option<SupportItem>,
    values: FormValues,
}

impl SupportForm {
    fn categories(&self) -> &'static [Category] {
        Category::ALL
    }

    fn languages(&self) -> &'static [Language] {
        Language::ALL
    }

    fn statuses(&self) -> &'static [Status] {
        Status::ALL
    }

    fn speaks(&self, language: &Language) -> bool {
        self.values
            .languages
            .iter()
            .any(|code| code == language.name())
    }

    fn title(&self) -> String {
        self.page
            .t(match (&self.editing, self.values.kind.as_str()) {
                (Some(_), _) => "support-edit-title",
                (None, "offer") => "support-offer",
                (None, _) => "support-ask",
            })
    }

    fn action(&self) -> String {
        match &self.editing {
            Some(item) => format!("{}/edit", item_path(item)),
            None => format!("/c/{}/support", self.community.slug),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct FormValues {
    kind: String,
    category: String,
    title: String,
    body: String,
    languages: Vec<String>,
    area: String,
    /// `yes`, `no`, or empty to leave it to the rule.
    sensitive: String,
    expires_on: String,
    status: String,
}

impl FormValues {
    fn of(item: &SupportItem) -> Self {
        Self {
            kind: item.kind.name().to_owned(),
            category: item.category.name().to_owned(),
            title: item.title.clone(),
            body: item.body.clone(),
            languages: item.languages.iter().map(|l| l.name().to_owned()).collect(),
            area: item.area.clone(),
            sensitive: if item.sensitive { "yes" } else { "no" }.to_owned(),
            expires_on: item
                .expires_on()
                .map(|date| date.to_string())
                .unwrap_or_default(),
            status: item.status.name().to_owned(),
        }
    }

    fn draft(&self) -> Result<SupportDraft, AppError> {
        let input = SupportInput {
            kind: &self.kind,
            category: &self.category,
            title: &self.title,
            body: &self.body,
            languages: self.languages.iter().map(String::as_str).collect(),
            area: &self.area,
            sensitive: match self.sensitive.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            expires_on: &self.expires_on,
        };
        SupportDraft::parse(&input, time::now().date_naive())
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewQuery {
    kind: String,
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<NewQuery>,
) -> Result<Response, Failure> {
    let community = member_community(&state, &signed_in, &slug).await?;
    let kind = Kind::parse(&query.kind).unwrap_or(Kind::Request);
    Ok(render(&SupportForm {
        page,
        community,
        errors: FormErrors::default(),
        editing: None,
        values: FormValues {
            kind: kind.name().to_owned(),
            ..FormValues::default()
        },
    }))
}

/// The community, when the signed-in person is one of its members: 403 otherwise.
async fn member_community(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<Community, AppError> {
    let community = communities::community(&state.db, slug).await?;
    let viewer = support::viewer_in(&state.db, community.id, &signed_in.account).await?;
    if viewer.is_member() {
        Ok(community)
    } else {
        Err(AppError::Forbidden(domain::Message::new(
            "error-members-only",
        )))
    }
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(values): PageForm<FormValues>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let viewer = support::viewer_in(&state.db, community.id, &signed_in.account).await?;
    let created = match values.draft() {
        Ok(draft) => support::create(&state.db, &community, &viewer, &draft, time::now()).await,
        Err(error) => Err(error),
    };
    Ok(match created {
        Ok(item) => see_other(&format!("{}?posted=1", item_path(&item))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&SupportForm {
                page,
                community,
                errors,
                editing: None,
                values,
            })
        }),
    })
}

/// The item at `/c/{slug}/support/{id}` as the signed-in person may see it.
async fn item_in(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
    id: &str,
) -> Result<(Community, SupportItem, Viewer), AppError> {
    let id = SupportId::parse(id).ok_or(AppError::NotFound)?;
    let (item, viewer) = support::find(&state.db, &signed_in.account, id).await?;
    if item.community_slug != slug {
        return Err(AppError::NotFound);
    }
    let community = communities::community(&state.db, slug).await?;
    Ok((community, item, viewer))
}

#[derive(Template)]
#[template(path = "support/detail.html")]
struct DetailPage {
    page: PageContext,
    community: Community,
    item: SupportItem,
    matches: Vec<Match>,
    can_edit: bool,
    can_close: bool,
    can_answer: bool,
    is_active: bool,
    notice: String,
    answer_errors: FormErrors,
    message: String,
    report_errors: FormErrors,
}

impl DetailPage {
    fn reason(&self, found: &Match) -> String {
        match_reason(self.page.locale, found)
    }

    fn reasons(&self) -> &'static [ReportReason] {
        ReportReason::ALL
    }

    fn match_path(&self, found: &Match) -> String {
        item_path(&found.item)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DetailQuery {
    posted: Option<String>,
    saved: Option<String>,
    reported: Option<String>,
}

impl DetailPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        slug: &str,
        id: &str,
    ) -> Result<Self, AppError> {
        let (community, item, viewer) = item_in(state, signed_in, slug, id).await?;
        let now = time::now();
        let matches = support::matches(&state.db, &viewer, &item, now).await?;
        Ok(Self {
            page,
            community,
            can_edit: support::can(&viewer, Action::Edit, &item),
            can_close: support::can(&viewer, Action::Close, &item),
            can_answer: support::can(&viewer, Action::Answer, &item),
            is_active: item.is_active(now),
            item,
            matches,
            notice: String::new(),
            answer_errors: FormErrors::default(),
            message: String::new(),
            report_errors: FormErrors::default(),
        })
    }
}

async fn detail(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, Failure> {
    let mut detail = DetailPage::load(&state, page, &signed_in, &slug, &id).await?;
    let notice = if query.posted.is_some() {
        "support-notice-posted"
    } else if query.saved.is_some() {
        "support-notice-saved"
    } else if query.reported.is_some() {
        "report-notice-filed"
    } else {
        ""
    };
    if !notice.is_empty() {
        detail.notice = detail.page.t(notice);
    }
    Ok(render(&detail))
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, item, viewer) = item_in(&state, &signed_in, &slug, &id).await?;
    if !support::can(&viewer, Action::Edit, &item) {
        return Err(AppError::forbidden().into());
    }
    Ok(render(&SupportForm {
        page,
        community,
        errors: FormErrors::default(),
        values: FormValues::of(&item),
        editing: Some(item),
    }))
}

async fn save_edit(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(mut values): PageForm<FormValues>,
) -> Result<Response, Failure> {
    let (community, item, _) = item_in(&state, &signed_in, &slug, &id).await?;
    values.kind = item.kind.name().to_owned();
    let saved = match (values.draft(), Status::parse(&values.status)) {
        (Ok(draft), Ok(status)) => {
            support::edit(
                &state.db,
                &signed_in.account,
                item.id,
                &draft,
                status,
                time::now(),
            )
            .await
        }
        (Err(error), _) => Err(error),
        (_, Err(message)) => Err(AppError::invalid("status", message)),
    };
    Ok(match saved {
        Ok(item) => see_other(&format!("{}?saved=1", item_path(&item))),
        Err(error) => form_failure(error, &page.clone(), |errors| {
            render(&SupportForm {
                page,
                community,
                errors,
                editing: Some(item),
                values,
            })
        }),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StatusForm {
    status: String,
}

async fn change_status(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<StatusForm>,
) -> Result<Response, Failure> {
    let (_, item, _) = item_in(&state, &signed_in, &slug, &id).await?;
    let status = Status::parse(&form.status).map_err(|m| AppError::invalid("status", m))?;
    let item =
        support::set_status(&state.db, &signed_in.account, item.id, status, time::now()).await?;
    Ok(see_other(&format!("{}?saved=1", item_path(&item))))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AnswerForm {
    message: String,
}

async fn answer(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<AnswerForm>,
) -> Result<Response, Failure> {
    let (_, item, _) = item_in(&state, &signed_in, &slug, &id).await?;
    let answered = support::answer(
        &state.db,
        &signed_in.account,
        item.id,
        &form.message,
        state.config.unread_reminder_after,
        time::now(),
    )
    .await;
    match answered {
        Ok(conversation) => Ok(see_other(&format!("/conversations/{}", conversation.id))),
        Err(error) => {
            let mut detail = DetailPage::load(&state, page.clone(), &signed_in, &slug, &id).await?;
            Ok(form_failure(error, &page, |errors| {
                detail.answer_errors = errors;
                detail.message = form.message;
                render(&detail)
            }))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct ReportForm {
    pub reason: String,
    pub note: String,
}

async fn report(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ReportForm>,
) -> Result<Response, Failure> {
    let (_, item, _) = item_in(&state, &signed_in, &slug, &id).await?;
    let target_id = item.id.to_string();
    let input = ReportInput {
        target_type: "support",
        target_id: &target_id,
        reason: &form.reason,
        note: &form.note,
        community: "",
    };
    let filed = match NewReport::parse(&input) {
        Ok(report) => moderation::report(&state.db, &signed_in.account, &report, time::now())
            .await
            .map(|_| ()),
        Err(error) => Err(error),
    };
    match filed {
        Ok(()) => Ok(see_other(&format!("{}?reported=1", item_path(&item)))),
        Err(error) => {
            let mut detail = DetailPage::load(&state, page.clone(), &signed_in, &slug, &id).await?;
            Ok(form_failure(error, &page, |errors| {
                detail.report_errors = errors;
                render(&detail)
            }))
        }
    }
}

impl SupportWords for BoardPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl SupportWords for SupportForm {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl SupportWords for DetailPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
