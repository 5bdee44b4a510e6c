//! Comments on the web, one mechanism for every kind of content: the form and threads that a
//! content page includes, editing and deleting (`pages`), and the JSON API (`api`).

pub mod api;
mod pages;
pub mod thread;

use axum::Router;
use domain::AppError;
use domain::accounts::Account;
use domain::comments::{Comment, CommentTarget, Commented};
use domain::communities::{self, Participant};
use domain::events::{self, EventId, EventStore as _};
use domain::initiatives::{self, InitiativeId, InitiativeStore};
use domain::stories::{self, StoryId, StoryStore as _};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
}

/// What a comment is on, if the reader may see it, and how the reader stands in its community.
pub async fn target(
    state: &AppState,
    account: Option<&Account>,
    target: CommentTarget,
    target_id: &str,
) -> Result<(Commented, Participant), AppError> {
    match target {
        CommentTarget::Initiative => {
            let id = InitiativeId::parse(target_id).ok_or(AppError::NotFound)?;
            let initiative = state.db.initiative(id).await?.ok_or(AppError::NotFound)?;
            let participant =
                communities::participant_in(&state.db, initiative.community_id, account).await?;
            let initiative = initiatives::visible_to(&participant, initiative)?;
            Ok((
                Commented {
                    community_id: initiative.community_id,
                    community_slug: initiative.community_slug,
                    target,
                    target_id: initiative.id.to_string(),
                },
                participant,
            ))
        }
        CommentTarget::Event => {
            let id = EventId::parse(target_id).ok_or(AppError::NotFound)?;
            let event = state.db.event(id).await?.ok_or(AppError::NotFound)?;
            let participant =
                communities::participant_in(&state.db, event.community_id, account).await?;
            let event = events::visible_to(&participant, event)?;
            Ok((
                Commented {
                    community_id: event.community_id,
                    community_slug: event.community_slug,
                    target,
                    target_id: event.id.to_string(),
                },
                participant,
            ))
        }
        CommentTarget::Story => {
            let id = StoryId::parse(target_id).ok_or(AppError::NotFound)?;
            let story = state.db.story(id).await?.ok_or(AppError::NotFound)?;
            let participant =
                communities::participant_in(&state.db, story.community_id, account).await?;
            let story = stories::visible_to(&participant, story)?;
            Ok((
                Commented {
                    community_id: story.community_id,
                    community_slug: story.community_slug,
                    target,
                    target_id: story.id.to_string(),
                },
                participant,
            ))
        }
    }
}

/// The page a comment stands on, at the comment itself.
pub fn comment_path(comment: &Comment) -> String {
    format!(
        "{}#comment-{}",
        target_path(&comment.community_slug, comment.target, &comment.target_id),
        comment.id
    )
}

/// The page of what comments are on.
pub fn target_path(slug: &str, target: CommentTarget, target_id: &str) -> String {
    let feature = match target {
        CommentTarget::Initiative => "initiatives",
        CommentTarget::Event => "events",
        CommentTarget::Story => "stories",
    };
    format!("/c/{slug}/{feature}/{target_id}")
}
