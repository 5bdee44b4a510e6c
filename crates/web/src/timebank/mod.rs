//! The time bank on the web: a member's account, the exchanges waiting for them, the form that
//! records an exchange, the admins' page (`pages`), and the same in the JSON API (`api`).

pub mod api;
mod pages;

use axum::Router;
use domain::timebank::LedgerRow;
use domain::{AppError, Locale};

use crate::i18n;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    pages::router()
}

/// Minutes as a person reads them: "2 h 30 min", "−45 min".
pub fn duration(locale: Locale, minutes: i64) -> String {
    let sign = if minutes < 0 { "−" } else { "" };
    let minutes = minutes.unsigned_abs();
    let text = i18n::t_count(
        locale,
        "timebank-duration",
        &[
            ("hours", i64::try_from(minutes / 60).unwrap_or(i64::MAX)),
            ("minutes", i64::try_from(minutes % 60).unwrap_or(0)),
        ],
    );
    format!("{sign}{text}")
}

/// Every posting of a community as CSV, one row each: anyone can add them up to zero.
pub fn ledger_csv(rows: &[LedgerRow]) -> Result<String, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "transfer_id",
            "created_at",
            "account_id",
            "holder",
            "minutes",
            "description",
            "reverses_transfer_id",
        ])
        .map_err(AppError::internal)?;
    for row in rows {
        let holder = if row.is_fund {
            "community fund"
        } else if row.holder_name.is_empty() {
            "former member"
        } else {
            &row.holder_name
        };
        writer
            .write_record([
                row.transfer_id.to_string(),
                row.created_at.to_rfc3339(),
                row.account_id.to_string(),
                spreadsheet_safe(holder),
                row.minutes.to_string(),
                spreadsheet_safe(&row.description),
                row.reverses.map(|id| id.to_string()).unwrap_or_default(),
            ])
            .map_err(AppError::internal)?;
    }
    let bytes = writer.into_inner().map_err(AppError::internal)?;
    String::from_utf8(bytes).map_err(AppError::internal)
}

/// Text a spreadsheet shows as text: a cell that starts like a formula (`=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a leading apostrophe, so opening the file runs nothing.
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formulas_in_the_csv_stay_text() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("Garden work"), "Garden work");
    }
}
