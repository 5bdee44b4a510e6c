use super::{
    Action, Actor, Community, CommunityId, CommunityStore, Membership, NewCommunity, Participant,
    Role, can,
};
use crate::accounts::{Account, AccountId, AccountStore};
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::moderation::BlockStore;
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

/// Joins the community as a member; someone its moderators blocked is refused (403).
pub async fn join(
    store: &(impl CommunityStore + BlockStore),
    community: &Community,
    account: &Account,
    now: Instant,
) -> Result<Joined, AppError> {
    crate::moderation::require_not_blocked(store, community, account).await?;
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
/// last admin of a community cannot be demoted. Each change goes into the audit log.
pub async fn change_membership(
    store: &(impl CommunityStore + AccountStore + AuditStore),
    community: &Community,
    actor: &Account,
    member: AccountId,
    change: MembershipChange,
    now: Instant,
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
    let trusted_helper = change.trusted_helper.unwrap_or(current.trusted_helper);
    store
        .update_membership(community.id, member, role, trusted_helper)
        .await?;
    let changed = Membership {
        role,
        trusted_helper,
        ..current.clone()
    };
    audit_membership_change(store, actor.account.id, &current, &changed, now).await?;
    store
        .membership(community.id, member)
        .await?
        .ok_or(AppError::NotFound)
}

/// Writes each change of a membership to the audit log: a role as "member → moderator".
async fn audit_membership_change(
    store: &impl AuditStore,
    actor: AccountId,
    before: &Membership,
    after: &Membership,
    now: Instant,
) -> Result<(), AppError> {
    let mut changes = Vec::new();
    if after.role != before.role {
        let roles = format!("{} → {}", before.role.name(), after.role.name());
        changes.push((AuditAction::RoleChanged, roles));
    }
    if after.trusted_helper != before.trusted_helper {
        let action = if after.trusted_helper {
            AuditAction::TrustedHelperMarked
        } else {
            AuditAction::TrustedHelperUnmarked
        };
        changes.push((action, String::new()));
    }
    for (action, reason) in changes {
        let entry = AuditEntry {
            community: Some(before.community_id),
            actor,
            action,
            target_type: "account",
            target_id: before.account_id.to_string(),
            reason,
        };
        store.record_audit(&entry, now).await?;
    }
    Ok(())
}

/// How the reader stands in the community: visitor, outsider, member or more.
pub async fn participant_in(
    store: &impl CommunityStore,
    community: CommunityId,
    account: Option<&Account>,
) -> Result<Participant, AppError> {
    let membership = match account {
        Some(account) => store.membership(community, account.id).await?,
        None => None,
    };
    Ok(Participant::of(account, membership.as_ref()))
}
