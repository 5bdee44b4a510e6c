use super::{
    AccountSummary, Exchange, ExchangeId, ExchangeStatus, FundTransfer, LedgerEntry, LedgerRow,
    LedgerSummary, LimitMode, LimitPolicy, NewExchange, TimebankStore, TransferId,
};
use crate::accounts::{Account, AccountId};
use crate::audit::{AuditAction, AuditEntry, AuditStore};
use crate::communities::{Community, CommunityId, CommunityStore, Role};
use crate::support::{SupportStore, Viewer, viewer_in};
use crate::time::Instant;
use crate::{AppError, Message, text};

/// Admins of the community, and network coordinators, keep its ledger.
async fn require_admin(
    store: &impl CommunityStore,
    community: CommunityId,
    account: &Account,
) -> Result<(), AppError> {
    let viewer = viewer_in(store, community, account).await?;
    if account.is_coordinator || viewer.role >= Some(Role::Admin) {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

async fn require_member(
    store: &impl CommunityStore,
    community: &Community,
    account: &Account,
) -> Result<Viewer, AppError> {
    let viewer = viewer_in(store, community.id, account).await?;
    if viewer.is_member() {
        Ok(viewer)
    } else {
        Err(AppError::Forbidden(Message::new("error-members-only")))
    }
}

/// A proposed exchange, and whether confirming it would take the receiver below the
/// community's minimum (a warning when the community only warns).
pub struct Proposal {
    pub exchange: Exchange,
    pub below_limit: bool,
}

/// One of the two parties proposes an exchange; the other confirms or declines it.
pub async fn propose(
    store: &(impl TimebankStore + CommunityStore + SupportStore),
    community: &Community,
    account: &Account,
    new: &NewExchange,
    now: Instant,
) -> Result<Proposal, AppError> {
    require_member(store, community, account).await?;
    if account.id != new.provider && account.id != new.receiver {
        return Err(AppError::invalid(
            "provider_id",
            Message::new("error-exchange-not-party"),
        ));
    }
    for (field, person) in [("provider_id", new.provider), ("receiver_id", new.receiver)] {
        if store.membership(community.id, person).await?.is_none() {
            return Err(AppError::invalid(
                field,
                Message::new("error-exchange-person-unknown"),
            ));
        }
    }
    if let Some(support_id) = new.support_id {
        let visible = crate::support::find(store, account, support_id).await;
        if !visible.is_ok_and(|(item, _)| item.community_id == community.id) {
            return Err(AppError::invalid(
                "support_id",
                Message::new("error-exchange-support-unknown"),
            ));
        }
    }
    let policy = store.limit_policy(community.id).await?;
    let after = store.balance(community.id, new.receiver).await? - new.minutes.get();
    let below_limit = policy.is_crossed_by(after);
    if below_limit && policy.mode == LimitMode::Block {
        return Err(AppError::invalid(
            "minutes",
            Message::new("error-timebank-below-limit").with("min", -policy.min_balance),
        ));
    }
    let id = ExchangeId::generate();
    store
        .insert_exchange(id, community.id, account.id, new, now)
        .await?;
    let exchange = store
        .exchange(id)
        .await?
        .ok_or(AppError::internal("exchange vanished after insert"))?;
    Ok(Proposal {
        exchange,
        below_limit,
    })
}

/// An exchange as one of its parties sees it: 404 for everyone else.
pub async fn exchange_for(
    store: &impl TimebankStore,
    account: &Account,
    id: ExchangeId,
) -> Result<Exchange, AppError> {
    match store.exchange(id).await? {
        Some(exchange) if exchange.is_party(account.id) => Ok(exchange),
        _ => Err(AppError::NotFound),
    }
}

/// The other party confirms: one transfer, once, however many confirm at the same moment.
pub async fn confirm(
    store: &impl TimebankStore,
    account: &Account,
    id: ExchangeId,
    now: Instant,
) -> Result<Exchange, AppError> {
    let exchange = exchange_for(store, account, id).await?;
    if exchange.proposer_id == account.id {
        return Err(AppError::Forbidden(Message::new(
            "error-exchange-own-proposal",
        )));
    }
    if exchange.status != ExchangeStatus::Pending {
        return Err(AppError::conflict("error-exchange-decided"));
    }
    let policy = store.limit_policy(exchange.community_id).await?;
    store.confirm_exchange(id, account.id, policy, now).await?;
    exchange_for(store, account, id).await
}

/// Either party turns a pending exchange down (the proposer withdraws it); nothing is posted.
pub async fn decline(
    store: &impl TimebankStore,
    account: &Account,
    id: ExchangeId,
    now: Instant,
) -> Result<Exchange, AppError> {
    let exchange = exchange_for(store, account, id).await?;
    if exchange.status != ExchangeStatus::Pending || !store.decline_exchange(id, now).await? {
        return Err(AppError::conflict("error-exchange-decided"));
    }
    exchange_for(store, account, id).await
}

pub const REASON_MAX_CHARS: usize = 500;

/// An admin's correction: a transfer that undoes a confirmed exchange's one, with a reason.
/// History is never edited; the audit log keeps who corrected what and why.
pub async fn reverse(
    store: &(impl TimebankStore + CommunityStore + AuditStore),
    account: &Account,
    id: ExchangeId,
    reason: &str,
    now: Instant,
) -> Result<TransferId, AppError> {
    let reason =
        text::required(reason, REASON_MAX_CHARS).map_err(|m| AppError::invalid("reason", m))?;
    let exchange = store.exchange(id).await?.ok_or(AppError::NotFound)?;
    // Only its parties know the exchange exists: anyone else who is no admin gets 404.
    require_admin(store, exchange.community_id, account)
        .await
        .map_err(|error| match error {
            AppError::Forbidden(_) if !exchange.is_party(account.id) => AppError::NotFound,
            other => other,
        })?;
    match exchange.status {
        ExchangeStatus::Confirmed => {
            let transfer = store
                .reverse_exchange(&exchange, account.id, &reason, now)
                .await?;
            let entry = AdminAction {
                community: exchange.community_id,
                actor: account.id,
                action: AuditAction::TimebankCorrected,
                target: ("exchange", id.to_string()),
                reason,
            };
            entry.record(store, now).await?;
            Ok(transfer)
        }
        ExchangeStatus::Reversed => Err(AppError::conflict("error-exchange-reversed")),
        ExchangeStatus::Pending | ExchangeStatus::Declined => {
            Err(AppError::conflict("error-exchange-not-confirmed"))
        }
    }
}

/// An admin moves time between the community's fund and a member: a reward for work done for
/// the community, or time given back to it. The fund may go below zero: it issues the hours.
/// Written to the audit log.
pub async fn fund_transfer(
    store: &(impl TimebankStore + CommunityStore + AuditStore),
    community: &Community,
    account: &Account,
    transfer: &FundTransfer,
    now: Instant,
) -> Result<TransferId, AppError> {
    require_admin(store, community.id, account).await?;
    if store
        .membership(community.id, transfer.member)
        .await?
        .is_none()
    {
        return Err(AppError::invalid(
            "member_id",
            Message::new("error-exchange-person-unknown"),
        ));
    }
    let id = store
        .fund_transfer(community.id, account.id, transfer, now)
        .await?;
    let entry = AdminAction {
        community: community.id,
        actor: account.id,
        action: AuditAction::TimebankFundTransfer,
        target: ("account", transfer.member.to_string()),
        reason: transfer.description.clone(),
    };
    entry.record(store, now).await?;
    Ok(id)
}

/// An admin's action on the ledger, as the audit log keeps it.
struct AdminAction {
    community: CommunityId,
    actor: AccountId,
    action: AuditAction,
    target: (&'static str, String),
    reason: String,
}

impl AdminAction {
    async fn record(self, store: &impl AuditStore, now: Instant) -> Result<(), AppError> {
        let (target_type, target_id) = self.target;
        let entry = AuditEntry {
            community: Some(self.community),
            actor: self.actor,
            action: self.action,
            target_type,
            target_id,
            reason: self.reason,
        };
        store.record_audit(&entry, now).await
    }
}

pub async fn my_account(
    store: &(impl TimebankStore + CommunityStore),
    community: &Community,
    account: &Account,
) -> Result<AccountSummary, AppError> {
    require_member(store, community, account).await?;
    store.account_summary(community.id, account.id).await
}

/// How many exchanges and postings a person's pages show (the newest).
pub const HISTORY_LIMIT: u32 = 100;

pub async fn my_exchanges(
    store: &(impl TimebankStore + CommunityStore),
    community: &Community,
    account: &Account,
) -> Result<Vec<Exchange>, AppError> {
    require_member(store, community, account).await?;
    store
        .exchanges_of(community.id, account.id, HISTORY_LIMIT)
        .await
}

/// The community's latest exchanges, for its admins to check and correct.
pub async fn recent_exchanges(
    store: &(impl TimebankStore + CommunityStore),
    community: &Community,
    account: &Account,
) -> Result<Vec<Exchange>, AppError> {
    require_admin(store, community.id, account).await?;
    store.recent_exchanges(community.id, HISTORY_LIMIT).await
}

pub async fn my_ledger(
    store: &impl TimebankStore,
    account: &Account,
    community: Option<&Community>,
) -> Result<Vec<LedgerEntry>, AppError> {
    store
        .ledger_of(account.id, community.map(|c| c.id), HISTORY_LIMIT)
        .await
}

pub async fn summary(
    store: &(impl TimebankStore + CommunityStore),
    community: &Community,
    account: &Account,
) -> Result<LedgerSummary, AppError> {
    require_admin(store, community.id, account).await?;
    store.ledger_summary(community.id).await
}

pub async fn export(
    store: &(impl TimebankStore + CommunityStore),
    community: &Community,
    account: &Account,
) -> Result<Vec<LedgerRow>, AppError> {
    require_admin(store, community.id, account).await?;
    store.ledger_rows(community.id).await
}

pub async fn policy(
    store: &(impl TimebankStore + CommunityStore),
    community: &Community,
    account: &Account,
) -> Result<LimitPolicy, AppError> {
    require_member(store, community, account).await?;
    store.limit_policy(community.id).await
}

/// An admin sets the community's limit; the audit log keeps it as "warn -600" (the mode, and
/// the minimum in minutes).
pub async fn set_policy(
    store: &(impl TimebankStore + CommunityStore + AuditStore),
    community: &Community,
    account: &Account,
    policy: LimitPolicy,
    now: Instant,
) -> Result<LimitPolicy, AppError> {
    require_admin(store, community.id, account).await?;
    store.set_limit_policy(community.id, policy).await?;
    let entry = AdminAction {
        community: community.id,
        actor: account.id,
        action: AuditAction::TimebankLimitChanged,
        target: ("timebank", community.id.0.to_string()),
        reason: format!("{} {}", policy.mode.name(), policy.min_balance),
    };
    entry.record(store, now).await?;
    Ok(policy)
}
