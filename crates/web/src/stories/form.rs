//! Telling a story and correcting it: one form, sent as `multipart/form-data` with its photo,
//! that works from the keyboard alone and without script. The text is checked before the photo
//! is processed, so a form sent back with errors has stored nothing.

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use domain::communities::{self, Community, Participant};
use domain::media::{self, FORM_FIELDS, PhotoChange};
use domain::stories::{self, Story, StoryDraft, StoryInput};
use domain::{AppError, time};
use serde::Deserialize;

use super::{story_in, story_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::media::{FormPhoto, Photo, PhotoForm, UPLOAD_BODY_LIMIT};
use crate::page::{PageContext, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/c/{slug}/stories",
            get(super::pages::list)
                .post(create)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/c/{slug}/stories/new", get(new_form))
        .route(
            "/c/{slug}/stories/{id}/edit",
            get(edit_form)
                .post(save)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct StoryValues {
    title: String,
    body: String,
    /// Between commas.
    tags: String,
    audience: String,
}

impl StoryValues {
    fn of(story: &Story) -> Self {
        Self {
            title: story.title.clone(),
            body: story.body.clone(),
            tags: story.tags.join(", "),
            audience: story.audience.name().to_owned(),
        }
    }

    fn parse(&self) -> Result<StoryDraft, AppError> {
        StoryDraft::parse(&StoryInput {
            title: &self.title,
            body: &self.body,
            tags: stories::split_tags(&self.tags),
            audience: &self.audience,
        })
    }

    fn members_only(&self) -> bool {
        self.audience == "members"
    }
}

#[derive(Template)]
#[template(path = "stories/form.html")]
struct StoryForm {
    page: PageContext,
    community: Community,
    /// The story being corrected, or none for a new one.
    story: Option<Story>,
    errors: FormErrors,
    values: StoryValues,
    alt: String,
    /// A file was chosen but not kept, as the form had errors.
    choose_again: bool,
}

impl StoryForm {
    fn new(page: PageContext, community: Community, story: Option<Story>) -> Self {
        let values = story.as_ref().map(StoryValues::of).unwrap_or_default();
        let alt = story
            .as_ref()
            .and_then(|story| story.picture.as_ref())
            .map(|picture| picture.alt.clone())
            .unwrap_or_default();
        Self {
            page,
            community,
            story,
            errors: FormErrors::default(),
            values,
            alt,
            choose_again: false,
        }
    }

    fn action(&self) -> String {
        self.story.as_ref().map_or_else(
            || format!("/c/{}/stories", self.community.slug),
            |story| format!("{}/edit", story_path(story)),
        )
    }

    fn heading(&self) -> String {
        self.page.t(if self.story.is_some() {
            "story-edit"
        } else {
            "story-new"
        })
    }

    fn back(&self) -> String {
        self.story
            .as_ref()
            .map_or_else(|| format!("/c/{}/stories", self.community.slug), story_path)
    }

    fn photo(&self) -> Option<Photo> {
        self.story
            .as_ref()
            .and_then(|story| story.picture.as_ref())
            .map(Photo::thumbnail)
    }

    fn has_photo(&self) -> bool {
        self.photo().is_some()
    }

    fn members_only(&self) -> bool {
        self.values.members_only()
    }
}

async fn member_in(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
) -> Result<(Community, Participant), AppError> {
    let community = communities::community(&state.db, slug).await?;
    let participant =
        communities::participant_in(&state.db, community.id, Some(&signed_in.account)).await?;
    participant.member()?;
    Ok((community, participant))
}

/// The form again with the errors, or on to the story.
fn outcome(
    mut form: StoryForm,
    values: StoryValues,
    photo: &FormPhoto,
    done: Result<(Story, &'static str), AppError>,
) -> Response {
    match done {
        Ok((story, done)) => see_other(&format!("{}?done={done}", story_path(&story))),
        Err(error) => {
            let page = form.page.clone();
            let too_large = photo.too_large()
                && matches!(&error, AppError::Validation(errors) if errors.for_field(FORM_FIELDS.file).is_some());
            form.values = values;
            form.alt.clone_from(&photo.alt);
            form.choose_again = photo.file.is_some();
            let mut response = form_failure(error, &page, |errors| {
                form.errors = errors;
                render(&form)
            });
            if too_large {
                *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            }
            response
        }
    }
}

async fn new_form(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (community, _) = member_in(&state, &signed_in, &slug).await?;
    Ok(render(&StoryForm::new(page, community, None)))
}

async fn create(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PhotoForm(values, photo): PhotoForm<StoryValues>,
) -> Result<Response, Failure> {
    let (community, participant) = member_in(&state, &signed_in, &slug).await?;
    let done = async {
        let draft = values.parse()?;
        let image = photo.save(&state, signed_in.account.id).await?;
        let created = stories::create(
            &state.db,
            &community,
            &participant,
            &draft,
            image,
            time::now(),
        )
        .await;
        if let (Err(_), Some(image)) = (&created, image) {
            media::discard(&state.db, &state.media, image).await?;
        }
        Ok::<_, AppError>((created?, "created"))
    }
    .await;
    let form = StoryForm::new(page, community, None);
    Ok(outcome(form, values, &photo, done))
}

async fn edit_form(
    State(state): State<AppState>,
    page: PageContext,
    _signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let (community, story, participant) = story_in(&state, &page, &slug, &id).await?;
    stories::require_author(&participant, &story)?;
    Ok(render(&StoryForm::new(page, community, Some(story))))
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PhotoForm(values, photo): PhotoForm<StoryValues>,
) -> Result<Response, Failure> {
    let (community, story, participant) = story_in(&state, &page, &slug, &id).await?;
    stories::require_author(&participant, &story)?;
    let done = async {
        let draft = values.parse()?;
        let change = if photo.file.is_some() {
            match photo.save(&state, signed_in.account.id).await? {
                Some(image) => PhotoChange::Set(image),
                None => PhotoChange::Keep,
            }
        } else if photo.remove {
            PhotoChange::Remove
        } else {
            if let Some(picture) = &story.picture
                && photo.alt.trim() != picture.alt
            {
                media::set_alt(&state.db, picture.id, &photo.alt, FORM_FIELDS.alt).await?;
            }
            PhotoChange::Keep
        };
        let saved = stories::update(
            &state.db,
            &state.media,
            &participant,
            &story,
            &draft,
            change,
            time::now(),
        )
        .await;
        if let (Err(_), PhotoChange::Set(image)) = (&saved, change) {
            media::discard(&state.db, &state.media, image).await?;
        }
        Ok::<_, AppError>((saved?, "saved"))
    }
    .await;
    let form = StoryForm::new(page, community, Some(story));
    Ok(outcome(form, values, &photo, done))
}
