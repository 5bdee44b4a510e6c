use serde::Serialize;

use crate::accounts::AccountId;
use crate::communities::CommunityId;
use crate::declare::{id_type, named_enum};
use crate::support::{Person, SupportId};
use crate::time::Instant;
use crate::{AppError, FieldErrors, Message, text};

id_type!(ExchangeId);
id_type!(TransferId);
id_type!(
    /// An account of the ledger: a member's in one community, or the community's fund.
    LedgerAccountId
);

/// Time given or received: whole minutes, more than none and at most a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Minutes(i64);

impl Minutes {
    pub const MAX: i64 = 7 * 24 * 60;

    pub fn parse(minutes: i64) -> Result<Self, Message> {
        if minutes <= 0 {
            Err(Message::new("error-minutes-positive"))
        } else if minutes > Self::MAX {
            Err(Message::new("error-minutes-too-many").with("max", Self::MAX))
        } else {
            Ok(Self(minutes))
        }
    }

    pub const fn get(self) -> i64 {
        self.0
    }
}

named_enum!(
    /// Where an exchange stands: proposed by one party, then confirmed or declined by the other;
    /// a confirmed one may later be reversed by an admin.
    ExchangeStatus, "error-exchange-status-unknown", {
        Pending = "pending",
        Confirmed = "confirmed",
        Declined = "declined",
        Reversed = "reversed",
    }
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub id: ExchangeId,
    pub community_id: CommunityId,
    pub community_slug: String,
    pub provider: Person,
    pub receiver: Person,
    pub proposer_id: AccountId,
    pub minutes: Minutes,
    pub description: String,
    pub support_id: Option<SupportId>,
    pub status: ExchangeStatus,
    pub created_at: Instant,
    pub decided_at: Option<Instant>,
    /// The transfer its confirmation wrote.
    pub transfer_id: Option<TransferId>,
}

impl Exchange {
    pub fn is_party(&self, account: AccountId) -> bool {
        self.provider.id == account || self.receiver.id == account
    }

    /// The party who did not propose it: the one who confirms or declines.
    pub fn awaits(&self, account: AccountId) -> bool {
        self.status == ExchangeStatus::Pending
            && self.is_party(account)
            && self.proposer_id != account
    }
}

pub const DESCRIPTION_MAX_CHARS: usize = 500;

/// An exchange as proposed, every field parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewExchange {
    pub provider: AccountId,
    pub receiver: AccountId,
    pub minutes: Minutes,
    pub description: String,
    pub support_id: Option<SupportId>,
}

impl NewExchange {
    pub fn parse(
        provider: &str,
        receiver: &str,
        minutes: i64,
        description: &str,
        support_id: Option<&str>,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let unknown = || Message::new("error-exchange-person-unknown");
        let provider = errors.check(
            "provider_id",
            AccountId::parse(provider.trim()).ok_or_else(unknown),
        );
        let receiver = errors.check(
            "receiver_id",
            AccountId::parse(receiver.trim()).ok_or_else(unknown),
        );
        let minutes = errors.check("minutes", Minutes::parse(minutes));
        let description = errors.check(
            "description",
            text::required(description, DESCRIPTION_MAX_CHARS),
        );
        let support_id = match support_id.map(str::trim).filter(|id| !id.is_empty()) {
            None => Some(None),
            Some(id) => errors.check(
                "support_id",
                SupportId::parse(id)
                    .map(Some)
                    .ok_or(Message::new("error-exchange-support-unknown")),
            ),
        };
        if provider.is_some() && provider == receiver {
            errors.add("receiver_id", Message::new("error-exchange-self"));
        }
        match (provider, receiver, minutes, description, support_id) {
            (
                Some(provider),
                Some(receiver),
                Some(minutes),
                Some(description),
                Some(support_id),
            ) if errors.is_empty() => Ok(Self {
                provider,
                receiver,
                minutes,
                description,
                support_id,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

named_enum!(
    /// Which way time moves between the community's fund and a member: the fund rewards work
    /// done for the community, or a member gives time back to it.
    FundDirection, "error-fund-direction-unknown", { ToMember = "to_member", ToFund = "to_fund" }
);

/// An admin's transfer between the fund and a member, every field parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundTransfer {
    pub member: AccountId,
    pub minutes: Minutes,
    pub direction: FundDirection,
    pub description: String,
}

impl FundTransfer {
    pub fn parse(
        member: &str,
        minutes: i64,
        direction: &str,
        description: &str,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let member = errors.check(
            "member_id",
            AccountId::parse(member.trim()).ok_or(Message::new("error-exchange-person-unknown")),
        );
        let minutes = errors.check("minutes", Minutes::parse(minutes));
        let direction = errors.check("direction", FundDirection::parse(direction));
        let description = errors.check(
            "description",
            text::required(description, DESCRIPTION_MAX_CHARS),
        );
        match (member, minutes, direction, description) {
            (Some(member), Some(minutes), Some(direction), Some(description))
                if errors.is_empty() =>
            {
                Ok(Self {
                    member,
                    minutes,
                    direction,
                    description,
                })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }

    /// The member's side of the transfer: positive when the fund gives.
    pub fn member_minutes(&self) -> i64 {
        match self.direction {
            FundDirection::ToMember => self.minutes.get(),
            FundDirection::ToFund => -self.minutes.get(),
        }
    }
}

named_enum!(
    /// What happens when an exchange would take the receiver below the community's minimum.
    LimitMode, "error-limit-mode-unknown", { Warn = "warn", Block = "block" }
);

/// A community's rule for how far into debt a member may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitPolicy {
    pub mode: LimitMode,
    /// Zero or less, in minutes.
    pub min_balance: i64,
}

impl LimitPolicy {
    pub fn parse(mode: &str, min_balance: i64) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let mode = errors.check("mode", LimitMode::parse(mode));
        if !(-100 * Minutes::MAX..=0).contains(&min_balance) {
            errors.add(
                "min_balance_minutes",
                Message::new("error-timebank-minimum-minutes"),
            );
        }
        match mode {
            Some(mode) if errors.is_empty() => Ok(Self { mode, min_balance }),
            _ => Err(AppError::Validation(errors)),
        }
    }

    /// Whether a balance after an exchange would be below the minimum.
    pub fn is_crossed_by(&self, balance_after: i64) -> bool {
        balance_after < self.min_balance
    }
}

/// A member's account in one community: minutes given as provider, received as receiver, and
/// the balance, which is the sum of the account's postings (given − received).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct AccountSummary {
    pub balance_minutes: i64,
    pub given_minutes: i64,
    pub received_minutes: i64,
}

/// One posting of a person's account, as their history shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    pub transfer_id: TransferId,
    pub community_id: CommunityId,
    /// Signed: positive when time was given, negative when received.
    pub minutes: i64,
    /// The other account's holder; `None` for the community fund.
    pub counterparty: Option<Person>,
    pub description: String,
    /// A correction that reverses an earlier transfer.
    pub is_reversal: bool,
    pub created_at: Instant,
}

/// The ledger of a community at a glance: the sum of all postings is always zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LedgerSummary {
    pub accounts: i64,
    pub transfers: i64,
    pub sum_minutes: i64,
}

/// One posting of a community's ledger, for the admins' CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    pub transfer_id: TransferId,
    pub created_at: Instant,
    pub account_id: LedgerAccountId,
    /// Empty for the fund and for erased people.
    pub holder_name: String,
    pub is_fund: bool,
    pub minutes: i64,
    pub description: String,
    pub reverses: Option<TransferId>,
}

/// What `micropolis ledger check` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LedgerCheck {
    pub accounts: i64,
    pub postings: i64,
    /// Sum of every posting in the database: zero when the ledger is whole.
    pub total_minutes: i64,
    /// Accounts whose cached balance differed from their postings (now rebuilt).
    pub rebuilt: Vec<BalanceDifference>,
    /// Transfers whose postings do not sum to zero.
    pub unbalanced: Vec<TransferId>,
}

impl LedgerCheck {
    pub fn is_whole(&self) -> bool {
        self.total_minutes == 0 && self.rebuilt.is_empty() && self.unbalanced.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceDifference {
    pub account: LedgerAccountId,
    pub cached: i64,
    pub postings: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_are_whole_positive_and_at_most_a_week() {
        assert!(Minutes::parse(0).is_err());
        assert!(Minutes::parse(-30).is_err());
        assert_eq!(Minutes::parse(90).map(Minutes::get), Ok(90));
        assert!(Minutes::parse(Minutes::MAX + 1).is_err());
    }

    #[test]
    fn an_exchange_with_oneself_is_refused() {
        let me = AccountId::generate().to_string();
        let Err(AppError::Validation(errors)) = NewExchange::parse(&me, &me, 60, "Tea", None)
        else {
            panic!("expected a validation error");
        };
        assert!(errors.for_field("receiver_id").is_some());
    }

    #[test]
    fn the_limit_is_crossed_only_below_the_minimum() {
        let policy = LimitPolicy::parse("block", -600).unwrap();
        assert!(!policy.is_crossed_by(-600));
        assert!(policy.is_crossed_by(-601));
        assert!(LimitPolicy::parse("block", 10).is_err());
        assert!(LimitPolicy::parse("sometimes", -10).is_err());
    }
}
