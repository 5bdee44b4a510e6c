//! Stories on the web: the list with its tag links and word search, a story's page with its
//! photo and comments, deleting one (`pages`), telling and correcting one in a form that carries
//! its photo (`form`), and the JSON API (`api`).

pub mod api;
mod form;
mod pages;

use axum::Router;
use domain::AppError;
use domain::communities::{self, Community, Participant};
use domain::stories::{self, Audience, Story, StoryId};

use crate::page::PageContext;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router().merge(form::router())
}

/// The page of a story.
pub fn story_path(story: &Story) -> String {
    format!("/c/{}/stories/{}", story.community_slug, story.id)
}

/// The list of a community's stories with one tag.
pub fn tag_path(slug: &str, tag: &str) -> String {
    format!(
        "/c/{slug}/stories?{}",
        serde_urlencoded::to_string([("tag", tag)]).unwrap_or_default()
    )
}

/// The newest stories of a community that this reader may see (for the community's home).
pub async fn latest(
    state: &AppState,
    community: &Community,
    participant: &Participant,
    limit: u32,
) -> Result<Vec<Story>, AppError> {
    let filter = stories::StoryFilter::default();
    Ok(
        stories::list(&state.db, community, participant, &filter, None, limit)
            .await?
            .items,
    )
}

/// A story's photo as a thumbnail, for lists.
pub fn thumbnail(story: &Story) -> Option<crate::media::Photo> {
    story.picture.as_ref().map(crate::media::Photo::thumbnail)
}

/// The story at `/c/{slug}/stories/{id}` as this reader may see it, with the community and how
/// the reader stands in it.
pub(crate) async fn story_in(
    state: &AppState,
    page: &PageContext,
    slug: &str,
    id: &str,
) -> Result<(Community, Story, Participant), AppError> {
    let id = StoryId::parse(id).ok_or(AppError::NotFound)?;
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, page.account.as_ref()).await?;
    let story = stories::find(&state.db, &participant, id).await?;
    if story.community_id != community.id {
        return Err(AppError::NotFound);
    }
    Ok((community, story, participant))
}

/// The words a template needs about stories, in its page's language.
pub(crate) trait StoryWords {
    fn page(&self) -> &PageContext;

    fn author(&self, story: &Story) -> String {
        if story.author.name.is_empty() {
            self.page().t("person-former-member")
        } else {
            story.author.name.clone()
        }
    }

    fn day(&self, story: &Story) -> String {
        story.created_at.format("%Y-%m-%d").to_string()
    }

    fn audience_name(&self, audience: &Audience) -> String {
        self.page().t(match audience {
            Audience::Public => "story-audience-public",
            Audience::Members => "story-audience-members",
        })
    }

    fn tag_href(&self, story: &Story, tag: &str) -> String {
        tag_path(&story.community_slug, tag)
    }

    fn comments(&self, story: &Story) -> String {
        self.page().tn("story-comment-count", story.comment_count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_link_keeps_its_letters() {
        assert_eq!(
            tag_path("wawer", "ogród-sąsiedzki"),
            "/c/wawer/stories?tag=ogr%C3%B3d-s%C4%85siedzki"
        );
    }
}
