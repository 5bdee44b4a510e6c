//! `/c/{slug}/timebank/admin` and its forms: the ledger's summary, the limit policy, moving time
//! from the community's fund, reversing a transfer, and the CSV.

use super::*;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/c/{slug}/exchanges/{id}/reverse", post(reverse))
        .route("/c/{slug}/timebank/admin", get(admin_page))
        .route("/c/{slug}/timebank/policy", post(save_policy))
        .route("/c/{slug}/timebank/fund", post(move_fund_time))
        .route(
            "/c/{slug}/timebank/ledger.csv",
            get(crate::timebank::api::ledger_csv),
        )
}

#[derive(Template)]
#[template(path = "timebank/admin.html")]
struct AdminPage {
    page: PageContext,
    community: Community,
    summary: LedgerSummary,
    policy: LimitPolicy,
    exchanges: Vec<Exchange>,
    notice: String,
    policy_errors: FormErrors,
    policy_values: PolicyForm,
    reverse_errors: FormErrors,
    /// The exchange whose correction failed: its form opens with the errors.
    reverse_failed_for: Option<ExchangeId>,
    fund_errors: FormErrors,
    fund_values: FundForm,
}

impl SupportWords for AdminPage {
    fn page(&self) -> &PageContext {
        &self.page
    }
}

impl TimebankWords for AdminPage {}

impl AdminPage {
    fn reverse_failed(&self, exchange: &Exchange) -> bool {
        self.reverse_failed_for == Some(exchange.id)
    }

    fn reason_id(&self, exchange: &Exchange) -> String {
        if self.reverse_failed(exchange) {
            "reason".to_owned()
        } else {
            format!("reason-{}", exchange.id)
        }
    }

    fn modes(&self) -> &'static [LimitMode] {
        LimitMode::ALL
    }

    fn mode_name(&self, mode: &LimitMode) -> String {
        self.page.t(match mode {
            LimitMode::Warn => "timebank-mode-warn",
            LimitMode::Block => "timebank-mode-block",
        })
    }

    async fn load(
        state: &AppState,
        page: PageContext,
        signed_in: &SignedIn,
        slug: &str,
    ) -> Result<Self, AppError> {
        let community = communities::community(&state.db, slug).await?;
        let account = &signed_in.account;
        let summary = timebank::summary(&state.db, &community, account).await?;
        let policy = timebank::policy(&state.db, &community, account).await?;
        let exchanges = timebank::recent_exchanges(&state.db, &community, account).await?;
        Ok(Self {
            page,
            community,
            summary,
            policy_values: PolicyForm {
                mode: policy.mode.name().to_owned(),
                min_balance_hours: (-policy.min_balance / 60).to_string(),
            },
            policy,
            exchanges,
            notice: String::new(),
            policy_errors: FormErrors::default(),
            reverse_errors: FormErrors::default(),
            reverse_failed_for: None,
            fund_errors: FormErrors::default(),
            fund_values: FundForm::default(),
        })
    }
}

async fn admin_page(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, Failure> {
    let mut shown = AdminPage::load(&state, page, &signed_in, &slug).await?;
    shown.notice = query.notice(
        &shown.page,
        &[
            ("policy", "timebank-notice-policy"),
            ("reversed", "timebank-notice-reversed"),
            ("fund", "timebank-notice-fund"),
        ],
    );
    Ok(render(&shown))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct PolicyForm {
    mode: String,
    /// How many hours below zero a member may go: a whole number, 0 or more.
    min_balance_hours: String,
}

async fn save_policy(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<PolicyForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let parsed = match form.min_balance_hours.trim().parse::<i64>() {
        Ok(hours) if hours >= 0 => LimitPolicy::parse(&form.mode, -hours.saturating_mul(60))
            .map_err(|error| rename_field(error, "min_balance_minutes", "min_balance_hours")),
        _ => Err(AppError::invalid(
            "min_balance_hours",
            Message::new("error-timebank-minimum-range"),
        )),
    };
    let saved = match parsed {
        Ok(policy) => timebank::set_policy(
            &state.db,
            &community,
            &signed_in.account,
            policy,
            time::now(),
        )
        .await
        .map(|_| ()),
        Err(error) => Err(error),
    };
    match saved {
        Ok(()) => Ok(see_other(&format!("/c/{slug}/timebank/admin?done=policy"))),
        Err(error) => {
            let mut shown = AdminPage::load(&state, page.clone(), &signed_in, &slug).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.policy_errors = errors;
                shown.policy_values = form;
                render(&shown)
            }))
        }
    }
}

fn rename_field(error: AppError, from: &str, to: &'static str) -> AppError {
    match error {
        AppError::Validation(errors) => {
            let mut renamed = domain::FieldErrors::new();
            for (field, message) in errors.iter() {
                renamed.add(if *field == from { to } else { field }, message.clone());
            }
            AppError::Validation(renamed)
        }
        other => other,
    }
}

/// Time between the fund and a member, who is named by their e-mail address: the admin knows
/// whom they mean, and no list of everyone's addresses is needed.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
struct FundForm {
    email: String,
    minutes: String,
    direction: String,
    description: String,
}

impl FundForm {
    async fn parse(&self, state: &AppState) -> Result<FundTransfer, AppError> {
        let member = match Email::parse(&self.email) {
            Ok(email) => state.db.account_by_email(&email).await?.map(|(a, _)| a.id),
            Err(_) => None,
        };
        let minutes = self.minutes.trim().parse::<i64>().unwrap_or(0);
        FundTransfer::parse(
            &member.map(|id| id.to_string()).unwrap_or_default(),
            minutes,
            &self.direction,
            &self.description,
        )
        .map_err(|error| rename_field(error, "member_id", "email"))
    }
}

async fn move_fund_time(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<FundForm>,
) -> Result<Response, Failure> {
    let community = communities::community(&state.db, &slug).await?;
    let moved = match form.parse(&state).await {
        Ok(transfer) => timebank::fund_transfer(
            &state.db,
            &community,
            &signed_in.account,
            &transfer,
            time::now(),
        )
        .await
        .map_err(|error| rename_field(error, "member_id", "email")),
        Err(error) => Err(error),
    };
    match moved {
        Ok(_) => Ok(see_other(&format!("/c/{slug}/timebank/admin?done=fund"))),
        Err(error) => {
            let mut shown = AdminPage::load(&state, page.clone(), &signed_in, &slug).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.fund_errors = errors;
                shown.fund_values = form;
                render(&shown)
            }))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReverseForm {
    reason: String,
}

async fn reverse(
    State(state): State<AppState>,
    page: PageContext,
    signed_in: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ReverseForm>,
) -> Result<Response, Failure> {
    let id = exchange_id(&id)?;
    let reversed =
        timebank::reverse(&state.db, &signed_in.account, id, &form.reason, time::now()).await;
    match reversed {
        Ok(_) => Ok(see_other(&format!(
            "/c/{slug}/timebank/admin?done=reversed"
        ))),
        Err(error) => {
            let mut shown = AdminPage::load(&state, page.clone(), &signed_in, &slug).await?;
            Ok(form_failure(error, &page, |errors| {
                shown.reverse_errors = errors;
                shown.reverse_failed_for = Some(id);
                render(&shown)
            }))
        }
    }
}
