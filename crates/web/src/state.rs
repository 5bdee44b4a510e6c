use std::sync::Arc;

use domain::accounts::EmailVerification;
use store::Db;

/// What the web layer needs to know about the deployment.
#[derive(Clone)]
pub struct WebConfig {
    /// The public URL, without a trailing slash: links in mails and feeds start with it.
    pub base_url: String,
    pub email_verification: EmailVerification,
    /// The key for signed values (CSRF tokens).
    pub secret: Vec<u8>,
    /// Behind a reverse proxy: take the client's address from the last `X-Forwarded-For` entry
    /// of requests that come from the proxy's machine (loopback).
    pub trust_forwarded_for: bool,
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }
}

/// Renders the Prometheus text for `/metrics`; the binary owns the recorder.
pub type MetricsRenderer = Arc<dyn Fn() -> String + Send + Sync>;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<WebConfig>,
    pub metrics: MetricsRenderer,
}
