//! The time-bank API: exchanges, their confirmation and reversal, accounts, a person's ledger,
//! and the admins' summary, limit policy and CSV.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::timebank::{
    self, AccountSummary, Exchange, ExchangeId, FundTransfer, LedgerEntry, LedgerSummary,
    LimitPolicy, NewExchange,
};
use domain::{AppError, communities, time};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{ApiJson, ListPage, ListQuery, created};
use crate::error::Failure;
use crate::openapi::Problem;
use crate::session::SignedIn;
use crate::state::AppState;
use crate::support::api::PersonBody;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_exchanges, propose_exchange))
        .routes(routes!(get_exchange))
        .routes(routes!(confirm_exchange))
        .routes(routes!(decline_exchange))
        .routes(routes!(reverse_exchange))
        .routes(routes!(my_account))
        .routes(routes!(my_ledger))
        .routes(routes!(ledger_summary))
        .routes(routes!(get_policy, set_policy))
        .routes(routes!(ledger_csv))
        .routes(routes!(fund_transfer))
}

/// An exchange of time between two members.
#[derive(Serialize, ToSchema)]
pub struct ExchangeBody {
    id: String,
    community: String,
    /// `pending`, `confirmed`, `declined` or `reversed`.
    status: &'static str,
    provider: PersonBody,
    receiver: PersonBody,
    proposer_id: String,
    minutes: i64,
    description: String,
    support_id: Option<String>,
    /// The transfer its confirmation wrote.
    transfer_id: Option<String>,
    created_at: String,
    decided_at: Option<String>,
    url: String,
}

impl ExchangeBody {
    fn new(state: &AppState, exchange: &Exchange) -> Self {
        Self {
            id: exchange.id.to_string(),
            community: exchange.community_slug.clone(),
            status: exchange.status.name(),
            provider: PersonBody::new(&exchange.provider),
            receiver: PersonBody::new(&exchange.receiver),
            proposer_id: exchange.proposer_id.to_string(),
            minutes: exchange.minutes.get(),
            description: exchange.description.clone(),
            support_id: exchange.support_id.map(|id| id.to_string()),
            transfer_id: exchange.transfer_id.map(|id| id.to_string()),
            created_at: exchange.created_at.to_rfc3339(),
            decided_at: exchange.decided_at.map(|at| at.to_rfc3339()),
            url: state
                .config
                .url(&format!("/c/{}/timebank", exchange.community_slug)),
        }
    }
}

/// A proposal: the exchange, and whether confirming it would take the receiver below the
/// community's minimum balance (only a warning where the community's limit warns).
#[derive(Serialize, ToSchema)]
pub struct ProposalBody {
    #[serde(flatten)]
    exchange: ExchangeBody,
    below_limit: bool,
}

#[derive(Deserialize, ToSchema)]
pub struct NewExchangeBody {
    /// The member who gave the time.
    provider_id: String,
    /// The member who received it.
    receiver_id: String,
    /// Whole minutes, 1 to 10080 (a week).
    #[schema(minimum = 1, maximum = 10080)]
    minutes: i64,
    #[schema(min_length = 1, max_length = 500)]
    description: String,
    /// The offer or request it answers.
    support_id: Option<String>,
}

/// Propose an exchange; the caller must be the provider or the receiver. Self-exchange, minutes
/// ≤ 0, a person who is not a member → 422. Where the community's limit blocks, an exchange
/// that would take the receiver below the minimum → 422 too.
#[utoipa::path(post, path = "/communities/{slug}/exchanges", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = NewExchangeBody,
    responses((status = 201, body = ProposalBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn propose_exchange(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<NewExchangeBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let new = NewExchange::parse(
        &body.provider_id,
        &body.receiver_id,
        body.minutes,
        &body.description,
        body.support_id.as_deref(),
    )?;
    let proposal =
        timebank::propose(&state.db, &community, &signed_in.account, &new, time::now()).await?;
    Ok(created(ProposalBody {
        exchange: ExchangeBody::new(&state, &proposal.exchange),
        below_limit: proposal.below_limit,
    }))
}

/// The caller's exchanges in the community, newest first (at most 100).
#[utoipa::path(get, path = "/communities/{slug}/exchanges", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path), ListQuery),
    responses((status = 200, body = ListPage<ExchangeBody>), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn list_exchanges(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<ExchangeBody>>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let exchanges = timebank::my_exchanges(&state.db, &community, &signed_in.account).await?;
    let items = exchanges
        .iter()
        .map(|exchange| ExchangeBody::new(&state, exchange))
        .collect();
    Ok(Json(ListPage::of_short_list(items, &list)?))
}

fn exchange_id(text: &str) -> Result<ExchangeId, AppError> {
    ExchangeId::parse(text).ok_or(AppError::NotFound)
}

/// One exchange; 404 for anyone who is not one of its two parties.
#[utoipa::path(get, path = "/exchanges/{id}", tag = "timebank", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ExchangeBody), (status = 401, body = Problem), (status = 404, body = Problem)))]
async fn get_exchange(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<ExchangeBody>, Failure> {
    let exchange = timebank::exchange_for(&state.db, &signed_in.account, exchange_id(&id)?).await?;
    Ok(Json(ExchangeBody::new(&state, &exchange)))
}

/// The other party confirms: one transfer of `minutes` from the receiver's account to the
/// provider's, written once however many confirm at the same moment. The proposer → 403;
/// already confirmed or declined → 409; below a minimum that blocks → 409.
#[utoipa::path(post, path = "/exchanges/{id}/confirm", tag = "timebank", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ExchangeBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem)))]
async fn confirm_exchange(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<ExchangeBody>, Failure> {
    let exchange = timebank::confirm(
        &state.db,
        &signed_in.account,
        exchange_id(&id)?,
        time::now(),
    )
    .await?;
    Ok(Json(ExchangeBody::new(&state, &exchange)))
}

/// Either party turns a pending exchange down (the proposer withdraws it). Already decided → 409.
#[utoipa::path(post, path = "/exchanges/{id}/decline", tag = "timebank", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ExchangeBody), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem)))]
async fn decline_exchange(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Json<ExchangeBody>, Failure> {
    let exchange = timebank::decline(
        &state.db,
        &signed_in.account,
        exchange_id(&id)?,
        time::now(),
    )
    .await?;
    Ok(Json(ExchangeBody::new(&state, &exchange)))
}

#[derive(Deserialize, ToSchema)]
pub struct ReversalBody {
    #[schema(min_length = 1, max_length = 500)]
    reason: String,
}

/// A transfer that undoes another.
#[derive(Serialize, ToSchema)]
pub struct TransferBody {
    id: String,
    /// The transfer it reverses.
    reverses: Option<String>,
    exchange_id: String,
    description: String,
}

/// An admin's correction: a reversing transfer with a reason; history is never edited. Not
/// confirmed, or already reversed → 409; not an admin → 403.
#[utoipa::path(post, path = "/exchanges/{id}/reverse", tag = "timebank", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ReversalBody,
    responses((status = 201, body = TransferBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
async fn reverse_exchange(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReversalBody>,
) -> Result<Response, Failure> {
    let id = exchange_id(&id)?;
    let transfer =
        timebank::reverse(&state.db, &signed_in.account, id, &body.reason, time::now()).await?;
    let original = domain::timebank::TimebankStore::exchange(&state.db, id)
        .await?
        .and_then(|exchange| exchange.transfer_id);
    Ok(created(TransferBody {
        id: transfer.to_string(),
        reverses: original.map(|id| id.to_string()),
        exchange_id: id.to_string(),
        description: body.reason.trim().to_owned(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct FundTransferBody {
    /// The member on the other side of the fund.
    member_id: String,
    #[schema(minimum = 1, maximum = 10080)]
    minutes: i64,
    /// `to_member` (the fund rewards work done for the community) or `to_fund`.
    direction: String,
    #[schema(min_length = 1, max_length = 500)]
    description: String,
}

/// A transfer between the community's fund and a member.
#[derive(Serialize, ToSchema)]
pub struct FundTransferDone {
    id: String,
    member_id: String,
    /// The member's side: positive when the fund gave.
    minutes: i64,
    description: String,
}

/// Move time between the community's fund and a member (admins): one transfer of two postings.
/// The fund may go below zero (it issues hours); a person who is not a member → 422.
#[utoipa::path(post, path = "/communities/{slug}/ledger/fund-transfers", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = FundTransferBody,
    responses((status = 201, body = FundTransferDone), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn fund_transfer(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<FundTransferBody>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let transfer = FundTransfer::parse(
        &body.member_id,
        body.minutes,
        &body.direction,
        &body.description,
    )?;
    let id = timebank::fund_transfer(
        &state.db,
        &community,
        &signed_in.account,
        &transfer,
        time::now(),
    )
    .await?;
    Ok(created(FundTransferDone {
        id: id.to_string(),
        member_id: transfer.member.to_string(),
        minutes: transfer.member_minutes(),
        description: transfer.description,
    }))
}

/// The caller's account in the community: minutes given as provider, received as receiver, and
/// the balance, their difference (members only).
#[utoipa::path(get, path = "/communities/{slug}/accounts/me", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = AccountBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
async fn my_account(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Json<AccountBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let summary = timebank::my_account(&state.db, &community, &signed_in.account).await?;
    Ok(Json(AccountBody::from(summary)))
}

/// A member's account: `balance_minutes` = `given_minutes` − `received_minutes`, derived from
/// the postings (a reversal takes back what the exchange it undoes gave or received).
#[derive(Serialize, ToSchema)]
pub struct AccountBody {
    balance_minutes: i64,
    given_minutes: i64,
    received_minutes: i64,
}

impl From<AccountSummary> for AccountBody {
    fn from(summary: AccountSummary) -> Self {
        Self {
            balance_minutes: summary.balance_minutes,
            given_minutes: summary.given_minutes,
            received_minutes: summary.received_minutes,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LedgerQuery {
    /// A community's slug: only its postings.
    community: Option<String>,
}

/// One posting of the caller's ledger.
#[derive(Serialize, ToSchema)]
pub struct PostingBody {
    transfer_id: String,
    community: String,
    /// Signed: positive when time was given, negative when received.
    minutes: i64,
    /// The other account's holder; null for the community fund.
    counterparty: Option<PersonBody>,
    description: String,
    /// A correction reversing an earlier transfer.
    reversal: bool,
    created_at: String,
}

/// The caller's postings, newest first (the latest 100), in one community or in all.
#[utoipa::path(get, path = "/me/ledger", tag = "timebank", security(("bearer" = [])), params(LedgerQuery, ListQuery),
    responses((status = 200, body = ListPage<PostingBody>), (status = 401, body = Problem), (status = 404, body = Problem),
        (status = 422, body = Problem)))]
async fn my_ledger(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<LedgerQuery>,
    Query(list): Query<ListQuery>,
) -> Result<Json<ListPage<PostingBody>>, Failure> {
    let community = match query.community.as_deref().filter(|slug| !slug.is_empty()) {
        Some(slug) => Some(communities::community(&state.db, slug).await?),
        None => None,
    };
    let entries = timebank::my_ledger(&state.db, &signed_in.account, community.as_ref()).await?;
    let slugs = slugs_of(&state, &signed_in).await?;
    let items = entries
        .iter()
        .map(|entry: &LedgerEntry| PostingBody {
            transfer_id: entry.transfer_id.to_string(),
            community: slugs
                .iter()
                .find(|(id, _)| *id == entry.community_id)
                .map(|(_, slug)| slug.clone())
                .unwrap_or_default(),
            minutes: entry.minutes,
            counterparty: entry.counterparty.as_ref().map(PersonBody::new),
            description: entry.description.clone(),
            reversal: entry.is_reversal,
            created_at: entry.created_at.to_rfc3339(),
        })
        .collect();
    Ok(Json(ListPage::of_short_list(items, &list)?))
}

/// The slugs of the caller's communities, to name the community of each posting.
async fn slugs_of(
    state: &AppState,
    signed_in: &SignedIn,
) -> Result<Vec<(domain::communities::CommunityId, String)>, AppError> {
    use domain::communities::CommunityStore as _;
    Ok(state
        .db
        .memberships_of(signed_in.account.id)
        .await?
        .into_iter()
        .map(|m| (m.community_id, m.community_slug.to_string()))
        .collect())
}

/// The community's ledger at a glance (admins): accounts, transfers, and the sum of all
/// postings, which is always 0.
#[utoipa::path(get, path = "/communities/{slug}/ledger/summary", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = SummaryBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
async fn ledger_summary(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Json<SummaryBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let summary = timebank::summary(&state.db, &community, &signed_in.account).await?;
    Ok(Json(SummaryBody::from(summary)))
}

/// Counts of accounts and transfers, and the sum of every posting (always 0).
#[derive(Serialize, ToSchema)]
pub struct SummaryBody {
    accounts: i64,
    transfers: i64,
    sum_minutes: i64,
}

impl From<LedgerSummary> for SummaryBody {
    fn from(summary: LedgerSummary) -> Self {
        Self {
            accounts: summary.accounts,
            transfers: summary.transfers,
            sum_minutes: summary.sum_minutes,
        }
    }
}

/// A community's rule for how far into debt a member may go.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct PolicyBody {
    /// `warn` (the exchange goes through, with a warning) or `block` (it is refused).
    mode: String,
    /// Zero or less.
    #[schema(maximum = 0, minimum = -1008000)]
    min_balance_minutes: i64,
}

impl PolicyBody {
    fn new(policy: LimitPolicy) -> Self {
        Self {
            mode: policy.mode.name().to_owned(),
            min_balance_minutes: policy.min_balance,
        }
    }
}

/// The community's limit policy (members).
#[utoipa::path(get, path = "/communities/{slug}/ledger/policy", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, body = PolicyBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem)))]
async fn get_policy(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Json<PolicyBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let policy = timebank::policy(&state.db, &community, &signed_in.account).await?;
    Ok(Json(PolicyBody::new(policy)))
}

/// Set the limit policy (admins).
#[utoipa::path(put, path = "/communities/{slug}/ledger/policy", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)), request_body = PolicyBody,
    responses((status = 200, body = PolicyBody), (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, body = Problem), (status = 422, body = Problem)))]
async fn set_policy(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<PolicyBody>,
) -> Result<Json<PolicyBody>, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let policy = LimitPolicy::parse(&body.mode, body.min_balance_minutes)?;
    let policy = timebank::set_policy(
        &state.db,
        &community,
        &signed_in.account,
        policy,
        time::now(),
    )
    .await?;
    Ok(Json(PolicyBody::new(policy)))
}

/// Every posting of the community as CSV (admins), oldest first: one row per posting.
#[utoipa::path(get, path = "/communities/{slug}/ledger.csv", tag = "timebank", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 401, body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem)))]
pub(super) async fn ledger_csv(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let rows = timebank::export(&state.db, &community, &signed_in.account).await?;
    Ok(csv_download(
        &format!("ledger-{}.csv", community.slug),
        super::ledger_csv(&rows)?,
    ))
}

/// A CSV file to download.
fn csv_download(file_name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
        .into_response()
}
