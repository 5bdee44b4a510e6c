use super::{
    After, HelperAction, HelperId, HelperStore, Helping, NewHelperAction, NewHelping,
    ResidentDraft, desk_email,
};
use crate::accounts::{Account, AccountId, AccountStore, Email, NewAccount, PasswordHash, Session};
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::communities::{Community, CommunityStore, Role, participant_in};
use crate::moderation::{Page, PageCursor, require_moderator};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message};

/// The stored password of a resident registered at the desk: not a hash at all, so no password
/// ever matches it and nobody can sign in as the resident until an organiser sets up e-mail.
pub const LOCKED_PASSWORD: &str = "!desk";

fn after(cursor: Option<PageCursor>) -> After {
    cursor.map(|cursor| (cursor.at, cursor.id.to_string()))
}

fn helping_page(rows: Vec<Helping>, limit: u32) -> Page<Helping> {
    Page::of(rows, limit, |helping| PageCursor {
        at: helping.created_at,
        id: helping.id.0,
    })
}

fn action_page(rows: Vec<HelperAction>, limit: u32) -> Page<HelperAction> {
    Page::of(rows, limit, |action| PageCursor {
        at: action.created_at,
        id: action.id.0,
    })
}

/// The person names a helper by the e-mail address the helper signed up with.
pub async fn name_helper(
    store: &(impl HelperStore + AccountStore),
    person: &Account,
    email: &str,
    now: Instant,
) -> Result<Helping, AppError> {
    let email = Email::parse(email).map_err(|message| AppError::invalid("email", message))?;
    let (helper, _) = store.account_by_email(&email).await?.ok_or_else(|| {
        AppError::Validation(FieldErrors::single("email", "error-helpers-unknown-email"))
    })?;
    if helper.id == person.id {
        return Err(AppError::Validation(FieldErrors::single(
            "email",
            "error-helpers-not-yourself",
        )));
    }
    if store.active_helping(person.id, helper.id).await?.is_some() {
        return Err(AppError::field_conflict("email", "error-helpers-already"));
    }
    let new = NewHelping {
        id: HelperId::generate(),
        person: person.id,
        helper: helper.id,
        set_up_by: person.id,
        community: None,
        consent_note: String::new(),
    };
    store.insert_helping(&new, now).await?;
    store
        .helping(new.id)
        .await?
        .ok_or(AppError::internal("helper vanished after insert"))
}

/// The person ends their relationship with a helper (404 when that person is not their helper).
pub async fn end_as_person(
    store: &impl HelperStore,
    person: &Account,
    helper: AccountId,
    now: Instant,
) -> Result<(), AppError> {
    let id = store
        .active_helping(person.id, helper)
        .await?
        .ok_or(AppError::NotFound)?;
    store.end_helping(id, person.id, now).await?;
    Ok(())
}

/// The person's active helpers, newest first.
pub async fn helpers_of(
    store: &impl HelperStore,
    person: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Helping>, AppError> {
    let rows = store
        .helpers_of(person.id, after(cursor), limit + 1)
        .await?;
    Ok(helping_page(rows, limit))
}

/// The people the helper may act for, newest first.
pub async fn helped_by(
    store: &impl HelperStore,
    helper: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Helping>, AppError> {
    let rows = store.helped_by(helper.id, after(cursor), limit + 1).await?;
    Ok(helping_page(rows, limit))
}

/// Switches the helper's session to act for the person: only for a person who named them (or
/// whom the desk gave them) and while the relationship lasts (403 otherwise, whether or not the
/// account exists); never while the session already acts for someone (409: no chains).
pub async fn start_acting(
    store: &(impl HelperStore + AccountStore),
    session: &str,
    helper: &Account,
    already_acting: bool,
    person: Option<AccountId>,
) -> Result<Account, AppError> {
    if already_acting {
        return Err(AppError::conflict("error-helpers-already-acting"));
    }
    let not_named = || AppError::Forbidden(Message::new("error-helpers-not-named"));
    let person = person.ok_or_else(not_named)?;
    store
        .active_helping(person, helper.id)
        .await?
        .ok_or_else(not_named)?;
    let person = store.account(person).await?.ok_or_else(not_named)?;
    store.set_acting_for(session, Some(person.id)).await?;
    Ok(person)
}

/// The session acts as its own account again.
pub async fn stop_acting(store: &impl HelperStore, session: &str) -> Result<(), AppError> {
    store.set_acting_for(session, None).await
}

/// The person a session acts for, while the relationship lasts. When it has ended, the session
/// quietly goes back to its own account.
pub async fn acting_person(
    store: &(impl HelperStore + AccountStore),
    session: &Session,
    helper: &Account,
) -> Result<Option<Account>, AppError> {
    let Some(person) = session.acting_for else {
        return Ok(None);
    };
    let person = match store.active_helping(person, helper.id).await? {
        Some(_) => store.account(person).await?,
        None => None,
    };
    if person.is_none() {
        store.set_acting_for(&session.id, None).await?;
    }
    Ok(person)
}

/// Records one change a helper made while acting.
pub async fn record(
    store: &impl HelperStore,
    action: &NewHelperAction,
    now: Instant,
) -> Result<(), AppError> {
    store.record_helper_action(action, now).await
}

/// What helpers did for the person, newest first.
pub async fn actions_for(
    store: &impl HelperStore,
    person: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<HelperAction>, AppError> {
    let rows = store
        .actions_for(person.id, after(cursor), limit + 1)
        .await?;
    Ok(action_page(rows, limit))
}

/// What the helper did for the people they help, newest first.
pub async fn actions_by(
    store: &impl HelperStore,
    helper: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<HelperAction>, AppError> {
    let rows = store
        .actions_by(helper.id, after(cursor), limit + 1)
        .await?;
    Ok(action_page(rows, limit))
}

/// The active relationships of the community's members, for its moderators (403 for others).
pub async fn community_helpers(
    store: &(impl HelperStore + CommunityStore),
    community: &Community,
    viewer: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Helping>, AppError> {
    require_moderator(store, community.id, viewer).await?;
    let rows = store
        .community_helpers(community.id, after(cursor), limit + 1)
        .await?;
    Ok(helping_page(rows, limit))
}

/// What helpers did for the community's members, for its moderators (403 for others).
pub async fn community_actions(
    store: &(impl HelperStore + CommunityStore),
    community: &Community,
    viewer: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<HelperAction>, AppError> {
    require_moderator(store, community.id, viewer).await?;
    let rows = store
        .community_actions(community.id, after(cursor), limit + 1)
        .await?;
    Ok(action_page(rows, limit))
}

/// The relationships the community's desk set up that still last, for its organisers.
pub async fn desk_helpers(
    store: &(impl HelperStore + CommunityStore),
    community: &Community,
    viewer: &Account,
    cursor: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Helping>, AppError> {
    participant_in(store, community.id, Some(viewer))
        .await?
        .organiser()?;
    let rows = store
        .desk_helpers(community.id, after(cursor), limit + 1)
        .await?;
    Ok(helping_page(rows, limit))
}

/// An organiser (or moderator, or admin) ends a relationship of one of the community's members,
/// or one its desk set up; it goes into the audit log. Anything else is 404.
pub async fn end_in_community(
    store: &(impl HelperStore + CommunityStore + AuditStore),
    community: &Community,
    actor: &Account,
    id: HelperId,
    now: Instant,
) -> Result<Helping, AppError> {
    participant_in(store, community.id, Some(actor))
        .await?
        .organiser()?;
    let helping = store
        .helping(id)
        .await?
        .filter(Helping::is_active)
        .ok_or(AppError::NotFound)?;
    let from_this_desk = helping
        .desk
        .as_ref()
        .is_some_and(|(desk, _, _)| *desk == community.id);
    if !from_this_desk
        && store
            .membership(community.id, helping.person.id)
            .await?
            .is_none()
    {
        return Err(AppError::NotFound);
    }
    if !store.end_helping(id, actor.id, now).await? {
        return Err(AppError::NotFound);
    }
    let entry = AuditEntry {
        community: Some(community.id),
        actor: actor.id,
        action: AuditAction::HelperEnded,
        target_type: "account",
        target_id: helping.person.id.to_string(),
        reason: String::new(),
    };
    store.record_audit(&entry, now).await?;
    Ok(helping)
}

/// An organiser registers, at the centre's desk, a resident who has no e-mail: a new account no
/// one can sign in to, a member of the community, helped by the organiser or by a member named
/// who is an organiser or a trusted helper there. The consent note and who recorded it are kept,
/// and the registration goes into the audit log.
pub async fn register_resident(
    store: &(impl HelperStore + CommunityStore + AccountStore),
    community: &Community,
    organiser: &Account,
    draft: ResidentDraft,
    now: Instant,
) -> Result<(Account, Helping), AppError> {
    participant_in(store, community.id, Some(organiser))
        .await?
        .organiser()?;
    let helper = match draft.helper {
        None => organiser.id,
        Some(helper) => {
            let eligible = store
                .membership(community.id, helper)
                .await?
                .is_some_and(|m| m.role >= Role::Organiser || m.trusted_helper);
            if !eligible {
                return Err(AppError::Validation(FieldErrors::single(
                    "helper_account_id",
                    "error-helpers-helper-not-eligible",
                )));
            }
            helper
        }
    };
    let resident = AccountId::generate();
    let account = NewAccount {
        id: resident,
        email: desk_email(resident)?,
        display_name: draft.display_name,
        locale: draft.locale,
        password_hash: PasswordHash::from_stored(LOCKED_PASSWORD.to_owned()),
        email_verified: false,
        created_at: now,
    };
    let helping = NewHelping {
        id: HelperId::generate(),
        person: resident,
        helper,
        set_up_by: organiser.id,
        community: Some(community.id),
        consent_note: draft.consent_note,
    };
    let entry = AuditEntry {
        community: Some(community.id),
        actor: organiser.id,
        action: AuditAction::ResidentRegistered,
        target_type: "account",
        target_id: resident.to_string(),
        reason: String::new(),
    };
    store
        .insert_resident(&account, community.id, Role::Member, &helping, &entry, now)
        .await?;
    let account = store
        .account(resident)
        .await?
        .ok_or(AppError::internal("resident vanished after insert"))?;
    let helping = store
        .helping(helping.id)
        .await?
        .ok_or(AppError::internal("helper vanished after insert"))?;
    Ok((account, helping))
}

/// Who the desk may name as a resident's helper, for its organisers.
pub async fn eligible_helpers(
    store: &(impl HelperStore + CommunityStore),
    community: &Community,
    viewer: &Account,
) -> Result<Vec<crate::support::Person>, AppError> {
    participant_in(store, community.id, Some(viewer))
        .await?
        .organiser()?;
    store.eligible_helpers(community.id).await
}
