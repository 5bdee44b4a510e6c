//! The conversations API: starting one from an offer or request, and reading and writing in it.
//! Reports on messages go to `POST /reports` (see `moderation::api`).

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::accounts::AccountId;
use domain::support::{
    self, ChatMessage, Conversation, ConversationId, ConversationStore as _, ConversationSummary,
};
use domain::{AppError, time};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{PersonBody, support_id};
use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(start_conversation))
        .routes(routes!(my_conversations))
        .routes(routes!(get_conversation))
        .routes(routes!(send_message))
}

/// A conversation as one of its two people sees it.
#[derive(Serialize, ToSchema)]
pub struct ConversationBody {
    id: String,
    community: String,
    /// The offer or request it is about; null for a direct conversation, started from a
    /// person's page in the community.
    support_id: Option<String>,
    /// The title of the offer or request it is about; null for a direct conversation.
    about: Option<String>,
    /// The other person.
    with: PersonBody,
    messages: Vec<MessageBody>,
    created_at: String,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct MessageBody {
    id: String,
    from: PersonBody,
    /// Empty for the two people when a moderator removed the message.
    body: String,
    /// Removed by a moderator after a report.
    hidden: bool,
    created_at: String,
}

impl MessageBody {
    fn new(message: &ChatMessage) -> Self {
        Self {
            id: message.id.to_string(),
            from: PersonBody::new(&message.sender),
            body: message.body.clone(),
            hidden: message.hidden,
            created_at: message.created_at.to_rfc3339(),
        }
    }
}

impl ConversationBody {
    pub(crate) fn new(
        state: &AppState,
        me: AccountId,
        conversation: &Conversation,
        messages: &[ChatMessage],
    ) -> Self {
        Self {
            id: conversation.id.to_string(),
            community: conversation.community_slug.clone(),
            support_id: conversation
                .about
                .as_ref()
                .map(|about| about.id.to_string()),
            about: conversation.about.as_ref().map(|about| about.title.clone()),
            with: PersonBody::new(conversation.other_than(me)),
            messages: messages.iter().map(MessageBody::new).collect(),
            created_at: conversation.created_at.to_rfc3339(),
            url: state
                .config
                .url(&format!("/conversations/{}", conversation.id)),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct FirstMessageBody {
    #[schema(min_length = 1, max_length = 4000)]
    message: String,
}

/// "I can help" / "I need this": start a private conversation with the author. When the caller
/// already has one about it, the message is added to it (still 201: the message is new). 409
/// when the item is no longer open; 422 on one's own item.
#[utoipa::path(post, path = "/support/{id}/conversations", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = FirstMessageBody,
    responses((status = 201, body = ConversationBody), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn start_conversation(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<FirstMessageBody>,
) -> Result<Response, Failure> {
    let now = time::now();
    let conversation = support::answer(
        &state.db,
        &signed_in.account,
        support_id(&id)?,
        &body.message,
        state.config.unread_reminder_after,
        now,
    )
    .await?;
    let messages = state.db.messages(conversation.id).await?;
    Ok(created(ConversationBody::new(
        &state,
        signed_in.account.id,
        &conversation,
        &messages,
    )))
}

/// A conversation in the caller's list.
#[derive(Serialize, ToSchema)]
pub struct ConversationSummaryBody {
    id: String,
    community: String,
    /// The title of the offer or request it is about; null for a direct conversation.
    about: Option<String>,
    with: PersonBody,
    /// Messages the caller has not read yet.
    unread: i64,
    last_message_at: String,
    url: String,
}

/// The caller's conversations, the latest message first.
#[utoipa::path(get, path = "/conversations", tag = "support", security(("bearer" = [])), params(ListQuery),
    responses((status = 200, body = ListPage<ConversationSummaryBody>), (status = 401, body = Problem), (status = 422, body = Problem)))]
async fn my_conversations(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ConversationSummaryBody>>, Failure> {
    let me = signed_in.account.id;
    let summaries = state.db.conversations_of(me).await?;
    let items = summaries
        .iter()
        .map(
            |ConversationSummary {
                 conversation,
                 unread,
             }| ConversationSummaryBody {
                id: conversation.id.to_string(),
                community: conversation.community_slug.clone(),
                about: conversation.about.as_ref().map(|about| about.title.clone()),
                with: PersonBody::new(conversation.other_than(me)),
                unread: *unread,
                last_message_at: conversation.last_message_at.to_rfc3339(),
                url: state
                    .config
                    .url(&format!("/conversations/{}", conversation.id)),
            },
        )
        .collect();
    Ok(Json(ListPage::of_short_list(items, &list)?))
}

fn conversation_id(text: &str) -> Result<ConversationId, AppError> {
    ConversationId::parse(text).ok_or(AppError::NotFound)
}

/// A conversation with its messages; reading it marks it read. 404 for anyone but its two
/// people (and a moderator while a report on one of its messages is open).
#[utoipa::path(get, path = "/conversations/{id}", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ConversationBody), (status = 401, body = Problem), (status = 404, body = Problem)))]
async fn get_conversation(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<ConversationBody>, Failure> {
    let (conversation, messages) = support::open_conversation(
        &state.db,
        &signed_in.account,
        conversation_id(&id)?,
        time::now(),
    )
    .await?;
    Ok(Json(ConversationBody::new(
        &state,
        signed_in.account.id,
        &conversation,
        &messages,
    )))
}

#[derive(Deserialize, ToSchema)]
pub struct NewMessageBody {
    #[schema(min_length = 1, max_length = 4000)]
    body: String,
}

/// Write in a conversation (its two people only). 409 when the other person erased their account.
#[utoipa::path(post, path = "/conversations/{id}/messages", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewMessageBody,
    responses((status = 201, body = MessageBody), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn send_message(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewMessageBody>,
) -> Result<Response, Failure> {
    let (_, message) = support::send(
        &state.db,
        &signed_in.account,
        conversation_id(&id)?,
        &body.body,
        state.config.unread_reminder_after,
        time::now(),
    )
    .await?;
    Ok(created(MessageBody::new(&message)))
}
