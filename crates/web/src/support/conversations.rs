//! A person's private conversations: the list (`/conversations`), one conversation with its
//! reply form, a report form on each message of the other person, and the form that records
//! an exchange of time with them.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::moderation::{self, NewReport, ReportInput, ReportReason};
use domain::support::{
    self, ChatMessage, Conversation, ConversationId, ConversationStore as _, ConversationSummary,
    MessageId,
};
use domain::{AppError, time};
use serde::Deserialize;

use super::SupportWords;
use super::pages::ReportForm;
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/conversations", get(list))
        .route("/conversations/{id}", get(show))
        .route("/conversations/{id}/messages", post(send))
        .route(
            "/conversations/{id}/messages/{message_id}/report",
            post(report),
        )
}

#[derive(Template)]
#[template(path = "support/conversations.html")]
struct ListPage {
    page: PageContext,
    conversations: Vec<ConversationSummary>,
}

impl ListPage {
    fn other_name(&self, conversation: &Conversation) -> String {
        let me = self.page.account.as_ref().map(|a| a.id);
        me.map_or_else(String::new, |me| {
            self.person(&conversation.other_than(me).name)
        })
    }
}

async fn list(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
) -> Result<Response, Failure> {
    let conversations = state.db.conversations_of(signed_in.account.id).await?;
    Ok(render(&ListPage {
        page,
        conversations,
    }))
}

#[derive(Template)]
#[template(path = "support/conversation.html")]
struct ConversationPage {
    page: PageContext,
    conversation: Conversation,
    messages: Vec<ChatMessage>,
    /// False for a moderator reading because of a report.
    is_member: bool,
    errors: FormErrors,
    body: String,
    report_errors: FormErrors,
    /// The message whose report form failed: it opens, with the errors, and its fields take the
    /// ids the error summary links to.
    report_failed_for: Option<MessageId>,
    notice: String,
}

impl ConversationPage {
    fn report_failed(&self, message: &ChatMessage) -> bool {
        self.report_failed_for == Some(message.id)
    }

    fn note_id(&self, message: &ChatMessage) -> String {
        if self.report_failed(message) {
            "note".to_owned()
        } else {
            format!("note-{}", message.id)
        }
    }

    fn other_name(&self) -> String {
        let me = self.page.account.as_ref().map(|a| a.id);
        me.map_or_else(String::new, |me| {
            self.person(&self.conversation.other_than(me).name)
        })
    }

    fn other_id(&self) -> String {
        let me = self.page.account.as_ref().map(|a| a.id);
        me.map_or_else(String::new, |me| {
            self.conversation.other_than(me).id.to_string()
        })
    }

    fn is_mine(&self, message: &ChatMessage) -> bool {
        self.page
            .account
            .as_ref()
            .is_some_and(|account| account.id == message.sender.id)
    }

    fn reasons(&self) -> &'static [ReportReason] {
        ReportReason::ALL
    }

    /// The page of the offer or request it is about, or of the other person for a direct one.
    fn about_path(&self) -> String {
        match &self.conversation.about {
            Some(about) => format!(
                "/c/{}/support/{}",
                self.conversation.community_slug, about.id
            ),
            None => format!(
                "/c/{}/people/{}",
                self.conversation.community_slug,
                self.other_id()
            ),
        }
    }

    /// The offer or request it is about, as the exchange form sends it (none for a direct one).
    fn about_id(&self) -> String {
        self.conversation
            .about
            .as_ref()
            .map_or_else(String::new, |about| about.id.to_string())
    }

    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        id: &str,
    ) -> Result<Self, AppError> {
        let id = ConversationId::parse(id).ok_or(AppError::NotFound)?;
        let (conversation, messages) =
            support::open_conversation(&state.db, &signed_in.account, id, time::now()).await?;
        Ok(Self {
            page,
            is_member: conversation.has_member(signed_in.account.id),
            conversation,
            messages,
            errors: FormErrors::default(),
            body: String::new(),
            report_errors: FormErrors::default(),
            report_failed_for: None,
            notice: String::new(),
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShowQuery {
    reported: Option<String>,
    proposed: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<ShowQuery>,
) -> Result<Response, Failure> {
    let mut shown = ConversationPage::load(&state, page, &signed_in, &id).await?;
    // Reading a conversation clears its unread messages from the header's count too.
    shown.page.unread = state.db.unread_total(signed_in.account.id).await?;
    if query.reported.is_some() {
        shown.notice = shown.page.t("report-notice-filed");
    } else if query.proposed.is_some() {
        shown.notice = shown.page.t("timebank-notice-proposed");
    }
    Ok(render(&shown))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MessageForm {
    body: String,
}

async fn send(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
    PageForm(form): PageForm<MessageForm>,
) -> Result<Response, Failure> {
    let conversation = ConversationId::parse(&id).ok_or(AppError::NotFound)?;
    let sent = support::send(
        &state.db,
        &signed_in.account,
        conversation,
        &form.body,
        state.config.unread_reminder_after,
        time::now(),
    )
    .await;
    match sent {
        Ok((_, message)) => Ok(see_other(&format!(
            "/conversations/{conversation}#message-{}",
            message.id
        ))),
        Err(error) => {
            let mut shown = ConversationPage::load(&state, page.clone(), &signed_in, &id).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.errors = errors;
                shown.body = form.body;
                render(&shown)
            }))
        }
    }
}

async fn report(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((id, message_id)): Path<(String, String)>,
    PageForm(form): PageForm<ReportForm>,
) -> Result<Response, Failure> {
    let input = ReportInput {
        target_type: "message",
        target_id: &message_id,
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
        Ok(()) => Ok(see_other(&format!("/conversations/{id}?reported=1"))),
        Err(error) => {
            let mut shown = ConversationPage::load(&state, page.clone(), &signed_in, &id).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.report_errors = errors;
                shown.report_failed_for = MessageId::parse(&message_id);
                render(&shown)
            }))
        }
    }
}

impl SupportWords for ListPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl SupportWords for ConversationPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}
