use super::{
    Action, Actor, Community, CommunityId, CommunityStore, Membership, NewCommunity, Role, can,
};
use crate::accounts::{Account, AccountId, AccountStore};
use crate::time::Instant;
use crate::{AppError, FieldErrors};

pub async fn create_community(
    store: &impl CommunityStore,
    actor: &Account,
    community: NewCommunity,
    now: Instant,
) -> Result<Community, AppError> {
    if !can(
        &Actor {
            account: actor,
            role: None,
        },
        Action::CreateCommunity,
    ) {
        return Err(AppError::forbidden());
    }
    store
        .insert_community(CommunityId::generate(), &community, now)
        .await?;
    store
        .community(community.slug.as_str())
        .await?
        .ok_or(AppError::internal("community vanished after insert"))
}

pub async fn community(store: &impl CommunityStore, slug: &str) -> Result<Community, AppError> {
    store.community(slug).await?.ok_or(AppError::NotFound)
}

/// Whether joining made a new membership or found an existing one.
pub enum Joined {
    New(Membership),
    Already(Membership),
}

pub async fn join(
    store: &impl CommunityStore,
    community: &Community,
    account: &Account,
    now: Instant,
) -> Result<Joined, AppError> {
    let created = store
        .insert_membership(community.id, account.id, Role::Member, now)
        .await?;
    let membership = store
        .membership(community.id, account.id)
        .await?
        .ok_or(AppError::internal("membership vanished after insert"))?;
    Ok(if created {
        Joined::New(membership)
    } else {
        Joined::Already(membership)
    })
}

/// A change to someone's membership: a new role, a trusted-helper mark, or both.
pub struct MembershipChange {
    pub role: Option<Role>,
    pub trusted_helper: Option<bool>,
}

/// Changes a member's role or trusted-helper mark. Admins set roles, moderators the mark; the
/// last admin of a community cannot be demoted.
pub async fn change_membership(
    store: &(impl CommunityStore + AccountStore),
    community: &Community,
    actor: &Account,
    member: AccountId,
    change: MembershipChange,
) -> Result<Membership, AppError> {
    let actor_role = store
        .membership(community.id, actor.id)
        .await?
        .map(|m| m.role);
    let actor = Actor {
        account: actor,
        role: actor_role,
    };
    let current = store
        .membership(community.id, member)
        .await?
        .ok_or(AppError::NotFound)?;
    if change.role.is_none() && change.trusted_helper.is_none() {
        return Err(AppError::Validation(FieldErrors::single(
            "role",
            "error-nothing-to-change",
        )));
    }
    let role_changes = change.role.is_some_and(|role| role != current.role);
    let helper_changes = change
        .trusted_helper
        .is_some_and(|mark| mark != current.trusted_helper);
    if (role_changes && !can(&actor, Action::SetRole))
        || (helper_changes && !can(&actor, Action::SetTrustedHelper))
    {
        return Err(AppError::forbidden());
    }
    let role = change.role.unwrap_or(current.role);
    if current.role == Role::Admin
        && role != Role::Admin
        && store.count_with_role(community.id, Role::Admin).await? <= 1
    {
        return Err(AppError::field_conflict("role", "error-last-admin"));
    }
    store
        .update_membership(
            community.id,
            member,
            role,
            change.trusted_helper.unwrap_or(current.trusted_helper),
        )
        .await?;
    store
        .membership(community.id, member)
        .await?
        .ok_or(AppError::NotFound)
}
