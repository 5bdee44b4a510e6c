use std::sync::Arc;

use domain::accounts::EmailVerification;
use store::{Db, MediaDirectory};

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
    /// How long a message waits unread before its recipient gets one e-mail about it.
    pub unread_reminder_after: domain::time::Duration,
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

/// What every request may use. Axum clones the state for each request and layer, so it is one
/// shared allocation: a clone is one reference count.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub db: Db,
    pub config: WebConfig,
    pub metrics: MetricsRenderer,
    /// Where uploaded images' files are kept (`MICROPOLIS_MEDIA_DIR`).
    pub media: MediaDirectory,
}

impl AppState {
    pub fn new(db: Db, config: WebConfig, metrics: MetricsRenderer, media: MediaDirectory) -> Self {
        Self(Arc::new(Shared {
            db,
            config,
            metrics,
            media,
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}
