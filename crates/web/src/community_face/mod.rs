//! The community's own face on the web: the admins' settings page `/c/{slug}/settings` (accent
//! colour and cover photo), the community's stylesheet `/c/{slug}/theme.css` that carries the
//! colour to its pages (the content security policy allows no inline styles), the cover on the
//! community's home and the network's cards, and `PATCH /api/v1/communities/{slug}` (routed
//! beside its `GET` in `communities::api`).

pub mod api;
mod pages;
mod theme;

use domain::communities::Role;
use domain::media::Picture;

use crate::media::Photo;
use crate::page::PageContext;

pub use pages::router;
pub use theme::{stylesheet_route, theme_href};

/// Whether the signed-in person looks after the face of the community at `/c/{slug}`: its
/// admins and the network's coordinators (for the link in the community's navigation).
pub fn looks_after(page: &PageContext, slug: &str) -> bool {
    page.account.as_ref().is_some_and(|a| a.is_coordinator)
        || page
            .memberships
            .iter()
            .any(|m| m.community_slug.as_str() == slug && m.role >= Role::Admin)
}

/// The cover across the top of the community's home page.
pub fn cover(picture: &Picture) -> Photo {
    let mut photo = Photo::of(picture);
    photo.sizes = "(min-width: 64rem) 62rem, 100vw".to_owned();
    photo
}

/// The cover as a strip on the community's card on the network's home page.
pub fn card_cover(picture: &Picture) -> Photo {
    let mut photo = Photo::of(picture);
    photo.sizes = "(min-width: 40rem) 20rem, 100vw".to_owned();
    photo
}
