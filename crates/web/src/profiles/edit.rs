//! One's own profile (`/account/profile`): a form without script, one fieldset per field with
//! its value and who may see it, and links to how the profile looks in each community.

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use domain::accounts::Account;
use domain::communities::{CommunityStore as _, Membership};
use domain::media::PhotoChange;
use domain::media::{self, FORM_FIELDS, Picture};
use domain::profiles::{
    self, Field, LANGUAGES_MAX, Level, Profile, ProfileInput, ProfileStore as _, SKILLS_MAX, Skill,
    SpokenLanguage, Visibility,
};
use domain::{AppError, time};
use serde::Deserialize;

use super::{ProfileWords, person_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::media::{FormPhoto, Photo, PhotoForm, UPLOAD_BODY_LIMIT};
use crate::page::{PageContext, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new().route(
        "/account/profile",
        get(show)
            .post(save)
            .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
    )
}

/// Empty rows the form offers for one more language and a few more skills.
const SPARE_LANGUAGES: usize = 2;
const SPARE_SKILLS: usize = 3;

/// The form as submitted: rows of language and level, and one field per skill.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct ProfileForm {
    display_name: String,
    bio: String,
    bio_visibility: String,
    story: String,
    story_visibility: String,
    language: Vec<String>,
    level: Vec<String>,
    languages_visibility: String,
    skill: Vec<String>,
    skills_visibility: String,
    avatar_visibility: String,
}

impl ProfileForm {
    fn of(profile: &Profile) -> Self {
        Self {
            display_name: profile.display_name.clone(),
            bio: profile.bio.clone(),
            bio_visibility: profile.visibility.bio.name().to_owned(),
            story: profile.story.clone(),
            story_visibility: profile.visibility.story.name().to_owned(),
            language: profile
                .languages
                .iter()
                .map(|language| language.language.code().to_owned())
                .collect(),
            level: profile
                .languages
                .iter()
                .map(|language| language.level.map_or("", Level::name).to_owned())
                .collect(),
            languages_visibility: profile.visibility.languages.name().to_owned(),
            skill: profile
                .skills
                .iter()
                .map(|skill| skill.as_str().to_owned())
                .collect(),
            skills_visibility: profile.visibility.skills.name().to_owned(),
            avatar_visibility: profile.visibility.avatar.name().to_owned(),
        }
    }

    /// The rows with a language chosen, paired with their level.
    fn rows(&self) -> Vec<(&str, &str)> {
        self.language
            .iter()
            .enumerate()
            .filter(|(_, code)| !code.trim().is_empty())
            .map(|(index, code)| {
                let level = self.level.get(index).map_or("", String::as_str);
                (code.as_str(), level)
            })
            .collect()
    }

    fn input(&self) -> ProfileInput<'_> {
        let rows = self.rows();
        let mut visibility = vec![
            ("bio", self.bio_visibility.as_str()),
            ("story", self.story_visibility.as_str()),
            ("languages", self.languages_visibility.as_str()),
            ("skills", self.skills_visibility.as_str()),
        ];
        // Left out by a form from before the photo: it stays as it is.
        if !self.avatar_visibility.is_empty() {
            visibility.push(("avatar", self.avatar_visibility.as_str()));
        }
        ProfileInput {
            display_name: Some(&self.display_name),
            bio: Some(&self.bio),
            story: Some(&self.story),
            languages: Some(rows.iter().map(|(code, _)| *code).collect()),
            language_levels: Some(rows),
            skills: Some(self.skill.iter().map(String::as_str).collect()),
            visibility,
        }
    }

    fn visibility_of(&self, field: Field) -> &str {
        match field {
            Field::Bio => &self.bio_visibility,
            Field::Story => &self.story_visibility,
            Field::Languages => &self.languages_visibility,
            Field::Skills => &self.skills_visibility,
            Field::Avatar => &self.avatar_visibility,
        }
    }
}

/// One row of the languages fieldset.
struct LanguageRow {
    /// The ids of its two selects: the first row's are the ones errors link to.
    language_id: String,
    level_id: String,
    number: i64,
    code: String,
    level: String,
}

/// Who may see one field: a group of radio buttons.
struct AudienceGroup {
    field: &'static str,
    /// The id errors link to: `visibility.bio`.
    id: &'static str,
    legend: String,
    error: Option<String>,
    options: Vec<AudienceOption>,
}

struct AudienceOption {
    id: String,
    value: &'static str,
    label: String,
    hint: String,
    checked: bool,
}

struct SkillRow {
    id: String,
    number: i64,
    value: String,
}

#[derive(Template)]
#[template(path = "profiles/edit.html")]
struct EditPage {
    page: PageContext,
    notice: String,
    errors: FormErrors,
    values: ProfileForm,
    memberships: Vec<Membership>,
    suggestions: Vec<Skill>,
    /// The photo now, and what its description field holds.
    avatar: Option<Picture>,
    alt: String,
}

impl EditPage {
    fn photo(&self) -> Option<Photo> {
        self.avatar.as_ref().map(Photo::thumbnail)
    }

    /// The languages given, then a few empty rows for more.
    fn language_rows(&self) -> Vec<LanguageRow> {
        let given = self.values.rows();
        let filled = given.len();
        let count = (filled + SPARE_LANGUAGES).min(LANGUAGES_MAX.max(filled));
        (0..count)
            .map(|index| LanguageRow {
                language_id: if index == 0 {
                    "languages".to_owned()
                } else {
                    format!("language-{index}")
                },
                level_id: if index == 0 {
                    "language_levels".to_owned()
                } else {
                    format!("level-{index}")
                },
                number: i64::try_from(index + 1).unwrap_or(i64::MAX),
                code: given.get(index).map_or("", |(code, _)| code).to_owned(),
                level: given.get(index).map_or("", |(_, level)| level).to_owned(),
            })
            .collect()
    }

    /// The skills given, then a few empty fields for more.
    fn skill_rows(&self) -> Vec<SkillRow> {
        let given: Vec<&String> = self
            .values
            .skill
            .iter()
            .filter(|skill| !skill.trim().is_empty())
            .collect();
        let filled = given.len();
        let count = (filled + SPARE_SKILLS).min(SKILLS_MAX.max(filled));
        (0..count)
            .map(|index| SkillRow {
                id: if index == 0 {
                    "skills".to_owned()
                } else {
                    format!("skill-{index}")
                },
                number: i64::try_from(index + 1).unwrap_or(i64::MAX),
                value: given
                    .get(index)
                    .map_or_else(String::new, |skill| (*skill).clone()),
            })
            .collect()
    }

    fn all_languages(&self) -> &'static [SpokenLanguage] {
        SpokenLanguage::all()
    }

    fn levels(&self) -> &'static [Level] {
        Level::ALL
    }

    /// The radio buttons that set who sees `field` (a name of `Field`).
    fn audience_group(&self, field: &str) -> AudienceGroup {
        let parsed = Field::parse(field).unwrap_or(Field::Bio);
        let chosen = self.values.visibility_of(parsed);
        AudienceGroup {
            field: parsed.name(),
            id: parsed.visibility_field(),
            legend: self.page.t(match parsed {
                Field::Bio => "profile-audience-bio",
                Field::Story => "profile-audience-story",
                Field::Languages => "profile-audience-languages",
                Field::Skills => "profile-audience-skills",
                Field::Avatar => "profile-audience-avatar",
            }),
            error: self
                .errors
                .field(parsed.visibility_field())
                .map(str::to_owned),
            options: Visibility::ALL
                .iter()
                .map(|visibility| AudienceOption {
                    id: format!("{}-visibility-{}", parsed.name(), visibility.name()),
                    value: visibility.name(),
                    label: self.visibility_name(visibility),
                    hint: self.page.t(match visibility {
                        Visibility::Public => "profile-visibility-public-hint",
                        Visibility::Members => "profile-visibility-members-hint",
                        Visibility::Private => "profile-visibility-private-hint",
                    }),
                    checked: chosen == visibility.name(),
                })
                .collect(),
        }
    }

    fn own_page(&self, membership: &Membership) -> String {
        let me = self.page.account.as_ref().map(|account| account.id);
        me.map_or_else(String::new, |me| {
            person_path(membership.community_slug.as_str(), me)
        })
    }

    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        values: ProfileForm,
        alt: Option<String>,
    ) -> Result<Self, AppError> {
        let account = &signed_in.account;
        let avatar = profiles::own(&state.db, account).await?.avatar;
        Ok(Self {
            alt: alt.unwrap_or_else(|| {
                avatar
                    .as_ref()
                    .map(|picture| picture.alt.clone())
                    .unwrap_or_default()
            }),
            avatar,
            memberships: state.db.memberships_of(account.id).await?,
            suggestions: state
                .db
                .skills_around(account.id, super::directory::SUGGESTIONS)
                .await?,
            notice: String::new(),
            errors: FormErrors::default(),
            values,
            page,
        })
    }
}

impl ProfileWords for EditPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShowQuery {
    saved: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Query(query): Query<ShowQuery>,
) -> Result<Response, Failure> {
    let profile = profiles::own(&state.db, &signed_in.account).await?;
    let mut shown =
        EditPage::load(&state, page, &signed_in, ProfileForm::of(&profile), None).await?;
    if query.saved.is_some() {
        shown.notice = shown.page.t("profile-saved");
    }
    Ok(render(&shown))
}

async fn save(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    PhotoForm(form, photo): PhotoForm<ProfileForm>,
) -> Result<Response, Failure> {
    match apply(&state, &signed_in.account, &form, &photo).await {
        Ok(()) => Ok(see_other("/account/profile?saved=1")),
        Err(error) => {
            let too_large = photo.too_large();
            let mut shown = EditPage::load(
                &state,
                page.clone(),
                &signed_in,
                form,
                Some(photo.alt.clone()),
            )
            .await?;
            let mut response = form_failure(error, &page, |errors| {
                shown.errors = errors;
                render(&shown)
            });
            if too_large {
                *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            }
            Ok(response)
        }
    }
}

/// Every field and the photo inputs are checked before a file is stored, so that a refused form
/// leaves nothing behind; a picture stored for a save that then fails is discarded.
async fn apply(
    state: &AppState,
    account: &Account,
    form: &ProfileForm,
    photo: &FormPhoto,
) -> Result<(), AppError> {
    let current = profiles::own(&state.db, account).await?;
    let input = form.input();
    photo.check(input.apply(&current).map(|_| ()), current.avatar.as_ref())?;
    let uploaded = photo.save(state, account.id).await?;
    let change = match uploaded {
        Some(id) => PhotoChange::Set(id),
        None if photo.remove => PhotoChange::Remove,
        None => PhotoChange::Keep,
    };
    let saved = profiles::save_with_photo(
        &state.db,
        &state.media,
        account,
        &input,
        change,
        FORM_FIELDS.file,
        time::now(),
    )
    .await;
    match saved {
        Ok(profile) => {
            if change == PhotoChange::Keep
                && let Some(avatar) = &profile.avatar
                && photo.alt_changed(Some(avatar))
            {
                media::set_alt(&state.db, avatar.id, &photo.alt, FORM_FIELDS.alt).await?;
            }
            Ok(())
        }
        Err(error) => {
            if let Some(id) = uploaded {
                media::discard(&state.db, &state.media, id).await?;
            }
            Err(error)
        }
    }
}
