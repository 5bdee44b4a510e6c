use super::{Chapter, GuidebookStore, NewRevision, Revision, TextDraft, parse_chapter_slug};
use crate::accounts::{Account, AccountId};
use crate::communities::{CommunityStore, Membership, Role};
use crate::time::Instant;
use crate::{AppError, Locale, Message};

/// Network coordinators and the organisers (or more) of any community write the guidebook.
pub fn may_write(account: Option<&Account>, memberships: &[Membership]) -> Result<(), AppError> {
    let Some(account) = account else {
        return Err(AppError::unauthorised());
    };
    let organiser = memberships.iter().any(|membership| {
        membership.account_id == account.id && membership.role >= Role::Organiser
    });
    if account.is_coordinator || organiser {
        Ok(())
    } else {
        Err(AppError::Forbidden(Message::new(
            "error-guidebook-writers-only",
        )))
    }
}

/// The writer's id when the caller may write the guidebook (401 anonymous, 403 otherwise).
pub async fn writer(
    store: &impl CommunityStore,
    account: Option<&Account>,
) -> Result<AccountId, AppError> {
    let memberships = match account {
        Some(account) => store.memberships_of(account.id).await?,
        None => Vec::new(),
    };
    may_write(account, &memberships)?;
    account
        .map(|account| account.id)
        .ok_or_else(AppError::unauthorised)
}

/// Whether the caller may write, for showing the writers' links; never fails for a refusal.
pub async fn is_writer(
    store: &impl CommunityStore,
    account: Option<&Account>,
) -> Result<bool, AppError> {
    match writer(store, account).await {
        Ok(_) => Ok(true),
        Err(AppError::Unauthorised(_) | AppError::Forbidden(_)) => Ok(false),
        Err(other) => Err(other),
    }
}

pub async fn find(store: &impl GuidebookStore, slug: &str) -> Result<Chapter, AppError> {
    store.chapter(slug).await?.ok_or(AppError::NotFound)
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub chapter: Chapter,
    pub number: i64,
    /// The save created the chapter.
    pub created: bool,
}

/// Saves a new revision of the chapter's text in `locale`; a new slug creates the chapter with
/// `locale` as its source. A translation is recorded against the source's current revision.
pub async fn write(
    store: &impl GuidebookStore,
    author: AccountId,
    slug: &str,
    locale: Locale,
    draft: &TextDraft,
    now: Instant,
) -> Result<Saved, AppError> {
    let existing = store.chapter(slug).await?;
    let slug = match &existing {
        Some(chapter) => chapter.slug.clone(),
        None => parse_chapter_slug(slug)
            .map_err(|message| AppError::invalid("slug", message))?
            .to_string(),
    };
    let source_revision = existing
        .as_ref()
        .filter(|chapter| chapter.source_locale != locale)
        .and_then(Chapter::source)
        .map(|source| source.revision);
    let number = store
        .save_revision(&NewRevision {
            slug: &slug,
            locale,
            author,
            draft,
            source_revision,
            restored_from: None,
            now,
        })
        .await?;
    Ok(Saved {
        chapter: find(store, &slug).await?,
        number,
        created: existing.is_none(),
    })
}

/// Brings an older revision back as a new one; it keeps the source revision it was written
/// against, so a restored old translation honestly shows as out of date.
pub async fn restore(
    store: &impl GuidebookStore,
    author: AccountId,
    chapter: &Chapter,
    locale: Locale,
    number: i64,
    now: Instant,
) -> Result<Saved, AppError> {
    let old = store
        .revision(&chapter.slug, locale, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let draft = TextDraft {
        title: old.title,
        body: old.body,
    };
    let number = store
        .save_revision(&NewRevision {
            slug: &chapter.slug,
            locale,
            author,
            draft: &draft,
            source_revision: old.source_revision,
            restored_from: Some(number),
            now,
        })
        .await?;
    Ok(Saved {
        chapter: find(store, &chapter.slug).await?,
        number,
        created: false,
    })
}

/// Puts the chapters in the order given: every chapter once, nothing else (422 on `slugs`).
pub async fn reorder(store: &impl GuidebookStore, slugs: &[String]) -> Result<(), AppError> {
    let chapters = store.chapters().await?;
    let mut given: Vec<&str> = slugs.iter().map(String::as_str).collect();
    let mut known: Vec<&str> = chapters
        .iter()
        .map(|chapter| chapter.slug.as_str())
        .collect();
    given.sort_unstable();
    known.sort_unstable();
    if given != known {
        return Err(AppError::invalid(
            "slugs",
            Message::new("error-guidebook-order-incomplete"),
        ));
    }
    store.set_order(slugs).await
}

/// Moves a chapter one place up (earlier) or down; at either end it stays.
pub async fn move_chapter(
    store: &impl GuidebookStore,
    slug: &str,
    up: bool,
) -> Result<(), AppError> {
    let mut slugs: Vec<String> = store
        .chapters()
        .await?
        .into_iter()
        .map(|chapter| chapter.slug)
        .collect();
    let at = slugs
        .iter()
        .position(|each| each == slug)
        .ok_or(AppError::NotFound)?;
    let other = if up { at.checked_sub(1) } else { Some(at + 1) };
    match other.filter(|other| *other < slugs.len()) {
        Some(other) => {
            slugs.swap(at, other);
            store.set_order(&slugs).await
        }
        None => Ok(()),
    }
}

/// The revisions of a chapter in one language, newest first (404 for an unknown chapter).
pub async fn history(
    store: &impl GuidebookStore,
    chapter: &Chapter,
    locale: Locale,
) -> Result<Vec<Revision>, AppError> {
    store.revisions(&chapter.slug, locale).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{DisplayName, Email};
    use crate::communities::{CommunityId, Slug};

    fn account(coordinator: bool) -> Account {
        Account {
            id: AccountId::generate(),
            email: Email::parse("ola@example.org").unwrap_or_else(|_| unreachable!()),
            display_name: DisplayName::parse("Ola").unwrap_or_else(|_| unreachable!()),
            locale: Locale::Pl,
            email_verified: true,
            is_coordinator: coordinator,
            created_at: crate::time::now(),
        }
    }

    fn membership(account: &Account, role: Role) -> Membership {
        Membership {
            community_id: CommunityId::generate(),
            community_slug: Slug::parse("wawer").unwrap_or_else(|_| unreachable!()),
            community_name: "Wawer".into(),
            account_id: account.id,
            role,
            trusted_helper: false,
            joined_at: crate::time::now(),
        }
    }

    #[test]
    fn coordinators_and_organisers_write_the_guidebook() {
        assert!(matches!(
            may_write(None, &[]),
            Err(AppError::Unauthorised(_))
        ));
        let member = account(false);
        assert!(matches!(
            may_write(Some(&member), &[membership(&member, Role::Member)]),
            Err(AppError::Forbidden(_))
        ));
        assert!(may_write(Some(&member), &[membership(&member, Role::Organiser)]).is_ok());
        assert!(may_write(Some(&member), &[membership(&member, Role::Admin)]).is_ok());
        assert!(may_write(Some(&account(true)), &[]).is_ok());
    }
}
