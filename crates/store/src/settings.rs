use domain::AppError;

use crate::Db;
use crate::sql::params;

impl Db {
    pub async fn setting(&self, key: &str) -> Result<Option<String>, AppError> {
        Ok(self
            .fetch_optional(
                "SELECT value FROM settings WHERE key = $1",
                params![key],
                &|row| row.text(0),
            )
            .await?)
    }

    /// Stores `value` unless the key already has one, and gives the value that is stored: two
    /// nodes starting at once agree on one.
    pub async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, AppError> {
        self.execute(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
            params![key, value],
        )
        .await?;
        self.setting(key)
            .await?
            .ok_or(AppError::internal("setting vanished after insert"))
    }
}
