//! `/search`: one box over everything, results grouped by kind, each saying why it matched. A
//! community's pages search within it (`?community=`); a kind's "more" link pages through it.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use domain::communities::Community;
use domain::profiles::SpokenLanguage;
use domain::search::{DetailLabel, Group, Hit, Kind, Reason};
use serde::Deserialize;

use super::{Asked, hit_path};
use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, render};
use crate::session::MaybeSignedIn;
use crate::state::AppState;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/search", get(search))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SearchParams {
    q: Option<String>,
    community: Option<String>,
    r#type: Option<String>,
    skip: Option<String>,
}

#[derive(Template)]
#[template(path = "search/page.html")]
struct SearchPage {
    page: PageContext,
    words: String,
    community: Option<Community>,
    kind: Option<Kind>,
    /// `None` before anything was asked.
    groups: Option<Vec<Group>>,
    next: Option<String>,
    errors: FormErrors,
}

impl SearchPage {
    fn heading(&self, kind: &Kind) -> String {
        self.page.t(match kind {
            Kind::Initiative => "search-kind-initiative",
            Kind::Event => "search-kind-event",
            Kind::Course => "search-kind-course",
            Kind::Story => "search-kind-story",
            Kind::Survey => "search-kind-survey",
            Kind::Support => "search-kind-support",
            Kind::Place => "search-kind-place",
            Kind::Chapter => "search-kind-chapter",
            Kind::Person => "search-kind-person",
        })
    }

    fn more_text(&self, group: &Group) -> String {
        self.page
            .tv("search-more", "kind", &self.heading(&group.kind))
    }

    fn path(&self, hit: &Hit) -> String {
        hit_path(hit)
    }

    /// The address of this search with other choices.
    fn search_path(&self, kind: Option<Kind>, skip: Option<u32>) -> String {
        let mut pairs = vec![("q", self.words.clone())];
        if let Some(community) = &self.community {
            pairs.push(("community", community.slug.as_str().to_owned()));
        }
        if let Some(kind) = kind {
            pairs.push(("type", kind.name().to_owned()));
        }
        if let Some(skip) = skip {
            pairs.push(("skip", skip.to_string()));
        }
        format!(
            "/search?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    }

    fn more_path(&self, group: &Group) -> String {
        self.search_path(Some(group.kind), None)
    }

    fn everywhere_path(&self) -> String {
        format!(
            "/search?{}",
            serde_urlencoded::to_string([("q", self.words.as_str())]).unwrap_or_default()
        )
    }

    fn all_kinds_path(&self) -> String {
        self.search_path(None, None)
    }

    /// The language a chapter matched in, when it is not the page's.
    fn other_language(&self, hit: &Hit) -> Option<String> {
        hit.locale
            .as_deref()
            .filter(|locale| *locale != self.page.lang())
            .map(str::to_owned)
    }

    fn reasons(&self, hit: &Hit) -> String {
        hit.reasons
            .iter()
            .map(|reason| self.reason(reason))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn reason(&self, reason: &Reason) -> String {
        let page = &self.page;
        match reason {
            Reason::Title => page.t("search-matched-title"),
            Reason::Text => page.t("search-matched-text"),
            Reason::Detail(detail) => {
                let value = match detail.label {
                    DetailLabel::Language => SpokenLanguage::parse(&detail.value)
                        .map_or(detail.value.clone(), |language| {
                            language.native_name().to_owned()
                        }),
                    DetailLabel::Category => page.t(&format!("support-category-{}", detail.value)),
                    DetailLabel::Skill | DetailLabel::Tag | DetailLabel::Address => {
                        detail.value.clone()
                    }
                };
                let key = match detail.label {
                    DetailLabel::Skill => "search-matched-skill",
                    DetailLabel::Language => "search-matched-language",
                    DetailLabel::Tag => "search-matched-tag",
                    DetailLabel::Category => "search-matched-category",
                    DetailLabel::Address => "search-matched-address",
                };
                page.tv(key, "value", &value)
            }
        }
    }
}

async fn search(
    State(state): State<AppState>,
    page: PageContext,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Query(params): Query<SearchParams>,
) -> Result<Response, Failure> {
    let words = params.q.clone().unwrap_or_default();
    let mut shown = SearchPage {
        page: page.clone(),
        words: words.trim().to_owned(),
        community: None,
        kind: None,
        groups: None,
        next: None,
        errors: FormErrors::default(),
    };
    // The box searches within the community it was opened in, also after a refused search.
    if let Some(slug) = params.community.as_deref().filter(|slug| !slug.is_empty()) {
        shown.community = Some(domain::communities::community(&state.db, slug).await?);
    }
    if params.q.is_none() {
        return Ok(render(&shown));
    }
    let asked = match Asked::parse(
        &state,
        &words,
        params.community.as_deref(),
        params.r#type.as_deref(),
        params.skip.as_deref(),
        None,
    )
    .await
    {
        Ok(asked) => asked,
        Err(error) => {
            return Ok(form_failure(error, &page, |errors| {
                render(&SearchPage { errors, ..shown })
            }));
        }
    };
    let reader = signed_in.map(|signed_in| signed_in.account.id);
    let groups = asked.run(&state, reader).await?;
    shown.kind = asked.kind;
    shown.next = groups
        .first()
        .and_then(|group| asked.next_skip(group))
        .map(|skip| shown.search_path(asked.kind, Some(skip)));
    shown.groups = Some(groups);
    Ok(render(&shown))
}
