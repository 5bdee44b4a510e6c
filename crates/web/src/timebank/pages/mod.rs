//! `/c/{slug}/timebank`: my balance and history, the exchanges waiting for me, and the form to
//! record an exchange; `/c/{slug}/timebank/admin`: the ledger's summary, the limit policy,
//! corrections and the CSV.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use domain::accounts::{AccountStore as _, Email};
use domain::communities::{self, Community, Role};
use domain::support::{self, ConversationStore as _, Person};
use domain::timebank::{
    self, AccountSummary, Exchange, ExchangeId, ExchangeStatus, FundTransfer, LedgerEntry,
    LedgerSummary, LimitMode, LimitPolicy, NewExchange,
};
use domain::{AppError, Message, time};
use serde::Deserialize;

use crate::error::Failure;
use crate::form::{FormErrors, form_failure};
use crate::page::{PageContext, PageForm, render, see_other};
use crate::session::SignedIn;
use crate::state::AppState;
use crate::support::SupportWords;

mod admin;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/timebank", get(account_page))
        .route("/c/{slug}/exchanges", post(propose))
        .route("/c/{slug}/exchanges/{id}/confirm", post(confirm))
        .route("/c/{slug}/exchanges/{id}/decline", post(decline))
        .merge(admin::router())
}

/// What every time-bank page writes the same way.
trait TimebankWords: SupportWords {
    fn duration(&self, minutes: impl std::borrow::Borrow<i64>) -> String {
        crate::timebank::duration(self.page().locale, *minutes.borrow())
    }

    fn when(&self, at: &time::Instant) -> String {
        at.format("%Y-%m-%d %H:%M UTC").to_string()
    }

    fn exchange_status(&self, status: &ExchangeStatus) -> String {
        self.page().t(match status {
            ExchangeStatus::Pending => "timebank-status-pending",
            ExchangeStatus::Confirmed => "timebank-status-confirmed",
            ExchangeStatus::Declined => "timebank-status-declined",
            ExchangeStatus::Reversed => "timebank-status-reversed",
        })
    }

    /// The limit as it applies to the reader.
    fn policy_text(&self, policy: &LimitPolicy) -> String {
        let key = match policy.mode {
            LimitMode::Warn => "timebank-policy-warn",
            LimitMode::Block => "timebank-policy-block",
        };
        self.limit_text(policy, key)
    }

    /// The limit as it applies to every member (for the admins).
    fn members_policy_text(&self, policy: &LimitPolicy) -> String {
        let key = match policy.mode {
            LimitMode::Warn => "timebank-policy-members-warn",
            LimitMode::Block => "timebank-policy-members-block",
        };
        self.limit_text(policy, key)
    }

    fn limit_text(&self, policy: &LimitPolicy, key: &str) -> String {
        let limit = crate::timebank::duration(self.page().locale, policy.min_balance);
        crate::i18n::t_text(self.page().locale, key, &[("limit", &limit)])
    }
}

#[derive(Template)]
#[template(path = "timebank/account.html")]
struct AccountPage {
    page: PageContext,
    community: Community,
    summary: AccountSummary,
    policy: LimitPolicy,
    waiting: Vec<Exchange>,
    proposed: Vec<Exchange>,
    history: Vec<LedgerEntry>,
    partners: Vec<Person>,
    is_admin: bool,
    notice: String,
    errors: FormErrors,
    values: ProposalForm,
}

impl SupportWords for AccountPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl TimebankWords for AccountPage {}

impl AccountPage {
    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        slug: &str,
    ) -> Result<Self, AppError> {
        let community = communities::community(&state.db, slug).await?;
        let account = &signed_in.account;
        let summary = timebank::my_account(&state.db, &community, account).await?;
        let policy = timebank::policy(&state.db, &community, account).await?;
        let exchanges = timebank::my_exchanges(&state.db, &community, account).await?;
        let history = timebank::my_ledger(&state.db, account, Some(&community)).await?;
        let viewer = support::viewer_in(&state.db, community.id, account).await?;
        let (waiting, proposed) = exchanges
            .into_iter()
            .filter(|exchange| exchange.status == ExchangeStatus::Pending)
            .partition(|exchange| exchange.awaits(account.id));
        Ok(Self {
            partners: conversation_partners(state, signed_in, &community).await?,
            is_admin: account.is_coordinator || viewer.role >= Some(Role::Admin),
            page,
            community,
            summary,
            policy,
            waiting,
            proposed,
            history,
            notice: String::new(),
            errors: FormErrors::default(),
            values: ProposalForm::default(),
        })
    }

    fn is_provider(&self, exchange: &Exchange) -> bool {
        self.page
            .account
            .as_ref()
            .is_some_and(|account| account.id == exchange.provider.id)
    }
}

/// The people a member has talked with in this community: those they can record an exchange
/// with here (no directory of everyone, no addresses).
async fn conversation_partners(
    state: &AppState,
    signed_in: &SignedIn,
    community: &Community,
) -> Result<Vec<Person>, AppError> {
    let me = signed_in.account.id;
    let mut partners: Vec<Person> = Vec::new();
    for summary in state.db.conversations_of(me).await? {
        let other = summary.conversation.other_than(me).clone();
        if summary.conversation.community_id == community.id
            && !other.name.is_empty()
            && !partners.iter().any(|known| known.id == other.id)
        {
            partners.push(other);
        }
    }
    partners.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(partners)
}

/// `?done=…` after a form succeeded: which notice the page shows.
#[derive(Deserialize, Default)]
#[serde(default)]
struct DoneQuery {
    done: Option<String>,
}

impl DoneQuery {
    /// The notice for what was done, from `(done, message)` pairs, in the page's language.
    fn notice(&self, page: &PageContext, notices: &[(&str, &str)]) -> String {
        notices
            .iter()
            .find(|(done, _)| Some(*done) == self.done.as_deref())
            .map_or_else(String::new, |(_, key)| page.t(key))
    }
}

async fn account_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let mut shown = AccountPage::load(&state, page, &signed_in, &slug).await?;
    shown.notice = query.notice(
        &shown.page,
        &[
            ("proposed", "timebank-notice-proposed"),
            ("proposed-below", "timebank-notice-below-limit"),
            ("confirmed", "timebank-notice-confirmed"),
            ("declined", "timebank-notice-declined"),
        ],
    );
    Ok(render(&shown))
}

/// The form that records an exchange with someone: who gave, how long, what.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct ProposalForm {
    other_id: String,
    /// `gave` (I helped them) or `received` (they helped me).
    direction: String,
    minutes: String,
    description: String,
    support_id: String,
}

impl ProposalForm {
    /// Every field parsed, or every field at fault named (the other person as `other_id`).
    fn parse(&self, me: &str) -> Result<NewExchange, AppError> {
        let mut errors = domain::FieldErrors::new();
        let other = self.other_id.as_str();
        let (provider, receiver) = match self.direction.as_str() {
            "gave" => (me, other),
            "received" => (other, me),
            _ => {
                errors.add("direction", Message::new("error-exchange-direction"));
                (me, other)
            }
        };
        let minutes = errors.check(
            "minutes",
            self.minutes
                .trim()
                .parse::<i64>()
                .map_err(|_| Message::new("error-minutes-positive")),
        );
        let parsed = NewExchange::parse(
            provider,
            receiver,
            minutes.unwrap_or(1),
            &self.description,
            Some(&self.support_id),
        );
        match parsed {
            Ok(exchange) if errors.is_empty() => Ok(exchange),
            Ok(_) => Err(AppError::Validation(errors)),
            Err(AppError::Validation(found)) => {
                for (field, message) in found.iter() {
                    let field = match *field {
                        "provider_id" | "receiver_id" => "other_id",
                        field => field,
                    };
                    errors.add(field, message.clone());
                }
                Err(AppError::Validation(errors))
            }
            Err(other) => Err(other),
        }
    }
}

async fn propose(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<ProposalForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let proposed = match form.parse(&signed_in.account.id.to_string()) {
        Ok(new) => {
            timebank::propose(&state.db, &community, &signed_in.account, &new, time::now()).await
        }
        Err(error) => Err(error),
    };
    match proposed {
        Ok(proposal) => {
            let done = if proposal.below_limit {
                "proposed-below"
            } else {
                "proposed"
            };
            Ok(see_other(&format!(
                "/c/{}/timebank?done={done}#exchange-{}",
                community.slug, proposal.exchange.id
            )))
        }
        Err(error) => {
            let mut shown = AccountPage::load(&state, page.clone(), &signed_in, &slug).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.errors = errors;
                shown.values = form;
                render(&shown)
            }))
        }
    }
}

fn exchange_id(text: &str) -> Result<ExchangeId, AppError> {
    ExchangeId::parse(text).ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EmptyForm {}

async fn confirm(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(_): PageForm<EmptyForm>,
) -> Result<Response, Failure> {
    decide(&state, &signed_in, &slug, &id, Decision::Confirm).await
}

async fn decline(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(_): PageForm<EmptyForm>,
) -> Result<Response, Failure> {
    decide(&state, &signed_in, &slug, &id, Decision::Decline).await
}

enum Decision {
    Confirm,
    Decline,
}

/// Confirms or declines the exchange at `/c/{slug}/exchanges/{id}`: one of another community
/// is not found there, and nothing happens to it.
async fn decide(
    state: &AppState,
    signed_in: &SignedIn,
    slug: &str,
    id: &str,
    decision: Decision,
) -> Result<Response, Failure> {
    let id = exchange_id(id)?;
    let account = &signed_in.account;
    if timebank::exchange_for(&state.db, account, id)
        .await?
        .community_slug
        != slug
    {
        return Err(AppError::NotFound.into());
    }
    let done = match decision {
        Decision::Confirm => {
            timebank::confirm(&state.db, account, id, time::now()).await?;
            "confirmed"
        }
        Decision::Decline => {
            timebank::decline(&state.db, account, id, time::now()).await?;
            "declined"
        }
    };
    Ok(see_other(&format!("/c/{slug}/timebank?done={done}")))
}
