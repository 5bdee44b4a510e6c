use super::{
    Block, BlockStore, Blockable, Moderator, NewReport, Page, PageCursor, Queue, Report, ReportId,
    ReportStatus, ReportStore, ReportTarget, Resolution, parse_block_reason, parse_note,
};
use crate::accounts::{Account, AccountId, AccountStore};
use crate::audit::{AuditAction, AuditEntry, AuditRecord, AuditStore};
use crate::communities::{Community, CommunityId, CommunityStore, Participant, Role};
use crate::stories::{StoryId, StoryStore};
use crate::support::{ConversationStore, MessageId, SupportId, SupportStore};
use crate::time::Instant;
use crate::{AppError, Message};

/// How a person stands in the moderation of one community.
pub async fn moderator_in(
    store: &impl CommunityStore,
    community: CommunityId,
    account: &Account,
) -> Result<Moderator, AppError> {
    let membership = store.membership(community, account.id).await?;
    Ok(Moderator::of(account, membership.as_ref()))
}

/// The moderator, or 403 for anyone else (the community itself is public).
pub async fn require_moderator(
    store: &impl CommunityStore,
    community: CommunityId,
    account: &Account,
) -> Result<Moderator, AppError> {
    let moderator = moderator_in(store, community, account).await?;
    if moderator.moderates() {
        Ok(moderator)
    } else {
        Err(AppError::Forbidden(Message::new("error-moderators-only")))
    }
}

/// Files a report on anything the reporter may see: its community's moderators will decide
/// it. Reporting one's own content (or oneself) is refused; reporting the same thing twice is a
/// conflict; what the reporter may not see is 404.
pub async fn report(
    store: &(impl SupportStore + ConversationStore + ReportStore + CommunityStore + StoryStore),
    account: &Account,
    report: &NewReport,
    now: Instant,
) -> Result<Report, AppError> {
    let (community, author) = subject_of(store, account, report).await?;
    if author == account.id {
        return Err(AppError::invalid(
            "target_id",
            Message::new("error-report-own"),
        ));
    }
    let id = ReportId::generate();
    store
        .insert_report(id, community, account.id, report, now)
        .await?;
    store
        .report(id)
        .await?
        .ok_or(AppError::internal("report vanished after insert"))
}

/// The community a report goes to and the author of what it names, once the reporter is
/// known to see it.
async fn subject_of(
    store: &(impl SupportStore + ConversationStore + ReportStore + CommunityStore + StoryStore),
    account: &Account,
    report: &NewReport,
) -> Result<(CommunityId, AccountId), AppError> {
    match report.target {
        ReportTarget::Message => {
            let message = store
                .message(MessageId(report.target_id))
                .await?
                .filter(|message| !message.hidden)
                .ok_or(AppError::NotFound)?;
            let conversation = store
                .conversation(message.conversation_id)
                .await?
                .filter(|conversation| conversation.has_member(account.id))
                .ok_or(AppError::NotFound)?;
            Ok((conversation.community_id, message.sender.id))
        }
        ReportTarget::Support => {
            let (item, _) =
                crate::support::find(store, account, SupportId(report.target_id)).await?;
            Ok((item.community_id, item.author_id))
        }
        ReportTarget::Initiative | ReportTarget::Comment | ReportTarget::Event => {
            let subject = store
                .content_subject(report.target, report.target_id)
                .await?
                .ok_or(AppError::NotFound)?;
            if subject.hidden
                && !moderator_in(store, subject.community, account)
                    .await?
                    .moderates()
            {
                return Err(AppError::NotFound);
            }
            Ok((subject.community, subject.author))
        }
        ReportTarget::Account => {
            let slug = report.community.as_ref().ok_or_else(|| {
                AppError::invalid("community", Message::new("error-report-community-missing"))
            })?;
            let community = store.community(slug.as_str()).await?.ok_or_else(|| {
                AppError::invalid("community", Message::new("error-report-community-unknown"))
            })?;
            let person = AccountId(report.target_id);
            // Members see each other; nobody else sees who belongs to the community.
            for someone in [account.id, person] {
                if store.membership(community.id, someone).await?.is_none() {
                    return Err(AppError::NotFound);
                }
            }
            Ok((community.id, person))
        }
        ReportTarget::Story => {
            let story = store
                .story(StoryId(report.target_id))
                .await?
                .ok_or(AppError::NotFound)?;
            let membership = store.membership(story.community_id, account.id).await?;
            let reader = Participant::of(Some(account), membership.as_ref());
            let story = crate::stories::visible_to(&reader, story)?;
            Ok((story.community_id, story.author.id))
        }
    }
}

/// One page of a community's open or decided reports, for its moderators.
pub async fn queue(
    store: &(impl ReportStore + CommunityStore),
    community: &Community,
    account: &Account,
    queue: Queue,
    after: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Report>, AppError> {
    require_moderator(store, community.id, account).await?;
    let rows = store.reports(community.id, queue, after, limit + 1).await?;
    Ok(Page::of(rows, limit, |report| PageCursor {
        at: match queue {
            Queue::Open => report.created_at,
            Queue::Decided => report.resolved_at.unwrap_or(report.created_at),
        },
        id: report.id.0,
    }))
}

/// A report for one of its community's moderators: 404 when there is none, 403 for others.
pub async fn find_report(
    store: &(impl ReportStore + CommunityStore),
    account: &Account,
    id: ReportId,
) -> Result<(Report, Moderator), AppError> {
    let report = store.report(id).await?.ok_or(AppError::NotFound)?;
    let moderator = require_moderator(store, report.community_id, account).await?;
    Ok((report, moderator))
}

/// A moderator decides an open report: `hide` hides what it names for everyone but moderators
/// (for a person: blocks them from the community), `dismiss` closes it. Deciding it twice is a
/// conflict. Written to the audit log.
pub async fn resolve(
    store: &(impl ReportStore + CommunityStore + AccountStore + AuditStore),
    account: &Account,
    id: ReportId,
    resolution: Resolution,
    note: &str,
    now: Instant,
) -> Result<Report, AppError> {
    let note = parse_note(note)?;
    let (report, moderator) = find_report(store, account, id).await?;
    if report.status != ReportStatus::Open {
        return Err(AppError::conflict("error-report-decided"));
    }
    if resolution == Resolution::Hide && report.target == ReportTarget::Account {
        let person = AccountId::parse(&report.target_id).ok_or(AppError::NotFound)?;
        if let Some(person) = blockable(store, report.community_id, person).await? {
            require_may_block(store, report.community_id, &moderator, &person).await?;
        }
    }
    if !store
        .resolve_report(&report, resolution, account.id, &note, now)
        .await?
    {
        return Err(AppError::conflict("error-report-decided"));
    }
    let action = match resolution {
        Resolution::Hide => AuditAction::ReportHidden,
        Resolution::Dismiss => AuditAction::ReportDismissed,
    };
    audit(store, &report, account.id, action, note, now).await?;
    store.report(id).await?.ok_or(AppError::NotFound)
}

/// A moderator shows what a report hid again (for a person: lifts the block). 409 when the
/// report hid nothing or it is shown already. Written to the audit log.
pub async fn restore(
    store: &(impl ReportStore + CommunityStore + AuditStore),
    account: &Account,
    id: ReportId,
    note: &str,
    now: Instant,
) -> Result<Report, AppError> {
    let note = parse_note(note)?;
    let (report, _) = find_report(store, account, id).await?;
    if report.status != ReportStatus::Hidden || !store.restore_target(&report).await? {
        return Err(AppError::conflict("error-report-not-hidden"));
    }
    let action = if report.target == ReportTarget::Account {
        AuditAction::MemberUnblocked
    } else {
        AuditAction::ContentRestored
    };
    audit(store, &report, account.id, action, note, now).await?;
    store.report(id).await?.ok_or(AppError::NotFound)
}

async fn audit(
    store: &impl AuditStore,
    report: &Report,
    actor: AccountId,
    action: AuditAction,
    reason: String,
    now: Instant,
) -> Result<(), AppError> {
    let entry = AuditEntry {
        community: Some(report.community_id),
        actor,
        action,
        target_type: report.target.name(),
        target_id: report.target_id.clone(),
        reason,
    };
    store.record_audit(&entry, now).await
}

/// The person as a block would find them: `None` when there is no such account.
async fn blockable(
    store: &(impl CommunityStore + AccountStore),
    community: CommunityId,
    person: AccountId,
) -> Result<Option<Blockable>, AppError> {
    let Some(account) = store.account(person).await? else {
        return Ok(None);
    };
    let membership = store.membership(community, person).await?;
    Ok(Some(Blockable {
        account_id: person,
        role: membership.map(|m| m.role),
        coordinator: account.is_coordinator,
    }))
}

/// 403 when the moderator's role does not reach the person's; 409 for the community's last
/// admin, whom even a coordinator does not block.
async fn require_may_block(
    store: &impl CommunityStore,
    community: CommunityId,
    moderator: &Moderator,
    person: &Blockable,
) -> Result<(), AppError> {
    if !moderator.may_block(person) {
        return Err(AppError::Forbidden(Message::new("error-block-outranked")));
    }
    if person.role == Some(Role::Admin) && store.count_with_role(community, Role::Admin).await? <= 1
    {
        return Err(AppError::field_conflict("account_id", "error-last-admin"));
    }
    Ok(())
}

/// A moderator blocks a person from the community: their membership ends and they cannot join
/// again until unblocked. Written to the audit log.
pub async fn block(
    store: &(impl BlockStore + CommunityStore + AccountStore + AuditStore),
    community: &Community,
    account: &Account,
    person: AccountId,
    reason: &str,
    now: Instant,
) -> Result<Block, AppError> {
    let moderator = require_moderator(store, community.id, account).await?;
    let reason = parse_block_reason(reason)?;
    let person = blockable(store, community.id, person)
        .await?
        .ok_or_else(|| {
            AppError::invalid("account_id", Message::new("error-block-person-unknown"))
        })?;
    if person.account_id == account.id {
        return Err(AppError::invalid(
            "account_id",
            Message::new("error-block-self"),
        ));
    }
    require_may_block(store, community.id, &moderator, &person).await?;
    if !store
        .insert_block(community.id, person.account_id, account.id, &reason, now)
        .await?
    {
        return Err(AppError::field_conflict("account_id", "error-block-exists"));
    }
    let entry = AuditEntry {
        community: Some(community.id),
        actor: account.id,
        action: AuditAction::MemberBlocked,
        target_type: ReportTarget::Account.name(),
        target_id: person.account_id.to_string(),
        reason,
    };
    store.record_audit(&entry, now).await?;
    store
        .block(community.id, person.account_id)
        .await?
        .ok_or(AppError::internal("block vanished after insert"))
}

/// A moderator lifts a block: the person may join again. 404 when they were not blocked.
pub async fn unblock(
    store: &(impl BlockStore + CommunityStore + AuditStore),
    community: &Community,
    account: &Account,
    person: AccountId,
    now: Instant,
) -> Result<(), AppError> {
    require_moderator(store, community.id, account).await?;
    if !store.delete_block(community.id, person).await? {
        return Err(AppError::NotFound);
    }
    let entry = AuditEntry {
        community: Some(community.id),
        actor: account.id,
        action: AuditAction::MemberUnblocked,
        target_type: ReportTarget::Account.name(),
        target_id: person.to_string(),
        reason: String::new(),
    };
    store.record_audit(&entry, now).await
}

/// One page of the people blocked from the community, newest first.
pub async fn blocks(
    store: &(impl BlockStore + CommunityStore),
    community: &Community,
    account: &Account,
    after: Option<PageCursor>,
    limit: u32,
) -> Result<Page<Block>, AppError> {
    require_moderator(store, community.id, account).await?;
    let rows = store.blocks(community.id, after, limit + 1).await?;
    Ok(Page::of(rows, limit, |block| PageCursor {
        at: block.created_at,
        id: block.account.id.0,
    }))
}

/// One page of the community's audit log, newest first: for its moderators, admins and the
/// network's coordinators.
pub async fn audit_log(
    store: &(impl AuditStore + CommunityStore),
    community: &Community,
    account: &Account,
    after: Option<PageCursor>,
    limit: u32,
) -> Result<Page<AuditRecord>, AppError> {
    require_moderator(store, community.id, account).await?;
    let after = after.map(|cursor| (cursor.at, cursor.id.to_string()));
    let rows = store.audit_log(community.id, after, limit + 1).await?;
    Ok(Page::of(rows, limit, |record| PageCursor {
        at: record.created_at,
        id: uuid::Uuid::parse_str(&record.id).unwrap_or_default(),
    }))
}

/// Whether the person may join the community: not while they are blocked from it.
pub async fn require_not_blocked(
    store: &impl BlockStore,
    community: &Community,
    account: &Account,
) -> Result<(), AppError> {
    if store.is_blocked(community.id, account.id).await? {
        Err(AppError::Forbidden(Message::new("error-community-blocked")))
    } else {
        Ok(())
    }
}
