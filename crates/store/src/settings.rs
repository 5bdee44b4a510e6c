use domain::AppError;

use crate::{Db, internal};

impl Db {
    pub async fn setting(&self, key: &str) -> Result<Option<String>, AppError> {
        sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await
            .map_err(internal)
    }

    /// Stores `value` unless the key already has one, and gives the value that is stored: two
    /// nodes starting at once agree on one.
    pub async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, AppError> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await
        .map_err(internal)?;
        self.setting(key)
            .await?
            .ok_or(AppError::internal("setting vanished after insert"))
    }
}
